using CydShunt.Protocol;
using System;
using CydShunt.Firmware.Tests.VeDirect.Support;
using CydShunt.Firmware.VeDirect;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.VeDirect;

/// <summary>
/// Requests and expected answers are written out in full; their checksums were computed independently (nibble +
/// bytes + check = 0x55). Where Victron's HEX document gives an example (":154", ":352", ":451", ":64F", ":253",
/// ":452" -> ":4AAAAFD"), the request is that example.
/// </summary>
public class VeDirectHexResponderTests
{
    private VeDirectSettings _settings = null!;
    private VeDirectSettingsRegisters _registers = null!;
    private VeDirectHexResponder _responder = null!;

    [SetUp]
    public void SetUp()
    {
        _settings = new VeDirectSettings { SerialNumber = "HQ2207ABCDE", CustomName = "House bank", GroupId = 3 };
        _registers = new VeDirectSettingsRegisters(_settings)
        {
            Battery = new VeDirectBatterySettings
            {
                CapacityAmpHours = 200, ChargedVoltageDecivolts = 132, TailCurrentPermille = 40, ChargedDetectionTimeMinutes = 3,
                ChargeEfficiencyPercent = 95, PeukertExponentHundredths = 105, CurrentThresholdCentiamps = 10, TimeToGoAveragingMinutes = 3,
                LowStateOfChargePermille = 500, LowStateOfChargeClearPermille = 900,
            },
        };
        _responder = new VeDirectHexResponder(_settings, _registers);
    }

    private string Ask(string request)
    {
        byte[] bytes = Ascii.Bytes(request);
        _responder.Receive(bytes, 0, bytes.Length);
        string reply = Ascii.Text(_responder.ReplyBuffer.AsSpan(0, _responder.PendingReplyLength).ToArray());
        _responder.ClearReplies();
        return reply;
    }

    [Test]
    public void PingAnswersWithTheApplicationVersion() => Assert.That(Ask(":154\n"), Is.EqualTo(":500410F\n"));

    [Test]
    public void AppVersionAnswersDoneWithTheVersion() => Assert.That(Ask(":352\n"), Is.EqualTo(":1004113\n"));

    [Test]
    public void ProductIdAnswersDoneWithTheSmartShuntId() => Assert.That(Ask(":451\n"), Is.EqualTo(":189A328\n"));

    [Test]
    public void VersionAndProductIdFollowTheSettings()
    {
        _settings.FirmwareVersion = 0x0416;
        _settings.ProductId = 0x0203;
        Assert.That(Ask(":154\n"), Is.EqualTo(":51644F6\n"));
        Assert.That(Ask(":451\n"), Is.EqualTo(":103024F\n"));
    }

    [Test]
    public void GetSerialNumberAnswersTheStringWithItsTerminator() =>
        Assert.That(Ask(":70A010043\n"), Is.EqualTo(":70A010048513232303741424344450090\n"));

    [Test]
    public void GetCustomNameAnswersTheName() =>
        Assert.That(Ask(":70C010041\n"), Is.EqualTo(":70C0100486F7573652062616E6B0081\n"));

    [Test]
    public void GetGroupIdAnswersOneByte() => Assert.That(Ask(":704010049\n"), Is.EqualTo(":70401000346\n"));

    [Test]
    public void GetProductIdRegisterAnswersInstanceIdAndReservedByte() =>
        Assert.That(Ask(":70001004D\n"), Is.EqualTo(":70001000089A3FF22\n"));

    [TestCase(":70010003E\n", ":7001000C80076\n", TestName = "0x1000 capacity 200 Ah")]
    [TestCase(":70110003D\n", ":70110008400B9\n", TestName = "0x1001 charged voltage 13.2 V")]
    [TestCase(":70210003C\n", ":7021000280014\n", TestName = "0x1002 tail current 4.0 %")]
    [TestCase(":70310003B\n", ":7031000030038\n", TestName = "0x1003 charged detection time 3 min")]
    [TestCase(":70410003A\n", ":70410005F00DB\n", TestName = "0x1004 charge efficiency 95 %")]
    [TestCase(":705100039\n", ":70510006900D0\n", TestName = "0x1005 Peukert 1.05")]
    [TestCase(":706100038\n", ":70610000A002E\n", TestName = "0x1006 current threshold 0.10 A")]
    [TestCase(":707100037\n", ":7071000030034\n", TestName = "0x1007 TTG delta T 3 min")]
    [TestCase(":708100036\n", ":7081000F40141\n", TestName = "0x1008 low SOC 50.0 %")]
    [TestCase(":709100035\n", ":70910008403AE\n", TestName = "0x1009 low SOC clear 90.0 %")]
    public void GetBatteryRegisterAnswersItsValue(string request, string reply) => Assert.That(Ask(request), Is.EqualTo(reply));

    [Test]
    public void GetOfAnUnavailableBatterySettingAnswersUnknownId()
    {
        VeDirectBatterySettings battery = _registers.Battery;
        battery.CapacityAmpHours = Measurement.NotAvailable;
        _registers.Battery = battery;
        Assert.That(Ask(":70010003E\n"), Is.EqualTo(":70010013D\n"));
    }

