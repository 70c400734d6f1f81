using System;
using System.Collections.Generic;
using System.Text.Json;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Vectors;

/// <summary>
/// Runs every vector file through the .NET Span overloads (Net/*.cs). Several of them write and read in place with
/// their own code (scalars, the fixed layouts, glance and BTHome encoders, the advertising builder), so they must meet
/// the same vectors as the portable byte[] code. Encoders write into the middle of a larger buffer filled with a
/// sentinel, which must be untouched outside the written bytes.
/// </summary>
public class SpanOverloadVectorTests
{
    private const int Margin = 5;

    private delegate bool SpanEncoder(Span<byte> destination, out int bytesWritten);

    [TestCaseSource(typeof(ScalarVectorTests), nameof(ScalarVectorTests.Cases))]
    public void Scalar(VectorCase c)
    {
        ScalarFormat format = ScalarVectorTests.CharacteristicFor(c.Str("characteristic")!).Format!;
        MessageVectorTests.Check(
            c,
            v =>
            {
                int value = v.ValueKind == JsonValueKind.Null ? Measurement.NotAvailable : v.GetInt32();
                return Encode((Span<byte> d, out int n) => format.TryEncode(value, d, out n, out _), format.Size);
            },
            (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) =>
            {
                bool ok = format.TryDecode((ReadOnlySpan<byte>)b, out int value, out e);
                f = new() { ["value"] = Support.Vectors.OptionalInt(value) };
                return ok;
            },
            wrapValue: true);
    }

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.Snapshot))]
    public void LiveSnapshot(VectorCase c) => MessageVectorTests.Check(
        c,
        v => Encode((Span<byte> d, out int n) => LiveSnapshotCodec.TryEncode(Models.Snapshot(v), d, out n, out _), LiveSnapshotCodec.Size),
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = LiveSnapshotCodec.TryDecode((ReadOnlySpan<byte>)b, out LiveSnapshot s, out e); f = Models.Fields(s); return ok; });

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.Alarms))]
    public void AlarmStatus(VectorCase c) => MessageVectorTests.Check(
        c,
        v => Encode((Span<byte> d, out int n) => AlarmStatusCodec.TryEncode(Models.Alarms(v), d, out n, out _), AlarmStatusCodec.Size),
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = AlarmStatusCodec.TryDecode((ReadOnlySpan<byte>)b, out AlarmStatus s, out e); f = Models.Fields(s); return ok; });

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.DeviceInfo))]
    public void DeviceInformation(VectorCase c) => MessageVectorTests.Check(
        c,
        v => Encode((Span<byte> d, out int n) => DeviceInfoCodec.TryEncode(Models.Info(v), d, out n, out _), DeviceInfoCodec.Size),
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = DeviceInfoCodec.TryDecode((ReadOnlySpan<byte>)b, out DeviceInfo s, out e); f = Models.Fields(s); return ok; },
        refuse: (JsonElement v, byte[] d, out int n, out ProtocolError e) => DeviceInfoCodec.TryEncode(Models.Info(v), d.AsSpan(3), out n, out e));

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.Glance))]
    public void GlanceFrame(VectorCase c) => MessageVectorTests.Check(
        c,
        v => Encode((Span<byte> d, out int n) => GlanceFrameCodec.TryEncode(Models.Glance(v), d, out n, out _), GlanceFrameCodec.Size),
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = GlanceFrameCodec.TryDecode((ReadOnlySpan<byte>)b, out GlanceFrame s, out e); f = Models.Fields(s); return ok; });

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.BTHome))]
    public void BTHomeFrame(VectorCase c) => MessageVectorTests.Check(
        c,
        v =>
        {
            BTHomeFrame frame = Models.BTHome(v);
            return Encode((Span<byte> d, out int n) => BTHomeCodec.TryEncode(frame, d, out n, out _), BTHomeCodec.EncodedSize(frame));
        },
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = BTHomeCodec.TryDecode((ReadOnlySpan<byte>)b, out BTHomeFrame s, out e); f = Models.Fields(s); return ok; });

    [TestCaseSource(typeof(MessageVectorTests), nameof(MessageVectorTests.Response))]
    public void ControlPointResponse(VectorCase c) => MessageVectorTests.Check(
        c,
        v => Encode((Span<byte> d, out int n) => ControlPointResponseCodec.TryEncode(Models.Response(v), d, out n, out _), ControlPointResponseCodec.Size),
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = ControlPointResponseCodec.TryDecode((ReadOnlySpan<byte>)b, out ControlPointResponse s, out e); f = Models.Fields(s); return ok; });

    [TestCaseSource(typeof(ControlPointRequestVectorTests), nameof(ControlPointRequestVectorTests.Cases))]
    public void ControlPointRequest(VectorCase c) => MessageVectorTests.Check(
        c,
        v =>
        {
            ControlPointRequest request = Models.Request(v);
            byte[] probe = new byte[ControlPointRequestCodec.MaximumSize];
            Assert.That(ControlPointRequestCodec.TryEncode(request, probe, 0, out int size, out _), Is.True);
            return Encode((Span<byte> d, out int n) => ControlPointRequestCodec.TryEncode(request, d, out n, out _), size);
        },
        (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) => { bool ok = ControlPointRequestCodec.TryDecode((ReadOnlySpan<byte>)b, out ControlPointRequest r, out e); f = Models.Fields(r); return ok; },
        refuse: (JsonElement v, byte[] d, out int n, out ProtocolError e) => ControlPointRequestCodec.TryEncode(Models.Request(v), d.AsSpan(3), out n, out e));

    [TestCaseSource(typeof(AdvertisingVectorTests), nameof(AdvertisingVectorTests.Builds))]
    public void BuildPackets(VectorCase c)
    {
        AdvertisingVectorTests.BuildCase b = AdvertisingVectorTests.BuildCase.From(c);
        byte[] advertising = Sentinel.Filled(AdvertisingBuilder.LegacyMaximumLength + (2 * Margin));
        byte[] scanResponse = Sentinel.Filled(AdvertisingBuilder.LegacyMaximumLength + (2 * Margin));
        bool ok = AdvertisingBuilder.TryBuild(
            b.Format, b.CompanyId, b.Snapshot, b.BTHomeFrame, b.EnergyChargedWattHours, b.EnergyDischargedWattHours, b.Name,
            advertising.AsSpan(Margin, AdvertisingBuilder.LegacyMaximumLength), out int a,
            scanResponse.AsSpan(Margin, AdvertisingBuilder.LegacyMaximumLength), out int s);

        Assert.That(ok, Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(Hex.Format(advertising, Margin, a), Is.EqualTo(b.AdvertisingHex), "advertising data");
            Assert.That(Hex.Format(scanResponse, Margin, s), Is.EqualTo(b.ScanResponseHex), "scan response");
            Sentinel.AssertUntouched(advertising, Margin, a, "advertising buffer");
            Sentinel.AssertUntouched(scanResponse, Margin, s, "scan-response buffer");
        });

        // One byte short in either packet: nothing is written and both lengths are 0.
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
        bool spanOk = ScanRecordParser.TryParse((ReadOnlySpan<byte>)bytes, out ScanRecord fromSpan, out ProtocolError spanError);
        bool arrayOk = ScanRecordParser.TryParse(bytes, 0, bytes.Length, out ScanRecord fromArray, out ProtocolError arrayError);
        Assert.Multiple(() =>
        {
            Assert.That(spanOk, Is.EqualTo(arrayOk), "success");
            Assert.That(spanError, Is.EqualTo(arrayError), "error");
            Assert.That(fromSpan, Is.EqualTo(fromArray), "record");
        });
    }

    // Encodes into the middle of a sentinel-filled buffer: exactly `size` bytes written, nothing else touched; one byte
    // less is refused without writing. Returns the written bytes as hex.
    private static string Encode(SpanEncoder encoder, int size)
    {
        byte[] buffer = Sentinel.Filled(size + (2 * Margin));
        Assert.That(encoder(buffer.AsSpan(Margin, size), out int written), Is.True, "encode into exactly the size");
        Assert.That(written, Is.EqualTo(size), "bytes written");
        Sentinel.AssertUntouched(buffer, Margin, written, "encode buffer");

        byte[] small = Sentinel.Filled(size + (2 * Margin));
        Assert.That(encoder(small.AsSpan(Margin, size - 1), out int none), Is.False, "one byte too small");
        Assert.That(none, Is.Zero, "bytes written when refused");
        Sentinel.AssertUntouched(small, Margin, 0, "refused encode buffer");
        return Hex.Format(buffer, Margin, written);
    }

    private static void AssertRefused(AdvertisingVectorTests.BuildCase b, int advertisingSize, int scanResponseSize)
    {
        byte[] advertising = Sentinel.Filled(advertisingSize);
        byte[] scanResponse = Sentinel.Filled(scanResponseSize);
        bool ok = AdvertisingBuilder.TryBuild(b.Format, b.CompanyId, b.Snapshot, b.BTHomeFrame, b.EnergyChargedWattHours, b.EnergyDischargedWattHours, b.Name, advertising, out int a, scanResponse, out int s);
        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.False, "a destination one byte too small is refused");
            Assert.That(a + s, Is.Zero, "lengths when refused");
            Sentinel.AssertUntouched(advertising, 0, 0, "refused advertising buffer");
            Sentinel.AssertUntouched(scanResponse, 0, 0, "refused scan-response buffer");
        });
    }
}
