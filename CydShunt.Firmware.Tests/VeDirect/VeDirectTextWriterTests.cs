using CydShunt.Protocol;
using System;
using System.Linq;
using CydShunt.Firmware.Tests.VeDirect.Support;
using CydShunt.Firmware.VeDirect;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.VeDirect;

public class VeDirectTextWriterTests
{
    private static VeDirectMainValues Discharging() => new()
    {
        VoltageMillivolts = 12065, CurrentMilliamps = -7625, PowerWatts = -92, ConsumedMilliampHours = -65473, StateOfChargePermille = 839,
        TimeToGoMinutes = 942, Synchronised = true, StarterVoltageMillivolts = Measurement.NotAvailable, TemperatureCelsius = Measurement.NotAvailable,
    };

    private static byte[] MainBlock(VeDirectMainValues values, VeDirectSettings? settings = null)
    {
        byte[] buffer = new byte[VeDirectTextWriter.MaximumBlockLength];
        int length = new VeDirectTextWriter(settings ?? new VeDirectSettings()).WriteMainBlock(values, buffer, 0);
        return buffer.AsSpan(0, length).ToArray();
    }

    private static byte[] History(VeDirectHistoryValues values)
    {
        byte[] buffer = new byte[VeDirectTextWriter.MaximumBlockLength];
        int length = new VeDirectTextWriter(new VeDirectSettings()).WriteHistoryBlock(values, buffer, 0);
        return buffer.AsSpan(0, length).ToArray();
    }

    // Checksums below were computed by hand (256 - byte sum mod 256) with an independent script, not by the writer.
    [Test]
    public void MainBlockOfADischargingBatteryIsExact()
    {
        byte[] expected = Ascii.Bytes("\r\nPID\t0xA389\r\nV\t12065\r\nI\t-7625\r\nP\t-92\r\nCE\t-65473\r\nSOC\t839\r\nTTG\t942\r\nAlarm\tOFF\r\nAR\t0"
            + "\r\nBMV\tSmartShunt 500A/50mV\r\nFW\t0100\r\nMON\t0\r\nChecksum\t\x1A");
        Assert.That(Ascii.Text(MainBlock(Discharging())), Is.EqualTo(Ascii.Text(expected)));
    }

    [Test]
    public void MainBlockBeforeSynchronisationSendsDashesAndTemperature()
    {
        VeDirectMainValues values = Discharging();
        values.VoltageMillivolts = 25870;
        values.CurrentMilliamps = 3400;
        values.PowerWatts = 88;
        values.Synchronised = false;
        values.AuxiliaryInput = VeDirectAuxiliaryInput.Temperature;
        values.TemperatureCelsius = Measurement.NotAvailable;
        values.AlarmActive = true;
        values.AlarmReasons = VeDirectAlarmReasons.LowVoltage | VeDirectAlarmReasons.LowStateOfCharge;
        byte[] expected = Ascii.Bytes("\r\nPID\t0xA389\r\nV\t25870\r\nT\t---\r\nI\t3400\r\nP\t88\r\nCE\t---\r\nSOC\t---\r\nTTG\t---\r\nAlarm\tON\r\nAR\t5"
            + "\r\nBMV\tSmartShunt 500A/50mV\r\nFW\t0100\r\nMON\t0\r\nChecksum\t\x96");
        Assert.That(Ascii.Text(MainBlock(values)), Is.EqualTo(Ascii.Text(expected)));
    }

    [Test]
    public void MainBlockWhileChargingSendsInfiniteTimeToGoAndStarterVoltage()
    {
        VeDirectMainValues values = Discharging();
        values.VoltageMillivolts = 13100;
        values.AuxiliaryInput = VeDirectAuxiliaryInput.StarterVoltage;
        values.StarterVoltageMillivolts = 12650;
        values.CurrentMilliamps = 1500;
        values.PowerWatts = 20;
        values.ConsumedMilliampHours = -1200;
        values.StateOfChargePermille = 995;
        values.TimeToGoMinutes = VeDirectMainValues.TimeToGoInfinite; // the monitor's average is not a discharge
        byte[] expected = Ascii.Bytes("\r\nPID\t0xA389\r\nV\t13100\r\nVS\t12650\r\nI\t1500\r\nP\t20\r\nCE\t-1200\r\nSOC\t995\r\nTTG\t-1\r\nAlarm\tOFF\r\nAR\t0"
            + "\r\nBMV\tSmartShunt 500A/50mV\r\nFW\t0100\r\nMON\t0\r\nChecksum\t\x51");
        Assert.That(Ascii.Text(MainBlock(values)), Is.EqualTo(Ascii.Text(expected)));
    }

    [TestCase(0)]
    [TestCase(1500)]
    public void TimeToGoIsSentAsGivenWhateverTheLiveCurrent(int current)
    {
        // "Discharging" is decided by the monitor's averaged current (spec/gatt.md, time to go): a charge that just
        // started does not turn a time to go the average still gives into -1.
        VeDirectMainValues values = Discharging();
        values.CurrentMilliamps = current;
        Assert.That(RecordingListener.Parse(MainBlock(values)).Blocks.Single()["TTG"], Is.EqualTo("942"));
    }

