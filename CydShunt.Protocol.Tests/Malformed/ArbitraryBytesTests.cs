using System;
using CsCheck;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Malformed;

/// <summary>
/// The Try decoders never throw on arbitrary bytes of any length, and a failure always names an error kind.
/// </summary>
public class ArbitraryBytesTests
{
    private static readonly Gen<byte[]> AnyBytes = Gen.Byte.Array[0, 80];

    private delegate bool Decode(byte[] bytes, out ProtocolError error);

    private static readonly (string Name, Decode Decode)[] Decoders =
    [
        ("live snapshot", (byte[] b, out ProtocolError e) => LiveSnapshotCodec.TryDecode(b, 0, b.Length, out _, out e)),
        ("alarms", (byte[] b, out ProtocolError e) => AlarmStatusCodec.TryDecode(b, 0, b.Length, out _, out e)),
        ("device info", (byte[] b, out ProtocolError e) => DeviceInfoCodec.TryDecode(b, 0, b.Length, out _, out e)),
        ("control-point request", (byte[] b, out ProtocolError e) => ControlPointRequestCodec.TryDecode(b, 0, b.Length, out _, out e)),
        ("control-point response", (byte[] b, out ProtocolError e) => ControlPointResponseCodec.TryDecode(b, 0, b.Length, out _, out e)),
        ("glance frame", (byte[] b, out ProtocolError e) => GlanceFrameCodec.TryDecode(b, 0, b.Length, out _, out e)),
        ("BTHome", (byte[] b, out ProtocolError e) => BTHomeCodec.TryDecode(b, 0, b.Length, out _, out e)),
        ("scan record", (byte[] b, out ProtocolError e) => ScanRecordParser.TryParse(b, 0, b.Length, out _, out e)),
        ("voltage", (byte[] b, out ProtocolError e) => CydShuntGatt.Voltage.Format!.TryDecode(b, 0, b.Length, out _, out e)),
        ("energy", (byte[] b, out ProtocolError e) => CydShuntGatt.EnergyCharged.Format!.TryDecode(b, 0, b.Length, out _, out e)),
        ("battery level", (byte[] b, out ProtocolError e) => CydShuntGatt.BatteryLevel.Format!.TryDecode(b, 0, b.Length, out _, out e)),
    ];

    [Test]
    public void TryDecodersNeverThrowAndAlwaysNameTheError([Range(0, 10)] int decoder)
    {
        (string name, Decode decode) = Decoders[decoder];
        AnyBytes.Sample(bytes =>
        {
            bool ok = decode(bytes, out ProtocolError error);
            Assert.That(ok, Is.EqualTo(error == ProtocolError.None), name + " " + Convert.ToHexString(bytes));
        }, iter: 20000);
    }

    [Test]
    public void ScanRecordParserSurvivesRandomAdStructuresAroundAGlanceFrame()
    {
        byte[] glance = new byte[AdvertisingBuilder.MaximumStructuresLength];
        AdvertisingBuilder.TryBuildStructures(AdvertisingFormat.CydShunt, 0xFFFF, LiveSnapshot.Unavailable, DeviceName.Default, glance, 0, out int glanceLength);
        Gen.Select(Gen.Byte.Array[0, 30], Gen.Byte.Array[0, 30]).Sample((before, after) =>
        {
            byte[] record = new byte[before.Length + glanceLength + after.Length];
            before.CopyTo(record, 0);
            Array.Copy(glance, 0, record, before.Length, glanceLength);
            after.CopyTo(record, before.Length + glanceLength);
            bool ok = ScanRecordParser.TryParse(record, 0, record.Length, out ScanRecord parsed, out ProtocolError error);
            Assert.That(ok, Is.EqualTo(error == ProtocolError.None));
            Assert.That(!ok || parsed.HasGlance || parsed.HasBTHome, Is.True);
        });
    }

    [Test]
    public void BadArgumentsThrowArgumentExceptionsNotProtocolErrors()
    {
        byte[] buffer = new byte[4];
        Assert.Multiple(() =>
        {
            Assert.That(() => LiveSnapshotCodec.TryDecode(null!, 0, 0, out _, out _), Throws.ArgumentNullException);
            Assert.That(() => LiveSnapshotCodec.TryDecode(buffer, 3, 2, out _, out _), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => LiveSnapshotCodec.TryDecode(buffer, -1, 1, out _, out _), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => LiveSnapshotCodec.TryEncode(default, buffer, 5, out _, out _), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => ScanRecordParser.TryParse(buffer, 0, 5, out _, out _), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void ThrowingVariantsCarryTheErrorKind()
    {
        byte[] shortBuffer = new byte[3];
        Assert.Multiple(() =>
        {
            Assert.That(() => LiveSnapshotCodec.Decode(shortBuffer, 0, 3), Throws.TypeOf<ProtocolException>().With.Property(nameof(ProtocolException.Error)).EqualTo(ProtocolError.TooShort).And.Message.Contains("TooShort"));
            Assert.That(() => LiveSnapshotCodec.Encode(default, shortBuffer, 0), Throws.TypeOf<ProtocolException>().With.Property(nameof(ProtocolException.Error)).EqualTo(ProtocolError.DestinationTooSmall));
            Assert.That(() => ScanRecordParser.Parse(shortBuffer, 0, 3), Throws.TypeOf<ProtocolException>());
            Assert.That(() => ControlPointRequestCodec.Decode([0x09], 0, 1), Throws.TypeOf<ProtocolException>().With.Property(nameof(ProtocolException.Error)).EqualTo(ProtocolError.UnknownOpcode));
        });
    }

    [Test]
    public void EveryErrorKindHasANameAndADescription()
    {
        foreach (ProtocolError error in Enum.GetValues<ProtocolError>())
        {
            Assert.That(ProtocolErrorText.GetName(error), Is.EqualTo(error.ToString()));
            Assert.That(ProtocolErrorText.Describe(error), Does.EndWith("."));
        }
    }
}
