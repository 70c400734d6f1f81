using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CydShunt.Protocol.Tests.Properties;
using CydShunt.Protocol.Tests.Support;
using CydShunt.Protocol.Tests.Vectors;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Allocation;

/// <summary>
/// Every encode and decode path allocates nothing: the bytes allocated on this thread are measured around many
/// iterations of each path after a warm-up (which pays for one-time costs such as static tables).
/// Each path then has to show that it did its work: the same call succeeds (or fails with the intended error) and
/// produces what spec/vectors say.
/// </summary>
public class ZeroAllocationTests
{
    private const int Iterations = 2000;

    // Inputs and expected results come from spec/vectors (the first round-trip case of each file unless named), so
    // each measured call is also checked to do its job: a path that fails early would allocate nothing too.
    private static readonly VectorCase SnapshotCase = RoundTrip("live-snapshot.json");
    private static readonly LiveSnapshot Snapshot = Models.Snapshot(SnapshotCase.Value);
    private static readonly VectorCase CurrentCase = RoundTrip("scalars.json", c => c.Str("characteristic") == "current");
    private static readonly VectorCase AlarmsCase = RoundTrip("alarms.json");
    private static readonly VectorCase InfoCase = RoundTrip("device-info.json");
    private static readonly VectorCase RequestCase = RoundTrip("control-point-request.json", c => c.Value.GetProperty("parameter").ValueKind != JsonValueKind.Null);
    private static readonly VectorCase ResponseCase = RoundTrip("control-point-response.json");
    private static readonly VectorCase GlanceCase = RoundTrip("glance-frame.json");
    private static readonly VectorCase BTHomeCase = RoundTrip("bthome.json");
    private static readonly AdvertisingVectorTests.BuildCase CydShuntBuild = Build("CydShunt format, default name, discharging");
    private static readonly AdvertisingVectorTests.BuildCase BTHomeBuild = Build("BTHome format, all objects: advertising packet 26 bytes, scan response 31");
    private static readonly VectorCase BTHomeRecord = Named("scan-records.json", "Android 62-byte record, BTHome format");
    private static readonly VectorCase GlanceRecord = Named("scan-records.json", "Android 62-byte record: advertising zero-padded to 31 + scan response padded to 31");
    private static readonly VectorCase BrokenRecord = Named("scan-records.json", "valid glance followed by a broken length: whole record rejected");

    // Someone else's beacon: flags, iBeacon manufacturer data, 16-bit UUIDs, TX power, name. Nothing of ours, so
    // FrameNotFound (spec/advertising.md; the vector "only unrelated AD structures").
    private static readonly byte[] UnrelatedRecord = Hex.Parse("0201061aff4c000215e2c56db5dffb48d2b060d0f5a71096e000010002c50005030f181a18020a000a09546865726d6f203432");

    // spec/gatt.md, Descriptors: the voltage characteristic's 0x2904 value.
    private const string VoltagePresentationFormat = "08fd2827010000";

    // UTF-8 of DeviceName.DefaultText, "CYD Smart Shunt" (ASCII).
    private const string DefaultNameHex = "43594420536d617274205368756e74";

    // 7E250001-D6CC-46BD-BCB7-7BDB54ED808C (spec/gatt.md), least significant byte first.
    private const string ServiceUuidAirHex = "8c80ed54db7bb7bcbd46ccd60100257e";

    private static readonly MeasuredPath[] Paths = BuildPaths();

    private delegate bool EncodeInto(byte[] destination, out int bytesWritten);

    private delegate bool Decode<T>(byte[] source, out T value, out ProtocolError error);

    /// <summary>A measured call (true = it succeeded), whether it must succeed, and a check of what it produced.</summary>
    private sealed record MeasuredPath(string Name, Func<bool> Call, bool Succeeds, Action Check);