    [Test]
    public void ExplicitInfiniteTimeToGoIsSentWhileDischarging()
    {
        VeDirectMainValues values = Discharging();
        values.TimeToGoMinutes = VeDirectMainValues.TimeToGoInfinite;
        Assert.That(RecordingListener.Parse(MainBlock(values)).Blocks.Single()["TTG"], Is.EqualTo("-1"));
    }

    [Test]
    public void UnavailableValuesAreDashes()
    {
        TextBlockEvent block = RecordingListener.Parse(MainBlock(VeDirectMainValues.CreateUnavailable())).Blocks.Single();
        Assert.That(new[] { block["V"], block["I"], block["P"], block["CE"], block["SOC"], block["TTG"] }, Is.All.EqualTo("---"));
        Assert.That(block["VS"], Is.Null);
        Assert.That(block["T"], Is.Null);
    }

    [Test]
    public void HistoryBlockIsByteForByteWhatARealBmv700Sent()
    {
        // The first history block of shared/vedirect-captures/bmv702.dump, checksum byte 0xBC from the device.
        VeDirectHistoryValues values = VeDirectHistoryValues.CreateUnavailable();
        values.DeepestDischargeMilliampHours = -149322;
        values.LastDischargeMilliampHours = -82854;
        values.AverageDischargeMilliampHours = 0;
        values.ChargeCycles = 0;
        values.FullDischarges = 0;
        values.CumulativeMilliampHoursDrawn = -5526294;
        values.MinimumVoltageMillivolts = 11733;
        values.MaximumVoltageMillivolts = 16161;
        values.SecondsSinceLastFullCharge = 368003;
        values.AutomaticSynchronisations = 26;
        values.LowVoltageAlarms = 0;
        values.HighVoltageAlarms = 0;
        values.DischargedEnergyHundredthsKilowattHour = 6843;
        values.ChargedEnergyHundredthsKilowattHour = 8527;

        byte[] capture = Captures.Read("bmv702.dump");
        int start = Ascii.Text(capture).IndexOf("\r\nH1\t", StringComparison.Ordinal);
        int end = Ascii.Text(capture).IndexOf("Checksum\t", start, StringComparison.Ordinal) + "Checksum\t".Length + 1;
        Assert.That(History(values), Is.EqualTo(capture[start..end]));
        Assert.That(capture[end - 1], Is.EqualTo(0xBC));
    }

    [Test]
    public void FullHistoryBlockHasEveryLabelInOrderAndExactCase()
    {
        TextBlockEvent block = RecordingListener.Parse(History(FullHistory())).Blocks.Single();
        Assert.That(block.Fields.Select(f => f.Label), Is.EqualTo(Enumerable.Range(1, 18).Select(i => "H" + i)));
        Assert.That(block["H15"], Is.EqualTo("11900"));
        Assert.That(block["H17"], Is.EqualTo("123456"));
    }

    [Test]
    public void MainBlockLabelsHaveVictronsExactCase()
    {
        VeDirectMainValues values = Discharging();
        values.AuxiliaryInput = VeDirectAuxiliaryInput.StarterVoltage;
        values.StarterVoltageMillivolts = 12600;
        TextBlockEvent block = RecordingListener.Parse(MainBlock(values)).Blocks.Single();
        Assert.That(block.Fields.Select(f => f.Label), Is.EqualTo(new[] { "PID", "V", "VS", "I", "P", "CE", "SOC", "TTG", "Alarm", "AR", "BMV", "FW", "MON" }));
    }

    [Test]
    public void BlocksStayWithinTwentyTwoFields()
    {
        var writer = new VeDirectTextWriter(new VeDirectSettings());
        byte[] buffer = new byte[VeDirectTextWriter.MaximumBlockLength];
        VeDirectMainValues main = Discharging();
        main.AuxiliaryInput = VeDirectAuxiliaryInput.Temperature;
        main.TemperatureCelsius = 25;
        writer.WriteMainBlock(main, buffer, 0);
        int mainFields = writer.LastBlockFieldCount;
        writer.WriteHistoryBlock(FullHistory(), buffer, 0);
        Assert.Multiple(() =>
        {
            Assert.That(mainFields, Is.EqualTo(13)); // PID V T I P CE SOC TTG Alarm AR BMV FW MON
            Assert.That(writer.LastBlockFieldCount, Is.EqualTo(18));
            Assert.That(VeDirectTextWriter.MaximumFieldsPerBlock, Is.EqualTo(22));
        });
    }

