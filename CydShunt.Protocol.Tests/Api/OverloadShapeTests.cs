using System;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Api;

/// <summary>
/// The one Try shape: whole array, window and Span decode the same bytes alike; the throwing forms throw
/// <see cref="ProtocolException"/> with the Try form's error; argument errors stay ArgumentException-family.
/// Inputs are spec/vectors values (live-snapshot.json and glance-frame.json, first round trip).
/// </summary>
public class OverloadShapeTests
{
    private const string SnapshotHex = "2a09bd33008eebff4bfdff2e226608f2022efbff";
    private const string GlanceHex = "ffff4353012a092d058eebff2e22f202";

    [Test]
    public void WholeArrayWindowAndSpanDecodeAlike()
    {
        byte[] whole = Convert.FromHexString(SnapshotHex);
        byte[] padded = Convert.FromHexString("00" + SnapshotHex + "00");
        Assert.Multiple(() =>
        {
            Assert.That(LiveSnapshotCodec.TryDecode(whole, out LiveSnapshot a, out ProtocolError e), Is.True, e.ToString());
            Assert.That(a.VoltageMillivolts, Is.EqualTo(13245), "vector value");
            Assert.That(LiveSnapshotCodec.Decode(padded, 1, 20), Is.EqualTo(a));
            Assert.That(LiveSnapshotCodec.Decode(whole), Is.EqualTo(a));
            Assert.That(LiveSnapshotCodec.Decode(whole.AsSpan()), Is.EqualTo(a));
            Assert.That(GlanceFrameCodec.Decode(Convert.FromHexString(GlanceHex)).StateOfChargeCentipercent, Is.EqualTo(8750));
        });
    }

    [Test]
    public void TheThrowingFormsCarryTheTryFormsError()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ProtocolException>(() => LiveSnapshotCodec.Decode(new byte[19]))!.Error, Is.EqualTo(ProtocolError.TooShort));
            Assert.That(Assert.Throws<ProtocolException>(() => AlarmStatusCodec.Decode(new byte[2].AsSpan()))!.Error, Is.EqualTo(ProtocolError.TooShort));
            Assert.That(Assert.Throws<ProtocolException>(() => ControlPointResponseCodec.Decode(new byte[] { 1, 2, 3 }))!.Error, Is.EqualTo(ProtocolError.NotAResponse));
            Assert.That(Assert.Throws<ProtocolException>(() => GlanceFrameCodec.Encode(default, new byte[15], 0))!.Error, Is.EqualTo(ProtocolError.DestinationTooSmall));
            Assert.That(Assert.Throws<ProtocolException>(() => DeviceInfoCodec.Encode(default, new byte[9].AsSpan()))!.Error, Is.EqualTo(ProtocolError.ValueOutOfRange), "protocol version 0");
            Assert.That(Assert.Throws<ProtocolException>(() => CydShuntGatt.Voltage.Format!.Decode(new byte[3]))!.Error, Is.EqualTo(ProtocolError.TooShort));
            Assert.That(Assert.Throws<ProtocolException>(() => ControlPointRequestCodec.Encode(new ControlPointRequest((ControlPointOpcode)9, 0), new byte[3], 0))!.Error, Is.EqualTo(ProtocolError.UnknownOpcode));
        });
    }

    [Test]
    public void EveryEncoderReportsWhyItRefused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LiveSnapshotCodec.TryEncode(LiveSnapshot.Unavailable, new byte[19], 0, out int n, out ProtocolError e), Is.False);
            Assert.That((n, e), Is.EqualTo((0, ProtocolError.DestinationTooSmall)));
            Assert.That(BTHomeCodec.TryEncode(BTHomeFrame.FromEnergy(1, 2), new byte[14].AsSpan(), out n, out e), Is.False);
            Assert.That((n, e), Is.EqualTo((0, ProtocolError.DestinationTooSmall)));
            Assert.That(CydShuntGatt.Current.Format!.TryEncode(1, new byte[3], 0, out n, out e), Is.False);
            Assert.That((n, e), Is.EqualTo((0, ProtocolError.DestinationTooSmall)));
            Assert.That(ControlPointResponseCodec.Encode(new ControlPointResponse(ControlPointOpcode.ResetEnergyCounters, ControlPointResult.Success), new byte[3].AsSpan()), Is.EqualTo(3));
        });
    }

    [Test]
    public void ArgumentErrorsStayArgumentExceptions()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentNullException>(() => LiveSnapshotCodec.TryDecode(null!, out _, out _));
            Assert.Throws<ArgumentNullException>(() => ScanRecordParser.Parse(null!));
            Assert.Throws<ArgumentNullException>(() => GlanceFrameCodec.HasSignature(null!));
            Assert.Throws<ArgumentOutOfRangeException>(() => BTHomeCodec.Decode(new byte[4], 2, 3));
            Assert.Throws<ArgumentOutOfRangeException>(() => AlarmStatusCodec.Encode(default, new byte[4], 5));
        });
    }

    [Test]
    public void TheFormerlyArrayOnlyMembersHaveSpanTwins()
    {
        byte[] glance = Convert.FromHexString(GlanceHex);
        byte[] presentation = new byte[7];
        byte[] name = new byte[DeviceName.MaximumLength];
        Assert.Multiple(() =>
        {
            Assert.That(GlanceFrameCodec.HasSignature(glance), Is.True);
            Assert.That(GlanceFrameCodec.HasSignature(glance, 0, 4), Is.False, "the version byte is missing");
            Assert.That(GlanceFrameCodec.HasSignature(glance.AsSpan(0, 5)), Is.True);
            // spec/gatt.md, Descriptors: the voltage characteristic's 0x2904 value.
            Assert.That(CydShuntGatt.Voltage.Format!.TryWritePresentationFormat(presentation.AsSpan(), out int written), Is.True);
            Assert.That((Convert.ToHexString(presentation).ToLowerInvariant(), written), Is.EqualTo(("08fd2827010000", 7)));
            Assert.That(CydShuntGatt.Voltage.Format!.TryWritePresentationFormat(new byte[6], 0, out written), Is.False);
            Assert.That(written, Is.Zero);
            Assert.That(DeviceName.Create("Shunt").TryCopyTo(name.AsSpan(), out written), Is.True);
            Assert.That(System.Text.Encoding.UTF8.GetString(name, 0, written), Is.EqualTo("Shunt"));
            Assert.That(DeviceName.Create("Shunt").TryCopyTo(name, 17, out written), Is.False);
            Assert.That(written, Is.Zero);
            Assert.That(CydShuntGatt.StateOfCharge.Format!.Decode(new byte[] { 0x2e, 0x22 }.AsSpan()), Is.EqualTo(8750));
        });
    }
}