    private static MeasuredPath[] BuildPaths()
    {
        DeviceName name = DeviceName.Default;
        LiveSnapshot cydShuntSnapshot = CydShuntBuild.Snapshot;
        LiveSnapshot btHomeSnapshot = BTHomeBuild.Snapshot;
        ControlPointRequest request = Models.Request(RequestCase.Value);
        ControlPointResponse response = Models.Response(ResponseCase.Value);
        AlarmStatus alarms = Models.Alarms(AlarmsCase.Value);
        DeviceInfo info = Models.Info(InfoCase.Value);
        GlanceFrame glance = Models.Glance(GlanceCase.Value);
        BTHomeFrame btHome = Models.BTHome(BTHomeCase.Value);
        int current = CurrentCase.Value.GetInt32();

        // spec/advertising.md, first-fit layout: in both build vectors neither scan-response structure fits the rest of
        // the advertising packet, so the ordered list of structures is the advertising packet followed by the scan response.
        string cydShuntStructures = CydShuntBuild.AdvertisingHex + CydShuntBuild.ScanResponseHex;
        string btHomeStructures = BTHomeBuild.AdvertisingHex + BTHomeBuild.ScanResponseHex;

        // The BTHome advertising packet is Flags (02 01 06) then the BTHome service data (spec/bthome.md).
        Assert.That(BTHomeBuild.AdvertisingHex, Does.StartWith("020106"));
        string btHomeOfSnapshot = BTHomeBuild.AdvertisingHex[6..];

        return
        [
            Encode("snapshot encode", SnapshotCase.Hex, (byte[] d, out int n) => LiveSnapshotCodec.TryEncode(Snapshot, d, 0, out n, out _)),
            Decoded("snapshot decode", SnapshotCase, (byte[] b, out LiveSnapshot v, out ProtocolError e) => LiveSnapshotCodec.TryDecode(b, 0, b.Length, out v, out e), Models.Fields),
            Encode("snapshot encode span", SnapshotCase.Hex, (byte[] d, out int n) => LiveSnapshotCodec.TryEncode(Snapshot, d.AsSpan(), out n, out _)),
            Decoded("snapshot decode span", SnapshotCase, (byte[] b, out LiveSnapshot v, out ProtocolError e) => LiveSnapshotCodec.TryDecode(b.AsSpan(), out v, out e), Models.Fields),
            Encode("scalar encode", CurrentCase.Hex, (byte[] d, out int n) => CydShuntGatt.Current.Format!.TryEncode(current, d, 0, out n, out _)),
            Decoded("scalar decode", CurrentCase, (byte[] b, out int v, out ProtocolError e) => CydShuntGatt.Current.Format!.TryDecode(b, 0, b.Length, out v, out e), ScalarField),
            Decoded("scalar decode span", CurrentCase, (byte[] b, out int v, out ProtocolError e) => CydShuntGatt.Current.Format!.TryDecode(b.AsSpan(), out v, out e), ScalarField),
            Encode("presentation format", VoltagePresentationFormat, (byte[] d, out int n) => { n = ScalarFormat.PresentationFormatSize; return CydShuntGatt.Voltage.Format!.TryWritePresentationFormat(d, 0, out _); }),
            Encode("alarms encode", AlarmsCase.Hex, (byte[] d, out int n) => AlarmStatusCodec.TryEncode(alarms, d, 0, out n, out _)),
            Decoded("alarms decode", AlarmsCase, (byte[] b, out AlarmStatus v, out ProtocolError e) => AlarmStatusCodec.TryDecode(b, 0, b.Length, out v, out e), Models.Fields),
            Encode("device info encode", InfoCase.Hex, (byte[] d, out int n) => DeviceInfoCodec.TryEncode(info, d, 0, out n, out _)),
            Decoded("device info decode", InfoCase, (byte[] b, out DeviceInfo v, out ProtocolError e) => DeviceInfoCodec.TryDecode(b, 0, b.Length, out v, out e), Models.Fields),
            Decoded("control-point request decode", RequestCase, (byte[] b, out ControlPointRequest v, out ProtocolError e) => ControlPointRequestCodec.TryDecode(b, 0, b.Length, out v, out e), Models.Fields),
            Encode("control-point request encode", RequestCase.Hex, (byte[] d, out int n) => ControlPointRequestCodec.TryEncode(request, d, 0, out n, out _)),
            Encode("control-point response encode", ResponseCase.Hex, (byte[] d, out int n) => ControlPointResponseCodec.TryEncode(response, d, 0, out n, out _)),
            Decoded("control-point response decode", ResponseCase, (byte[] b, out ControlPointResponse v, out ProtocolError e) => ControlPointResponseCodec.TryDecode(b, 0, b.Length, out v, out e), Models.Fields),
            Encode("glance encode", GlanceCase.Hex, (byte[] d, out int n) => GlanceFrameCodec.TryEncode(glance, d, 0, out n, out _)),
            Decoded("glance decode", GlanceCase, (byte[] b, out GlanceFrame v, out ProtocolError e) => GlanceFrameCodec.TryDecode(b, 0, b.Length, out v, out e), Models.Fields),
            Encode("BTHome encode", btHomeOfSnapshot, (byte[] d, out int n) => BTHomeCodec.TryEncode(BTHomeFrame.FromSnapshot(btHomeSnapshot), d, 0, out n, out _)),
            Decoded("BTHome decode", BTHomeCase, (byte[] b, out BTHomeFrame v, out ProtocolError e) => BTHomeCodec.TryDecode(b, 0, b.Length, out v, out e), Models.Fields),
            Packets("advertising CydShunt", CydShuntBuild, (a, s) => AdvertisingBuilder.TryBuild(AdvertisingFormat.CydShunt, 0xFFFF, cydShuntSnapshot, name, a, 0, out int na, s, 0, out int ns) && Lengths(na, ns, CydShuntBuild)),
            Packets("advertising BTHome", BTHomeBuild, (a, s) => AdvertisingBuilder.TryBuild(AdvertisingFormat.BTHome, 0xFFFF, btHomeSnapshot, name, a, 0, out int na, s, 0, out int ns) && Lengths(na, ns, BTHomeBuild)),
            Packets("advertising span", BTHomeBuild, (a, s) => AdvertisingBuilder.TryBuild(AdvertisingFormat.BTHome, 0xFFFF, btHomeSnapshot, name, a.AsSpan(), out int na, s.AsSpan(), out int ns) && Lengths(na, ns, BTHomeBuild)),
            Encode("advertising structures", cydShuntStructures, (byte[] d, out int n) => AdvertisingBuilder.TryBuildStructures(AdvertisingFormat.CydShunt, 0xFFFF, cydShuntSnapshot, name, d, 0, out n)),
            Parsed("scan record parse", BTHomeRecord, (byte[] b, out ScanRecord r, out ProtocolError e) => ScanRecordParser.TryParse(b, 0, b.Length, out r, out e)),
            Parsed("scan record parse span", BTHomeRecord, (byte[] b, out ScanRecord r, out ProtocolError e) => ScanRecordParser.TryParse(b.AsSpan(), out r, out e)),
            Rejected("scan record parse failure", BrokenRecord.Bytes, Support.Vectors.ParseError(BrokenRecord.Error)),
            Parsed("scan record parse glance format", GlanceRecord, (byte[] b, out ScanRecord r, out ProtocolError e) => ScanRecordParser.TryParse(b, 0, b.Length, out r, out e)),
            Parsed("scan record parse glance format span", GlanceRecord, (byte[] b, out ScanRecord r, out ProtocolError e) => ScanRecordParser.TryParse(b.AsSpan(), out r, out e)),
            Rejected("scan record parse unrelated", UnrelatedRecord, ProtocolError.FrameNotFound),
            Rejected("scan record parse unrelated span", UnrelatedRecord, ProtocolError.FrameNotFound, span: true),
            EveryScalar("every scalar encode and decode", span: false),
            EveryScalar("every scalar encode and decode span", span: true),
            Encode("alarms encode span", AlarmsCase.Hex, (byte[] d, out int n) => AlarmStatusCodec.TryEncode(alarms, d.AsSpan(), out n, out _)),
            Decoded("alarms decode span", AlarmsCase, (byte[] b, out AlarmStatus v, out ProtocolError e) => AlarmStatusCodec.TryDecode(b.AsSpan(), out v, out e), Models.Fields),
            Encode("device info encode span", InfoCase.Hex, (byte[] d, out int n) => DeviceInfoCodec.TryEncode(info, d.AsSpan(), out n, out _)),
            Decoded("device info decode span", InfoCase, (byte[] b, out DeviceInfo v, out ProtocolError e) => DeviceInfoCodec.TryDecode(b.AsSpan(), out v, out e), Models.Fields),
            Decoded("control-point request decode span", RequestCase, (byte[] b, out ControlPointRequest v, out ProtocolError e) => ControlPointRequestCodec.TryDecode(b.AsSpan(), out v, out e), Models.Fields),
            Encode("control-point request encode span", RequestCase.Hex, (byte[] d, out int n) => ControlPointRequestCodec.TryEncode(request, d.AsSpan(), out n, out _)),
            Encode("control-point response encode span", ResponseCase.Hex, (byte[] d, out int n) => ControlPointResponseCodec.TryEncode(response, d.AsSpan(), out n, out _)),
            Decoded("control-point response decode span", ResponseCase, (byte[] b, out ControlPointResponse v, out ProtocolError e) => ControlPointResponseCodec.TryDecode(b.AsSpan(), out v, out e), Models.Fields),
            Encode("glance encode span", GlanceCase.Hex, (byte[] d, out int n) => GlanceFrameCodec.TryEncode(glance, d.AsSpan(), out n, out _)),
            Decoded("glance decode span", GlanceCase, (byte[] b, out GlanceFrame v, out ProtocolError e) => GlanceFrameCodec.TryDecode(b.AsSpan(), out v, out e), Models.Fields),
            Encode("BTHome encode span", btHomeOfSnapshot, (byte[] d, out int n) => BTHomeCodec.TryEncode(BTHomeFrame.FromSnapshot(btHomeSnapshot), d.AsSpan(), out n, out _)),
            Decoded("BTHome decode span", BTHomeCase, (byte[] b, out BTHomeFrame v, out ProtocolError e) => BTHomeCodec.TryDecode(b.AsSpan(), out v, out e), Models.Fields),
            Packets("advertising CydShunt span", CydShuntBuild, (a, s) => AdvertisingBuilder.TryBuild(AdvertisingFormat.CydShunt, 0xFFFF, cydShuntSnapshot, name, a.AsSpan(), out int na, s.AsSpan(), out int ns) && Lengths(na, ns, CydShuntBuild)),
            Encode("advertising structures BTHome", btHomeStructures, (byte[] d, out int n) => AdvertisingBuilder.TryBuildStructures(AdvertisingFormat.BTHome, 0xFFFF, btHomeSnapshot, name, d, 0, out n)),
            Decoded("snapshot decode whole array", SnapshotCase, (byte[] b, out LiveSnapshot v, out ProtocolError e) => LiveSnapshotCodec.TryDecode(b, out v, out e), Models.Fields),
            Decoded("snapshot Decode", SnapshotCase, (byte[] b, out LiveSnapshot v, out ProtocolError e) => { v = LiveSnapshotCodec.Decode(b); e = ProtocolError.None; return true; }, Models.Fields),
            Decoded("snapshot Decode window", SnapshotCase, (byte[] b, out LiveSnapshot v, out ProtocolError e) => { v = LiveSnapshotCodec.Decode(b, 0, b.Length); e = ProtocolError.None; return true; }, Models.Fields),
            Decoded("snapshot Decode span", SnapshotCase, (byte[] b, out LiveSnapshot v, out ProtocolError e) => { v = LiveSnapshotCodec.Decode(b.AsSpan()); e = ProtocolError.None; return true; }, Models.Fields),
            Encode("snapshot Encode", SnapshotCase.Hex, (byte[] d, out int n) => (n = LiveSnapshotCodec.Encode(Snapshot, d, 0)) == LiveSnapshotCodec.Size),
            Encode("snapshot Encode span", SnapshotCase.Hex, (byte[] d, out int n) => (n = LiveSnapshotCodec.Encode(Snapshot, d.AsSpan())) == LiveSnapshotCodec.Size),
            Decoded("BTHome Decode span", BTHomeCase, (byte[] b, out BTHomeFrame v, out ProtocolError e) => { v = BTHomeCodec.Decode(b.AsSpan()); e = ProtocolError.None; return true; }, Models.Fields),
            Decoded("glance decode whole array", GlanceCase, (byte[] b, out GlanceFrame v, out ProtocolError e) => GlanceFrameCodec.TryDecode(b, out v, out e), Models.Fields),
            Decoded("scalar Decode span", CurrentCase, (byte[] b, out int v, out ProtocolError e) => { v = CydShuntGatt.Current.Format!.Decode(b.AsSpan()); e = ProtocolError.None; return true; }, ScalarField),
            Encode("scalar encode span", CurrentCase.Hex, (byte[] d, out int n) => CydShuntGatt.Current.Format!.TryEncode(current, d.AsSpan(), out n, out _)),
            Encode("presentation format span", VoltagePresentationFormat, (byte[] d, out int n) => CydShuntGatt.Voltage.Format!.TryWritePresentationFormat(d.AsSpan(), out n)),
            Encode("device name copy", DefaultNameHex, (byte[] d, out int n) => name.TryCopyTo(d, 0, out n)),
            Encode("device name copy span", DefaultNameHex, (byte[] d, out int n) => name.TryCopyTo(d.AsSpan(), out n)),
            Encode("service UUID air order", ServiceUuidAirHex, (byte[] d, out int n) => CydShuntUuids.TryWriteAirOrder(CydShuntUuids.ServiceShortId, d, 0, out n)),
            Encode("service UUID air order span", ServiceUuidAirHex, (byte[] d, out int n) => CydShuntUuids.TryWriteAirOrder(CydShuntUuids.ServiceShortId, d.AsSpan(), out n)),
            Decoded("service UUID air order read", ServiceUuidAirHex, (byte[] b, out ushort v) => CydShuntUuids.TryReadAirOrder(b, 0, out v), CydShuntUuids.ServiceShortId),
            Decoded("service UUID air order read span", ServiceUuidAirHex, (byte[] b, out ushort v) => CydShuntUuids.TryReadAirOrder(b.AsSpan(), out v), CydShuntUuids.ServiceShortId),
            Signature("glance signature", GlanceCase.Bytes, b => GlanceFrameCodec.HasSignature(b)),
            Signature("glance signature window", GlanceCase.Bytes, b => GlanceFrameCodec.HasSignature(b, 0, b.Length)),
            Signature("glance signature span", GlanceCase.Bytes, b => GlanceFrameCodec.HasSignature(b.AsSpan())),
            Parsed("scan record parse whole array", BTHomeRecord, (byte[] b, out ScanRecord r, out ProtocolError e) => ScanRecordParser.TryParse(b, out r, out e)),
            Parsed("scan record Parse", GlanceRecord, (byte[] b, out ScanRecord r, out ProtocolError e) => { r = ScanRecordParser.Parse(b); e = ProtocolError.None; return true; }),
            Parsed("scan record Parse span", GlanceRecord, (byte[] b, out ScanRecord r, out ProtocolError e) => { r = ScanRecordParser.Parse(b.AsSpan()); e = ProtocolError.None; return true; }),
        ];
    }

