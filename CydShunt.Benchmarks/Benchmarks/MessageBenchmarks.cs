using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CydShunt.Benchmarks.Baselines;
using CydShunt.Protocol;

namespace CydShunt.Benchmarks;

/// <summary>The structured characteristic values: live snapshot (20 bytes), alarms (3 bytes), device info (9 bytes).</summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class MessageBenchmarks
{
    private const string SnapshotEncode = "Snapshot.Encode";
    private const string SnapshotDecode = "Snapshot.Decode";
    private const string AlarmsEncode = "Alarms.Encode";
    private const string AlarmsDecode = "Alarms.Decode";
    private const string InfoEncode = "DeviceInfo.Encode";
    private const string InfoDecode = "DeviceInfo.Decode";

    private readonly byte[] _destination = new byte[32];
    private LiveSnapshot _snapshot = Inputs.Snapshot;
    private AlarmStatus _alarms = Inputs.Alarms;
    private DeviceInfo _info = Inputs.DeviceInfo;
    private byte[] _snapshotBytes = [];
    private byte[] _alarmsBytes = [];
    private byte[] _infoBytes = [];

    [GlobalSetup]
    public void Setup()
    {
        SelfCheck.Messages();
        _snapshotBytes = new byte[LiveSnapshotCodec.Size];
        LiveSnapshotCodec.TryEncode(_snapshot, _snapshotBytes, 0, out _);
        _alarmsBytes = new byte[AlarmStatusCodec.Size];
        AlarmStatusCodec.TryEncode(_alarms, _alarmsBytes, 0, out _);
        _infoBytes = new byte[DeviceInfoCodec.Size];
        DeviceInfoCodec.TryEncode(_info, _infoBytes, 0, out _);
    }

    // ---- live snapshot

    [Benchmark(Description = Roles.Library), BenchmarkCategory(SnapshotEncode)]
    public int SnapshotEncode_Library()
    {
        LiveSnapshotCodec.TryEncode(_snapshot, _destination, 0, out int n);
        return n;
    }

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(SnapshotEncode)]
    public int SnapshotEncode_LibrarySpan()
    {
        LiveSnapshotCodec.TryEncode(_snapshot, _destination.AsSpan(), out int n);
        return n;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(SnapshotEncode)]
    public int SnapshotEncode_HandWritten()
    {
        HandWritten.TryEncodeSnapshot(_snapshot, _destination, out int n);
        return n;
    }

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(SnapshotEncode)]
    public int SnapshotEncode_Naive()
    {
        byte[] encoded = Naive.EncodeSnapshot(_snapshot);
        encoded.CopyTo(_destination, 0);
        return encoded.Length;
    }

    [Benchmark(Description = Roles.Library), BenchmarkCategory(SnapshotDecode)]
    public LiveSnapshot SnapshotDecode_Library()
    {
        LiveSnapshotCodec.TryDecode(_snapshotBytes, 0, _snapshotBytes.Length, out LiveSnapshot value, out _);
        return value;
    }

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(SnapshotDecode)]
    public LiveSnapshot SnapshotDecode_LibrarySpan()
    {
        LiveSnapshotCodec.TryDecode((ReadOnlySpan<byte>)_snapshotBytes, out LiveSnapshot value, out _);
        return value;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(SnapshotDecode)]
    public LiveSnapshot SnapshotDecode_HandWritten()
    {
        HandWritten.TryDecodeSnapshot(_snapshotBytes, out LiveSnapshot value, out _);
        return value;
    }

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(SnapshotDecode)]
    public LiveSnapshot SnapshotDecode_Naive() => Naive.DecodeSnapshot(_snapshotBytes);

    // ---- alarms

    [Benchmark(Description = Roles.Library), BenchmarkCategory(AlarmsEncode)]
    public int AlarmsEncode_Library()
    {
        AlarmStatusCodec.TryEncode(_alarms, _destination, 0, out int n);
        return n;
    }

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(AlarmsEncode)]
    public int AlarmsEncode_LibrarySpan()
    {
        AlarmStatusCodec.TryEncode(_alarms, _destination.AsSpan(), out int n);
        return n;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(AlarmsEncode)]
    public int AlarmsEncode_HandWritten()
    {
        HandWritten.TryEncodeAlarms(_alarms, _destination, out int n);
        return n;
    }

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(AlarmsEncode)]
    public int AlarmsEncode_Naive()
    {
        byte[] encoded = Naive.EncodeAlarms(_alarms);
        encoded.CopyTo(_destination, 0);
        return encoded.Length;
    }

    [Benchmark(Description = Roles.Library), BenchmarkCategory(AlarmsDecode)]
    public AlarmStatus AlarmsDecode_Library()
    {
        AlarmStatusCodec.TryDecode(_alarmsBytes, 0, _alarmsBytes.Length, out AlarmStatus value, out _);
        return value;
    }

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(AlarmsDecode)]
    public AlarmStatus AlarmsDecode_LibrarySpan()
    {
        AlarmStatusCodec.TryDecode((ReadOnlySpan<byte>)_alarmsBytes, out AlarmStatus value, out _);
        return value;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(AlarmsDecode)]
    public AlarmStatus AlarmsDecode_HandWritten()
    {
        HandWritten.TryDecodeAlarms(_alarmsBytes, out AlarmStatus value, out _);
        return value;
    }

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(AlarmsDecode)]
    public AlarmStatus AlarmsDecode_Naive() => Naive.DecodeAlarms(_alarmsBytes);

    // ---- device info

    [Benchmark(Description = Roles.Library), BenchmarkCategory(InfoEncode)]
    public int DeviceInfoEncode_Library()
    {
        DeviceInfoCodec.TryEncode(_info, _destination, 0, out int n);
        return n;
    }

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(InfoEncode)]
    public int DeviceInfoEncode_LibrarySpan()
    {
        DeviceInfoCodec.TryEncode(_info, _destination.AsSpan(), out int n);
        return n;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(InfoEncode)]
    public int DeviceInfoEncode_HandWritten()
    {
        HandWritten.TryEncodeDeviceInfo(_info, _destination, out int n);
        return n;
    }

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(InfoEncode)]
    public int DeviceInfoEncode_Naive()
    {
        byte[] encoded = Naive.EncodeDeviceInfo(_info);
        encoded.CopyTo(_destination, 0);
        return encoded.Length;
    }

    [Benchmark(Description = Roles.Library), BenchmarkCategory(InfoDecode)]
    public DeviceInfo DeviceInfoDecode_Library()
    {
        DeviceInfoCodec.TryDecode(_infoBytes, 0, _infoBytes.Length, out DeviceInfo value, out _);
        return value;
    }

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(InfoDecode)]
    public DeviceInfo DeviceInfoDecode_LibrarySpan()
    {
        DeviceInfoCodec.TryDecode((ReadOnlySpan<byte>)_infoBytes, out DeviceInfo value, out _);
        return value;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(InfoDecode)]
    public DeviceInfo DeviceInfoDecode_HandWritten()
    {
        HandWritten.TryDecodeDeviceInfo(_infoBytes, out DeviceInfo value, out _);
        return value;
    }

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(InfoDecode)]
    public DeviceInfo DeviceInfoDecode_Naive() => Naive.DecodeDeviceInfo(_infoBytes);
}
