using System;
using CsCheck;
using CydShunt.Protocol.Primitives;
using NUnit.Framework;
using static CydShunt.Protocol.Tests.Properties.Oracle;

namespace CydShunt.Protocol.Tests.Properties;

/// <summary>
/// Random round trips: decode(encode(x)) equals x quantised and clamped exactly as the spec's sender rules say
/// (checked against <see cref="Oracle"/>), and decode → encode reproduces any bytes that decoded.
/// </summary>
public class RoundTripProperties
{
    [Test]
    public void LiveSnapshotRoundTripsToTheQuantisedValue()
    {
        Generators.Snapshot.Sample(s =>
        {
            byte[] buffer = new byte[LiveSnapshotCodec.Size];
            Assert.That(LiveSnapshotCodec.TryEncode(s, buffer, 0, out _, out _), Is.True);
            LiveSnapshot d = LiveSnapshotCodec.Decode(buffer, 0, buffer.Length);
            Assert.That(d.Sequence, Is.EqualTo(s.Sequence));
            Assert.That(d.Status, Is.EqualTo(s.Status & (StatusFlags)0x1F), "reserved status bits are sent as 0");
            Assert.That(d.VoltageMillivolts, Is.EqualTo(Quantise(s.VoltageMillivolts, 1, 0, 0xFFFFFE)));
            Assert.That(d.CurrentMilliamps, Is.EqualTo(Quantise(s.CurrentMilliamps, 1, -8388607, 8388607)));
            Assert.That(d.PowerMilliwatts, Is.EqualTo(Quantise(s.PowerMilliwatts, 100, -8388607, 8388607)));
            Assert.That(d.StateOfChargeCentipercent, Is.EqualTo(Quantise(s.StateOfChargeCentipercent, 1, 0, 10000)));
            Assert.That(d.TemperatureCentidegrees, Is.EqualTo(Quantise(s.TemperatureCentidegrees, 1, -32767, 32767)));
            Assert.That(d.TimeToGoMinutes, Is.EqualTo(Quantise(s.TimeToGoMinutes, 1, 0, 65534)));
            Assert.That(d.ConsumedMilliampHours, Is.EqualTo(Quantise(s.ConsumedMilliampHours, 10, -8388607, 8388607)));
        });
    }

    [Test]
    public void GlanceFrameRoundTripsToTheQuantisedValue()
    {
        Generators.Glance.Sample(g =>
        {
            byte[] buffer = new byte[GlanceFrameCodec.Size];
            Assert.That(GlanceFrameCodec.TryEncode(g, buffer, 0, out _, out _), Is.True);
            GlanceFrame d = GlanceFrameCodec.Decode(buffer, 0, buffer.Length);
            Assert.That(d.CompanyId, Is.EqualTo(g.CompanyId));
            Assert.That(d.Sequence, Is.EqualTo(g.Sequence));
            Assert.That(d.Status, Is.EqualTo(g.Status & (StatusFlags)0x1F));
            Assert.That(d.VoltageMillivolts, Is.EqualTo(Quantise(g.VoltageMillivolts, 10, 0, 65534)));
            Assert.That(d.CurrentMilliamps, Is.EqualTo(Quantise(g.CurrentMilliamps, 1, -8388607, 8388607)));
            Assert.That(d.StateOfChargeCentipercent, Is.EqualTo(Quantise(g.StateOfChargeCentipercent, 1, 0, 10000)));
            Assert.That(d.TimeToGoMinutes, Is.EqualTo(Quantise(g.TimeToGoMinutes, 1, 0, 65534)));
        });
    }

    [Test]
    public void BTHomeRoundTripsToTheQuantisedValue()
    {
        Generators.BTHome.Sample(b =>
        {
            byte[] buffer = new byte[BTHomeCodec.MaximumSize];
            Assert.That(BTHomeCodec.TryEncode(b, buffer, 0, out int n, out _), Is.True);
            Assert.That(n, Is.EqualTo(BTHomeCodec.EncodedSize(b)));
            BTHomeFrame d = BTHomeCodec.Decode(buffer, 0, n);
            Assert.That(d.PacketId, Is.EqualTo(b.PacketId));
            Assert.That(d.StateOfChargeCentipercent, Is.EqualTo(Quantise(b.StateOfChargeCentipercent, 100, 0, 100)));
            Assert.That(d.TemperatureCentidegrees, Is.EqualTo(Quantise(b.TemperatureCentidegrees, 1, -32767, 32767)));
            Assert.That(d.VoltageMillivolts, Is.EqualTo(Quantise(b.VoltageMillivolts, 1, 0, 65535)));
            Assert.That(d.PowerMilliwatts, Is.EqualTo(Quantise(b.PowerMilliwatts, 10, -(int.MaxValue / 10), int.MaxValue / 10)));
            Assert.That(d.CurrentMilliamps, Is.EqualTo(Quantise(b.CurrentMilliamps, 1, -32767, 32767)));
        });
    }