    private static VectorCase RoundTrip(string file, Func<VectorCase, bool>? where = null) =>
        Support.Vectors.Load(file, "roundtrip").First(c => where == null || where(c));

    private static VectorCase Named(string file, string name) => Support.Vectors.Load(file).Single(c => c.Name == name);

    private static AdvertisingVectorTests.BuildCase Build(string name) => AdvertisingVectorTests.BuildCase.From(Named("advertising.json", name));

    private static Dictionary<string, int?> ScalarField(int value) => new() { ["value"] = Support.Vectors.OptionalInt(value) };

    // The measured call writes into its own buffer (filled with a marker first, so a call that writes nothing fails the check).
    private static MeasuredPath Encode(string name, string expectedHex, EncodeInto encode)
    {
        byte[] destination = new byte[AdvertisingBuilder.MaximumStructuresLength];
        Array.Fill(destination, (byte)0xA5);
        int written = 0;
        return new MeasuredPath(name, () => encode(destination, out written), true, () => Assert.That(Hex.Format(destination, 0, written), Is.EqualTo(expectedHex), name));
    }

    // The measured call decodes the vector's bytes; the check compares the decoded fields with the vector's value.
    private static MeasuredPath Decoded<T>(string name, VectorCase c, Decode<T> decode, Func<T, Dictionary<string, int?>> fields)
    {
        byte[] source = c.Bytes;
        Dictionary<string, int?> expected = c.Value.ValueKind == JsonValueKind.Object ? Models.Fields(c.Value) : ScalarField(c.Value.GetInt32());
        T value = default!;
        ProtocolError error = ProtocolError.None;
        return new MeasuredPath(name, () => decode(source, out value, out error), true, () =>
        {
            Assert.That(error, Is.EqualTo(ProtocolError.None), name);
            Assert.That(fields(value), Is.EquivalentTo(expected), name);
        });
    }