    [Test]
    public void GetOfAnUnknownRegisterAnswersTheUnknownIdFlag() => Assert.That(Ask(":7B8EE00A8\n"), Is.EqualTo(":7B8EE01A7\n"));

    [Test]
    public void SetOfABatteryRegisterIsNotSupportedAndEchoesTheValueItKeeps() =>
        Assert.That(Ask(":80010002C0110\n"), Is.EqualTo(":8001002C80073\n"));

    [Test]
    public void SetOfTheCustomNameIsNotSupported() =>
        Assert.That(Ask(":80C0100426F617400BA\n"), Is.EqualTo(":80C0102486F7573652062616E6B007E\n"));

    [Test]
    public void SetOfAnUnknownRegisterAnswersUnknownIdWithoutValue() => Assert.That(Ask(":8B8EE000100A6\n"), Is.EqualTo(":8B8EE01A6\n"));

    [Test]
    public void BadChecksumAnswersTheFrameError()
    {
        Assert.That(Ask(":452\n"), Is.EqualTo(":4AAAAFD\n"));
        Assert.That(_responder.FramesRejected, Is.EqualTo(1));
        Assert.That(_responder.FramesReceived, Is.Zero);
    }

    [TestCase(":7b8ee00a8\n", TestName = "lower-case hex digits")]
    [TestCase(":70A01043\n", TestName = "odd digit count")]
    [TestCase(":\n", TestName = "no command")]
    [TestCase(":1\n", TestName = "no checksum")]
    [TestCase(":70A0143\n", TestName = "get without flags byte")]
    [TestCase(":80010003D\n", TestName = "set without value")]
    [TestCase(":7G\n", TestName = "not a hex digit")]
    public void MalformedFramesAnswerTheFrameError(string request) => Assert.That(Ask(request), Is.EqualTo(":4AAAAFD\n"));

    [Test]
    public void TooLongFrameAnswersTheFrameError()
    {
        string request = ":7" + new string('0', 2 * (VeDirectHexFrame.MaximumPayloadLength + 2)) + "\n";
        Assert.That(Ask(request), Is.EqualTo(":4AAAAFD\n"));
    }

    [Test]
    public void AFrameCutShortByAColonIsAnErrorAndTheNextFrameIsAnswered() =>
        Assert.That(Ask(":70A0:154\n"), Is.EqualTo(":4AAAAFD\n:500410F\n"));

    [Test]
    public void ReservedCommandsAnswerUnknownWithTheCommand()
    {
        Assert.That(Ask(":253\n"), Is.EqualTo(":3020050\n"));
        Assert.That(Ask(":B4A\n"), Is.EqualTo(":30B0047\n"));
    }

    [Test]
    public void EnterBootAnswersUnableWithPayloadZero() => Assert.That(Ask(":055\n"), Is.EqualTo(":4000051\n"));

    [Test]
    public void RestartAndAsyncFramesGetNoAnswer()
    {
        Assert.That(Ask(":64F\n"), Is.Empty);
        Assert.That(Ask(":A0102000543\n"), Is.Empty);
        Assert.That(_responder.FramesReceived, Is.EqualTo(2));
    }

    [Test]
    public void BytesOutsideFramesAreIgnoredAndCarriageReturnsTolerated() =>
        Assert.That(Ask("garbage\r\n\t:154\r\nmore"), Is.EqualTo(":500410F\n"));

    [Test]
    public void FramesSplitAcrossReceivesAreAnswered()
    {
        Assert.That(Ask(":70A01"), Is.Empty);
        Assert.That(Ask("0043\n"), Is.EqualTo(":70A010048513232303741424344450090\n"));
    }

    [Test]
    public void SeveralFramesQueueTheirRepliesInOrder() =>
        Assert.That(Ask(":154\n:451\n:704010049\n"), Is.EqualTo(":500410F\n:189A328\n:70401000346\n"));

    [Test]
    public void RepliesThatDoNotFitAreDroppedAndCounted()
    {
        string many = string.Concat(System.Linq.Enumerable.Repeat(":70A010043\n", 20));
        string replies = Ask(many);
        Assert.That(replies.Length, Is.LessThanOrEqualTo(VeDirectHexResponder.ReplyBufferLength));
        Assert.That(replies.Length % ":70A010048513232303741424344450090\n".Length, Is.Zero);
        Assert.That(_responder.RepliesDropped, Is.EqualTo(20 - (replies.Length / ":70A010048513232303741424344450090\n".Length)));
        Assert.That(_responder.RepliesDropped, Is.GreaterThan(0));
    }

    [Test]
    public void BatteryValuesOutsideSixteenBitsAreRejected()
    {
        VeDirectBatterySettings battery = _registers.Battery;
        battery.PeukertExponentHundredths = 70000;
        Assert.That(() => _registers.Battery = battery, Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("0-65535"));
    }

    [Test]
    public void ArgumentsAreChecked()
    {
        Assert.That(() => new VeDirectHexResponder(null!, _registers), Throws.TypeOf<ArgumentNullException>());
        Assert.That(() => new VeDirectHexResponder(_settings, null!), Throws.TypeOf<ArgumentNullException>());
        Assert.That(() => _responder.Receive(new byte[4], 2, 3), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