    [Test]
    public void ExtremeValuesFitTheBlockBufferAndChecksum()
    {
        var settings = new VeDirectSettings { ProductId = 0xFFFF, ModelDescription = new string('W', 32), FirmwareVersion = 0x3999, MonitorMode = short.MinValue };
        VeDirectMainValues main = new()
        {
            VoltageMillivolts = int.MinValue + 1, AuxiliaryInput = VeDirectAuxiliaryInput.StarterVoltage, StarterVoltageMillivolts = int.MaxValue,
            CurrentMilliamps = int.MinValue + 1, PowerWatts = int.MinValue + 1, ConsumedMilliampHours = int.MinValue + 1, StateOfChargePermille = 1000,
            TimeToGoMinutes = int.MaxValue, Synchronised = true, AlarmActive = true, AlarmReasons = (VeDirectAlarmReasons)0xFFFF,
        };
        byte[] block = MainBlock(main, settings);
        Assert.That(Ascii.Sum(block) % 256, Is.Zero);
        TextBlockEvent parsed = RecordingListener.Parse(block).Blocks.Single();
        Assert.Multiple(() =>
        {
            Assert.That(parsed["PID"], Is.EqualTo("0xFFFF"));
            Assert.That(parsed["V"], Is.EqualTo("-2147483647"));
            Assert.That(parsed["VS"], Is.EqualTo("2147483647"));
            Assert.That(parsed["TTG"], Is.EqualTo("2147483647"));
            Assert.That(parsed["AR"], Is.EqualTo("65535"));
            Assert.That(parsed["FW"], Is.EqualTo("3999"));
            Assert.That(parsed["MON"], Is.EqualTo("-32768"));
        });
    }

    [Test]
    public void ProductIdIsWrittenWithoutLeadingZerosLikeVictronDevices()
    {
        var settings = new VeDirectSettings { ProductId = 0x203, FirmwareVersion = 0x0308 };
        TextBlockEvent block = RecordingListener.Parse(MainBlock(Discharging(), settings)).Blocks.Single();
        Assert.That(block["PID"], Is.EqualTo("0x203"));
        Assert.That(block["FW"], Is.EqualTo("0308"));
    }

    [TestCase(-1)]
    [TestCase(1001)]
    public void StateOfChargeOutsideZeroToThousandIsRejected(int soc)
    {
        VeDirectMainValues values = Discharging();
        values.StateOfChargePermille = soc;
        Assert.That(() => MainBlock(values), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("StateOfChargePermille"));
    }

    [Test]
    public void TimeToGoBelowMinusOneIsRejected()
    {
        VeDirectMainValues values = Discharging();
        values.TimeToGoMinutes = -2;
        Assert.That(() => MainBlock(values), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("TimeToGoMinutes"));
    }

    [Test]
    public void NegativeAlarmReasonsAndUndefinedAuxiliaryInputAreRejected()
    {
        VeDirectMainValues values = Discharging();
        values.AlarmReasons = (VeDirectAlarmReasons)(-1);
        Assert.That(() => MainBlock(values), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("AlarmReasons"));
        values = Discharging();
        values.AuxiliaryInput = (VeDirectAuxiliaryInput)7;
        Assert.That(() => MainBlock(values), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("AuxiliaryInput"));
    }

    [Test]
    public void NegativeHistoryCountsAreRejected()
    {
        VeDirectHistoryValues values = FullHistory();
        values.ChargeCycles = -1;
        Assert.That(() => History(values), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("ChargeCycles"));
    }

    [Test]
    public void ABufferWithoutRoomForAWholeBlockIsRejected()
    {
        var writer = new VeDirectTextWriter(new VeDirectSettings());
        Assert.That(() => writer.WriteMainBlock(Discharging(), new byte[VeDirectTextWriter.MaximumBlockLength], 1), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => writer.WriteHistoryBlock(FullHistory(), null!, 0), Throws.TypeOf<ArgumentNullException>());
    }

    [Test]
    public void WritesAtAnOffset()
    {
        var writer = new VeDirectTextWriter(new VeDirectSettings());
        byte[] buffer = new byte[VeDirectTextWriter.MaximumBlockLength + 7];
        int length = writer.WriteMainBlock(Discharging(), buffer, 7);
        Assert.That(buffer.AsSpan(7, length).ToArray(), Is.EqualTo(MainBlock(Discharging())));
        Assert.That(buffer.AsSpan(0, 7).ToArray(), Is.All.Zero);
    }

    internal static VeDirectHistoryValues FullHistory() => new()
    {
        DeepestDischargeMilliampHours = -150000, LastDischargeMilliampHours = -80000, AverageDischargeMilliampHours = -60000, ChargeCycles = 12,
        FullDischarges = 1, CumulativeMilliampHoursDrawn = -5500000, MinimumVoltageMillivolts = 11700, MaximumVoltageMillivolts = 14600,
        SecondsSinceLastFullCharge = 3600, AutomaticSynchronisations = 26, LowVoltageAlarms = 2, HighVoltageAlarms = 3, LowAuxiliaryVoltageAlarms = 4,
        HighAuxiliaryVoltageAlarms = 5, MinimumAuxiliaryVoltageMillivolts = 11900, MaximumAuxiliaryVoltageMillivolts = 14400,
        DischargedEnergyHundredthsKilowattHour = 123456, ChargedEnergyHundredthsKilowattHour = 130000,
    };
}