    private delegate bool ReadShortId(byte[] source, out ushort shortId);

    // The measured call reads a UUID in air order; the check compares the short id.
    private static MeasuredPath Decoded(string name, string hex, ReadShortId read, ushort expected)
    {
        byte[] source = Hex.Parse(hex);
        ushort value = 0;
        return new MeasuredPath(name, () => read(source, out value), true, () => Assert.That(value, Is.EqualTo(expected), name));
    }

    // The measured call looks for the glance signature; the succeeding call is the check.
    private static MeasuredPath Signature(string name, byte[] source, Func<byte[], bool> hasSignature) =>
        new(name, () => hasSignature(source), true, () => Assert.That(hasSignature(source), Is.True, name));

    private static MeasuredPath Parsed(string name, VectorCase c, Decode<ScanRecord> parse)
    {
        byte[] source = c.Bytes;
        ScanRecord record = default;
        ProtocolError error = ProtocolError.None;
        return new MeasuredPath(name, () => parse(source, out record, out error), true, () =>
        {
            Assert.That(error, Is.EqualTo(ProtocolError.None), name);
            AdvertisingVectorTests.AssertRecord(record, source, c.Element.GetProperty("expected"));
        });
    }

    private static MeasuredPath Rejected(string name, byte[] source, ProtocolError expected, bool span = false)
    {
        ProtocolError error = ProtocolError.None;
        Func<bool> call = span
            ? () => ScanRecordParser.TryParse(source.AsSpan(), out _, out error)
            : () => ScanRecordParser.TryParse(source, 0, source.Length, out _, out error);
        return new MeasuredPath(name, call, false, () => Assert.That(error, Is.EqualTo(expected), name));
    }

