using System;
using System.Collections.Generic;
using System.Text.Json;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Vectors;

/// <summary>
/// Runs every vector file through the portable byte[] + offset overloads at an offset inside a larger buffer. The
/// net8.0 build reads and writes those arrays without a second bounds check (Net/Unchecked/), so the codecs' own
/// checks are all that keeps them inside their window: encoders must write exactly their bytes at the offset and
/// nothing before or after (and nothing at all when one byte short), decoders must give the same result whatever
/// surrounds their window.
/// </summary>
public class ByteArrayWindowVectorTests
{
    private const int Margin = 5;

    private delegate bool ArrayEncoder(byte[] destination, int offset, out int bytesWritten);

    private delegate bool WindowDecoder(byte[] source, int offset, int count, out Dictionary<string, int?> fields, out ProtocolError error);

    [TestCaseSource(typeof(ScalarVectorTests), nameof(ScalarVectorTests.Cases))]
    public void Scalar(VectorCase c)
    {
        ScalarFormat format = ScalarVectorTests.CharacteristicFor(c.Str("characteristic")!).Format!;
        MessageVectorTests.Check(
            c,
            v =>
            {
                int value = v.ValueKind == JsonValueKind.Null ? Measurement.NotAvailable : v.GetInt32();
                return Encode((byte[] d, int o, out int n) => format.TryEncode(value, d, o, out n, out _), format.Size);
            },
            InWindow((byte[] b, int o, int n, out Dictionary<string, int?> f, out ProtocolError e) =>
            {
                bool ok = format.TryDecode(b, o, n, out int value, out e);
                f = new() { ["value"] = Support.Vectors.OptionalInt(value) };
                return ok;
            }),
            wrapValue: true);
    }

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.Snapshot))]
    public void LiveSnapshot(VectorCase c) => MessageVectorTests.Check(
        c,
        v => Encode((byte[] d, int o, out int n) => LiveSnapshotCodec.TryEncode(Models.Snapshot(v), d, o, out n, out _), LiveSnapshotCodec.Size),
        InWindow((byte[] b, int o, int n, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = LiveSnapshotCodec.TryDecode(b, o, n, out LiveSnapshot s, out e); f = Models.Fields(s); return ok; }));

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.Alarms))]
    public void AlarmStatus(VectorCase c) => MessageVectorTests.Check(
        c,
        v => Encode((byte[] d, int o, out int n) => AlarmStatusCodec.TryEncode(Models.Alarms(v), d, o, out n, out _), AlarmStatusCodec.Size),
        InWindow((byte[] b, int o, int n, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = AlarmStatusCodec.TryDecode(b, o, n, out AlarmStatus s, out e); f = Models.Fields(s); return ok; }));

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.DeviceInfo))]
    public void DeviceInformation(VectorCase c) => MessageVectorTests.Check(
        c,
        v => Encode((byte[] d, int o, out int n) => DeviceInfoCodec.TryEncode(Models.Info(v), d, o, out n, out _), DeviceInfoCodec.Size),
        InWindow((byte[] b, int o, int n, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = DeviceInfoCodec.TryDecode(b, o, n, out DeviceInfo s, out e); f = Models.Fields(s); return ok; }),
        refuse: (JsonElement v, byte[] d, out int n, out ProtocolError e) => DeviceInfoCodec.TryEncode(Models.Info(v), d, 3, out n, out e));

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.Glance))]
    public void GlanceFrame(VectorCase c) => MessageVectorTests.Check(
        c,
        v => Encode((byte[] d, int o, out int n) => GlanceFrameCodec.TryEncode(Models.Glance(v), d, o, out n, out _), GlanceFrameCodec.Size),
        InWindow((byte[] b, int o, int n, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = GlanceFrameCodec.TryDecode(b, o, n, out GlanceFrame s, out e); f = Models.Fields(s); return ok; }));

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.BTHome))]
    public void BTHomeFrame(VectorCase c) => MessageVectorTests.Check(
        c,
        v =>
        {
            BTHomeFrame frame = Models.BTHome(v);
            return Encode((byte[] d, int o, out int n) => BTHomeCodec.TryEncode(frame, d, o, out n, out _), BTHomeCodec.EncodedSize(frame));
        },
        InWindow((byte[] b, int o, int n, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = BTHomeCodec.TryDecode(b, o, n, out BTHomeFrame s, out e); f = Models.Fields(s); return ok; }));

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.Response))]
    public void ControlPointResponse(VectorCase c) => MessageVectorTests.Check(
        c,
        v => Encode((byte[] d, int o, out int n) => ControlPointResponseCodec.TryEncode(Models.Response(v), d, o, out n, out _), ControlPointResponseCodec.Size),
        InWindow((byte[] b, int o, int n, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = ControlPointResponseCodec.TryDecode(b, o, n, out ControlPointResponse s, out e); f = Models.Fields(s); return ok; }));

    [TestCaseSource(typeof(ControlPointRequestVectorTests), nameof(ControlPointRequestVectorTests.Cases))]
    public void ControlPointRequest(VectorCase c) => MessageVectorTests.Check(
        c,
        v =>
        {
            ControlPointRequest request = Models.Request(v);
            byte[] probe = new byte[ControlPointRequestCodec.MaximumSize];
            Assert.That(ControlPointRequestCodec.TryEncode(request, probe, 0, out int size, out _), Is.True);
            return Encode((byte[] d, int o, out int n) => ControlPointRequestCodec.TryEncode(request, d, o, out n, out _), size);
        },
        InWindow((byte[] b, int o, int n, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = ControlPointRequestCodec.TryDecode(b, o, n, out ControlPointRequest r, out e); f = Models.Fields(r); return ok; }),
        refuse: (JsonElement v, byte[] d, out int n, out ProtocolError e) => ControlPointRequestCodec.TryEncode(Models.Request(v), d, 3, out n, out e));

    [TestCaseSource(typeof(AdvertisingVectorTests), nameof(AdvertisingVectorTests.Builds))]
    public void BuildPackets(VectorCase c)
    {
        AdvertisingVectorTests.BuildCase b = AdvertisingVectorTests.BuildCase.From(c);

        // At two different offsets, with sentinels before and after the packets.
        byte[] advertising = Sentinel.Filled(b.AdvertisingSize + (2 * Margin));
        byte[] scanResponse = Sentinel.Filled(b.ScanResponseSize + (2 * Margin) + 1);
        Assert.That(AdvertisingBuilder.TryBuild(b.Format, b.CompanyId, b.Snapshot, b.BTHomeFrame, b.EnergyChargedWattHours, b.EnergyDischargedWattHours, b.Name, advertising, Margin, out int a, scanResponse, Margin + 1, out int s), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(Hex.Format(advertising, Margin, a), Is.EqualTo(b.AdvertisingHex), "advertising data");
            Assert.That(Hex.Format(scanResponse, Margin + 1, s), Is.EqualTo(b.ScanResponseHex), "scan response");
            Sentinel.AssertUntouched(advertising, Margin, a, "advertising buffer");
            Sentinel.AssertUntouched(scanResponse, Margin + 1, s, "scan-response buffer");
        });

        // One byte short in either packet (the array ends there): nothing is written, both lengths are 0.
        if (b.AdvertisingSize > 0)
        {
            AssertRefused(b, b.AdvertisingSize - 1, b.ScanResponseSize);
        }

        if (b.ScanResponseSize > 0)
        {
            AssertRefused(b, b.AdvertisingSize, b.ScanResponseSize - 1);
        }
    }

    [TestCaseSource(typeof(AdvertisingVectorTests), nameof(AdvertisingVectorTests.Records))]
    public void ParseRecords(VectorCase c)
    {
        byte[] bytes = c.Bytes;
        bool exactOk = ScanRecordParser.TryParse(bytes, 0, bytes.Length, out ScanRecord exact, out ProtocolError exactError);
        foreach (byte surrounding in Surroundings)
        {
            byte[] window = Embedded(bytes, surrounding);
            bool ok = ScanRecordParser.TryParse(window, Margin, bytes.Length, out ScanRecord record, out ProtocolError error);
            Assert.Multiple(() =>
            {
                string what = $"surrounded by 0x{surrounding:X2}: ";
                Assert.That(ok, Is.EqualTo(exactOk), what + "success");
                Assert.That(error, Is.EqualTo(exactError), what + "error");
                Assert.That(record.HasGlance, Is.EqualTo(exact.HasGlance), what + "has glance");
                Assert.That(record.Glance, Is.EqualTo(exact.Glance), what + "glance");
                Assert.That(record.GlanceError, Is.EqualTo(exact.GlanceError), what + "glance error");
                Assert.That(record.HasBTHome, Is.EqualTo(exact.HasBTHome), what + "has BTHome");
                Assert.That(record.BTHome, Is.EqualTo(exact.BTHome), what + "BTHome");
                Assert.That(record.BTHomeError, Is.EqualTo(exact.BTHomeError), what + "BTHome error");
                Assert.That(record.HasServiceUuid, Is.EqualTo(exact.HasServiceUuid), what + "service UUID");
                Assert.That(record.GetLocalName(), Is.EqualTo(exact.GetLocalName()), what + "local name");
                Assert.That(record.LocalNameComplete, Is.EqualTo(exact.LocalNameComplete), what + "complete name");
            });
        }
    }

    // 0x00 ends AD structures early if a parser reads past its window, 0xFF claims long ones, 0xA5 is arbitrary.
    private static readonly byte[] Surroundings = [0x00, 0xFF, Sentinel.Value];

    // Decodes the vector's bytes at an offset, surrounded by each filler: the result must not depend on the surroundings.
    private static MessageVectorTests.Decoder InWindow(WindowDecoder decoder)
        => (byte[] bytes, out Dictionary<string, int?> fields, out ProtocolError error) =>
        {
            bool exactOk = decoder(bytes, 0, bytes.Length, out fields, out error);
            foreach (byte surrounding in Surroundings)
            {
                bool ok = decoder(Embedded(bytes, surrounding), Margin, bytes.Length, out Dictionary<string, int?> windowFields, out ProtocolError windowError);
                string what = $"decoded at offset {Margin}, surrounded by 0x{surrounding:X2}: ";
                Assert.That(ok, Is.EqualTo(exactOk), what + "success");
                Assert.That(windowError, Is.EqualTo(error), what + "error");
                Assert.That(windowFields, Is.EquivalentTo(fields), what + "fields");
            }

            return exactOk;
        };

    // Encodes at an offset with exactly `size` bytes left before the sentinel tail: exactly `size` bytes written,
    // nothing else touched; with the array ending one byte earlier the encoder refuses and writes nothing.
    private static string Encode(ArrayEncoder encoder, int size)
    {
        byte[] buffer = Sentinel.Filled(size + (2 * Margin));
        Assert.That(encoder(buffer, Margin, out int written), Is.True, "encode into exactly the size");
        Assert.That(written, Is.EqualTo(size), "bytes written");
        Sentinel.AssertUntouched(buffer, Margin, written, "encode buffer");

        byte[] small = Sentinel.Filled(Margin + size - 1);
        Assert.That(encoder(small, Margin, out int none), Is.False, "one byte too small");
        Assert.That(none, Is.Zero, "bytes written when refused");
        Sentinel.AssertUntouched(small, Margin, 0, "refused encode buffer");
        return Hex.Format(buffer, Margin, written);
    }

    private static void AssertRefused(AdvertisingVectorTests.BuildCase b, int advertisingSize, int scanResponseSize)
    {
        byte[] advertising = Sentinel.Filled(Margin + advertisingSize);
        byte[] scanResponse = Sentinel.Filled(Margin + scanResponseSize);
        bool ok = AdvertisingBuilder.TryBuild(b.Format, b.CompanyId, b.Snapshot, b.BTHomeFrame, b.EnergyChargedWattHours, b.EnergyDischargedWattHours, b.Name, advertising, Margin, out int a, scanResponse, Margin, out int s);
        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False, "a destination one byte too small is refused");
            Assert.That(a + s, Is.Zero, "lengths when refused");
            Sentinel.AssertUntouched(advertising, 0, 0, "refused advertising buffer");
            Sentinel.AssertUntouched(scanResponse, 0, 0, "refused scan-response buffer");
        });
    }

    private static byte[] Embedded(byte[] bytes, byte surrounding)
    {
        byte[] window = new byte[bytes.Length + (2 * Margin)];
        Array.Fill(window, surrounding);
        bytes.CopyTo(window, Margin);
        return window;
    }
}