    [Test]
    public void ScalarsRoundTripToTheClampedValue()
    {
        // Sizes, ranges and NA markers come from the table in spec/gatt.md, "Scalar characteristics"; the format
        // objects are only the code under test.
        SpecScalar[] rows = [.. SpecScalarTable.Rows.Values];
        Assert.That(rows, Has.Length.EqualTo(10), "the spec's table lists nine CydShunt scalars and the SIG Battery Level");
        Gen.Select(Gen.Int[0, rows.Length - 1], Generators.AnyMeasurement).Sample((index, value) =>
        {
            SpecScalar spec = rows[index];
            ScalarFormat format = Vectors.ScalarVectorTests.CharacteristicFor(spec.Name).Format!;
            byte[] buffer = new byte[4];
            Assert.That(format.TryEncode(value, buffer, 0, out int n, out _), Is.True);
            Assert.That(n, Is.EqualTo(spec.Size), spec.Name);
            if (value == NA && spec.NotAvailableHex != null)
            {
                Assert.That(Support.Hex.Format(buffer, 0, n), Is.EqualTo(spec.NotAvailableHex), spec.Name + " NA marker");
                Assert.That(format.Decode(buffer, 0, n), Is.EqualTo(NA), spec.Name);
                return;
            }

            // Without a marker (Battery Level has "none") NA is just the integer it is, and clamps like any other.
            int expected = value == NA ? (int)spec.Minimum : Quantise(value, 1, spec.Minimum, spec.Maximum);
            Assert.That(format.Decode(buffer, 0, n), Is.EqualTo(expected), spec.Name);
        });
    }

    [Test]
    public void ValidControlPointRequestsRoundTrip()
    {
        Gen<ControlPointRequest> requests = Gen.OneOf(
            Gen.Const(new ControlPointRequest(ControlPointOpcode.ResetEnergyCounters, NA)),
            Gen.Const(new ControlPointRequest(ControlPointOpcode.SynchroniseStateOfCharge, NA)),
            Gen.Int[1, 65534].Select(c => new ControlPointRequest(ControlPointOpcode.SetBatteryCapacity, c)),
            Gen.Int[200, 10000].Select(ms => new ControlPointRequest(ControlPointOpcode.SetNotificationInterval, ms)));
        requests.Sample(r =>
        {
            byte[] buffer = new byte[ControlPointRequestCodec.MaximumSize];
            Assert.That(ControlPointRequestCodec.TryEncode(r, buffer, 0, out int n, out _), Is.True);
            ControlPointRequest d = ControlPointRequestCodec.Decode(buffer, 0, n);
            Assert.That(d.Opcode, Is.EqualTo(r.Opcode));
            Assert.That(d.Parameter, Is.EqualTo(r.Parameter));
        });
    }

    [Test]
    public void WhatTheDeviceInfoEncoderWritesItsDecoderAccepts()
    {
        // spec/README.md, "Encoder errors": an encoder never produces bytes its decoder rejects (any byte, any capacity).
        Gen.Byte.Array[6].Select(Gen.Int, (b, capacity) => new DeviceInfo(
            protocolVersion: b[0],
            firmwareMajor: b[1],
            firmwareMinor: b[2],
            firmwarePatch: b[3],
            sensorType: (SensorType)b[4],
            features: (DeviceFeatures)b[5],
            capacityAmpHours: capacity,
            nominalVoltage: b[0])).Sample(info =>
        {
            byte[] buffer = new byte[DeviceInfoCodec.Size];
            if (DeviceInfoCodec.TryEncode(info, buffer, 0, out int n, out ProtocolError refused))
            {
                Assert.That(DeviceInfoCodec.TryDecode(buffer, 0, n, out _, out ProtocolError error), Is.True, error.ToString());
            }
            else
            {
                Assert.That((info.ProtocolVersion, refused), Is.EqualTo(((byte)0, ProtocolError.ValueOutOfRange)));
            }
        });
    }

    [Test]
    public void WhatTheControlPointEncoderWritesItsDecoderAccepts()
    {
        Gen.Byte.Select(Gen.Frequency((1, Gen.Const(NA)), (3, Gen.Int[-5, 70000])), (op, p) => new ControlPointRequest((ControlPointOpcode)op, p)).Sample(r =>
        {
            byte[] buffer = new byte[ControlPointRequestCodec.MaximumSize];
            if (ControlPointRequestCodec.TryEncode(r, buffer, 0, out int n, out _))
            {
                Assert.That(ControlPointRequestCodec.TryDecode(buffer, 0, n, out _, out ProtocolError error), Is.True, error.ToString());
            }
        });
    }

    [Test]
    public void DecodedSnapshotBytesReEncodeIdentically()
    {
        Gen.Byte.Array[LiveSnapshotCodec.Size].Sample(bytes =>
        {
            bytes[1] &= 0x1F; // reserved status bits pass through decoding but are sent as 0
            if (LiveSnapshotCodec.TryDecode(bytes, 0, bytes.Length, out LiveSnapshot s, out _))
            {
                byte[] again = new byte[LiveSnapshotCodec.Size];
                LiveSnapshotCodec.Encode(s, again, 0);
                Assert.That(again, Is.EqualTo(bytes));
            }
        });
    }

    [Test]
    public void DecodedGlanceBytesReEncodeIdentically()
    {
        Gen.Byte.Array[GlanceFrameCodec.Size - 5].Select(Gen.UShort, (tail, company) =>
        {
            byte[] bytes = new byte[GlanceFrameCodec.Size];
            LittleEndian.WriteUInt16(bytes, 0, company);
            bytes[2] = GlanceFrameCodec.Signature0;
            bytes[3] = GlanceFrameCodec.Signature1;
            bytes[4] = GlanceFrameCodec.Version;
            Array.Copy(tail, 0, bytes, 5, tail.Length);
            bytes[6] &= 0x1F; // reserved status bits are sent as 0
            return bytes;
        }).Sample(bytes =>
        {
            if (GlanceFrameCodec.TryDecode(bytes, 0, bytes.Length, out GlanceFrame g, out _))
            {
                byte[] again = new byte[GlanceFrameCodec.Size];
                Assert.That(GlanceFrameCodec.TryEncode(g, again, 0, out _, out _), Is.True);
                Assert.That(again, Is.EqualTo(bytes));
            }
        });
    }
}