    private static MeasuredPath Packets(string name, AdvertisingVectorTests.BuildCase expected, Func<byte[], byte[], bool> build)
    {
        byte[] advertising = new byte[31];
        byte[] scanResponse = new byte[31];
        return new MeasuredPath(name, () => build(advertising, scanResponse), true, () =>
        {
            Assert.That(Hex.Format(advertising, 0, expected.AdvertisingSize), Is.EqualTo(expected.AdvertisingHex), name + ": advertising data");
            Assert.That(Hex.Format(scanResponse, 0, expected.ScanResponseSize), Is.EqualTo(expected.ScanResponseHex), name + ": scan response");
        });
    }

    // The builders' lengths are part of the result; a wrong length makes the measured call report failure.
    private static bool Lengths(int advertising, int scanResponse, AdvertisingVectorTests.BuildCase expected) =>
        advertising == expected.AdvertisingSize && scanResponse == expected.ScanResponseSize;

    // Encodes -4210 with every scalar format and decodes it back; spec/gatt.md's table says what comes back: the value
    // clamped into each characteristic's valid range.
    private static MeasuredPath EveryScalar(string name, bool span)
    {
        const int Value = -4210;
        GattCharacteristic[] scalars = Array.FindAll(AllCharacteristics(), c => c.Format != null);
        int[] decoded = new int[scalars.Length];
        byte[] buffer = new byte[4];
        Func<bool> call = () =>
        {
            bool ok = true;
            for (int i = 0; i < scalars.Length; i++)
            {
                ScalarFormat format = scalars[i].Format!;
                ok &= span
                    ? format.TryEncode(Value, buffer.AsSpan(), out int written, out _) && format.TryDecode(buffer.AsSpan(0, written), out decoded[i], out _)
                    : format.TryEncode(Value, buffer, 0, out written, out _) && format.TryDecode(buffer, 0, written, out decoded[i], out _);
            }

            return ok;
        };
        return new MeasuredPath(name, call, true, () =>
        {
            string[] names = ["voltage", "current", "power", "consumedCharge", "energyCharged", "energyDischarged", "stateOfCharge", "temperature", "timeToGo", "batteryLevel"];
            Assert.That(scalars, Has.Length.EqualTo(names.Length));
            for (int i = 0; i < names.Length; i++)
            {
                Assert.That(scalars[i], Is.SameAs(ScalarVectorTests.CharacteristicFor(names[i])), "telemetry table order");
                SpecScalar spec = SpecScalarTable.Rows[names[i]];
                Assert.That(decoded[i], Is.EqualTo(Math.Clamp(Value, spec.Minimum, spec.Maximum)), names[i]);
            }
        });
    }

    private static GattCharacteristic[] AllCharacteristics()
    {
        var all = new GattCharacteristic[CydShuntGatt.TelemetryCharacteristicCount + 1];
        for (int i = 0; i < CydShuntGatt.TelemetryCharacteristicCount; i++)
        {
            all[i] = CydShuntGatt.GetTelemetryCharacteristic(i);
        }

        all[^1] = CydShuntGatt.BatteryLevel;
        return all;
    }

    private static string[] PathNames() => Array.ConvertAll(Paths, p => p.Name);

    [TestCaseSource(nameof(PathNames))]
    public void AllocatesNothing(string path)
    {
        MeasuredPath measured = Array.Find(Paths, p => p.Name == path)!;
        Func<bool> action = measured.Call;
        for (int i = 0; i < 100; i++)
        {
            action();
        }

        // A garbage collection inside the window can charge the thread with the unused rest of its allocation context
        // (seen in the firmware tests: +8,008 B at a random point of a loop that allocates nothing); collecting first
        // leaves no partly used context behind, and real allocations are still counted to the byte.
        GC.Collect();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Iterations; i++)
        {
            action();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.Zero, path + " allocated " + allocated + " bytes over " + Iterations + " calls");

        // What was measured is the path named: the call succeeds (or fails as intended) and produces the spec's result.
        Assert.That(action(), Is.EqualTo(measured.Succeeds), path + (measured.Succeeds ? " failed" : " succeeded"));
        measured.Check();
    }

    [Test]
    public void TheMeasurementSeesAllocations()
    {
        // Guards the guard: the same measurement reports a path that does allocate.
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Iterations; i++)
        {
            GC.KeepAlive(new byte[LiveSnapshotCodec.Size]);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.GreaterThanOrEqualTo(Iterations * LiveSnapshotCodec.Size));
    }
}
