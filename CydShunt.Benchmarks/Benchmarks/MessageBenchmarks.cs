using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CydShunt.Benchmarks.Baselines;
using CydShunt.Protocol;

namespace CydShunt.Benchmarks;

/// <summary>
/// The structured characteristic values: live snapshot (20 bytes), alarms (3 bytes), device info (9 bytes). Each
/// invocation encodes or decodes a batch of 16 different values, one byte[] per value as a GATT stack hands them
/// over; times are per value.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class MessageBenchmarks
{
    private const int N = Batches.Size;

    private readonly LiveSnapshot[] _snapshots = Batches.Snapshots();
    private readonly AlarmStatus[] _alarms = Batches.Alarms();
    private readonly DeviceInfo[] _infos = Batches.DeviceInfos();
    private readonly byte[][] _snapshotOut = Batches.Buffers(LiveSnapshotCodec.Size);
    private readonly byte[][] _alarmsOut = Batches.Buffers(AlarmStatusCodec.Size);
    private readonly byte[][] _infoOut = Batches.Buffers(DeviceInfoCodec.Size);
    private readonly byte[][] _snapshotIn = Batches.Buffers(LiveSnapshotCodec.Size);
    private readonly byte[][] _alarmsIn = Batches.Buffers(AlarmStatusCodec.Size);
    private readonly byte[][] _infoIn = Batches.Buffers(DeviceInfoCodec.Size);
    private readonly LiveSnapshot[] _snapshotDecoded = new LiveSnapshot[N];
    private readonly AlarmStatus[] _alarmsDecoded = new AlarmStatus[N];
    private readonly DeviceInfo[] _infoDecoded = new DeviceInfo[N];

    [GlobalSetup]
    public void Setup()
    {
        SelfCheck.Messages();
        for (int i = 0; i < N; i++)
        {
            LiveSnapshotCodec.TryEncode(_snapshots[i], _snapshotIn[i], 0, out _, out _);
            AlarmStatusCodec.TryEncode(_alarms[i], _alarmsIn[i], 0, out _, out _);
            DeviceInfoCodec.TryEncode(_infos[i], _infoIn[i], 0, out _, out _);
        }
    }

    // ---- Snapshot encode

    [Benchmark(Description = Roles.Library, OperationsPerInvoke = N), BenchmarkCategory("Snapshot.Encode")]
    public int SnapshotEncode_Library()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            LiveSnapshotCodec.TryEncode(_snapshots[i], _snapshotOut[i], 0, out int n, out _);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.LibrarySpan, OperationsPerInvoke = N), BenchmarkCategory("Snapshot.Encode")]
    public int SnapshotEncode_LibrarySpan()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            LiveSnapshotCodec.TryEncode(_snapshots[i], _snapshotOut[i].AsSpan(), out int n, out _);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Snapshot.Encode")]
    public int SnapshotEncode_HandWritten()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            HandWritten.TryEncodeSnapshot(_snapshots[i], _snapshotOut[i], out int n);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.Naive, OperationsPerInvoke = N), BenchmarkCategory("Snapshot.Encode")]
    public int SnapshotEncode_Naive()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            byte[] encoded = Naive.EncodeSnapshot(_snapshots[i]);
            encoded.CopyTo(_snapshotOut[i], 0);
            total += encoded.Length;
        }

        return total;
    }

    // ---- Snapshot decode

    [Benchmark(Description = Roles.Library, OperationsPerInvoke = N), BenchmarkCategory("Snapshot.Decode")]
    public int SnapshotDecode_Library()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += LiveSnapshotCodec.TryDecode(_snapshotIn[i], 0, _snapshotIn[i].Length, out _snapshotDecoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.LibrarySpan, OperationsPerInvoke = N), BenchmarkCategory("Snapshot.Decode")]
    public int SnapshotDecode_LibrarySpan()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += LiveSnapshotCodec.TryDecode((ReadOnlySpan<byte>)_snapshotIn[i], out _snapshotDecoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Snapshot.Decode")]
    public int SnapshotDecode_HandWritten()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += HandWritten.TryDecodeSnapshot(_snapshotIn[i], out _snapshotDecoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.Naive, OperationsPerInvoke = N), BenchmarkCategory("Snapshot.Decode")]
    public int SnapshotDecode_Naive()
    {
        for (int i = 0; i < N; i++)
        {
            _snapshotDecoded[i] = Naive.DecodeSnapshot(_snapshotIn[i]);
        }

        return N;
    }

    // ---- Alarms encode

    [Benchmark(Description = Roles.Library, OperationsPerInvoke = N), BenchmarkCategory("Alarms.Encode")]
    public int AlarmsEncode_Library()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            AlarmStatusCodec.TryEncode(_alarms[i], _alarmsOut[i], 0, out int n, out _);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.LibrarySpan, OperationsPerInvoke = N), BenchmarkCategory("Alarms.Encode")]
    public int AlarmsEncode_LibrarySpan()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            AlarmStatusCodec.TryEncode(_alarms[i], _alarmsOut[i].AsSpan(), out int n, out _);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Alarms.Encode")]
    public int AlarmsEncode_HandWritten()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            HandWritten.TryEncodeAlarms(_alarms[i], _alarmsOut[i], out int n);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.Naive, OperationsPerInvoke = N), BenchmarkCategory("Alarms.Encode")]
    public int AlarmsEncode_Naive()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            byte[] encoded = Naive.EncodeAlarms(_alarms[i]);
            encoded.CopyTo(_alarmsOut[i], 0);
            total += encoded.Length;
        }

        return total;
    }

    // ---- Alarms decode

    [Benchmark(Description = Roles.Library, OperationsPerInvoke = N), BenchmarkCategory("Alarms.Decode")]
    public int AlarmsDecode_Library()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += AlarmStatusCodec.TryDecode(_alarmsIn[i], 0, _alarmsIn[i].Length, out _alarmsDecoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.LibrarySpan, OperationsPerInvoke = N), BenchmarkCategory("Alarms.Decode")]
    public int AlarmsDecode_LibrarySpan()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += AlarmStatusCodec.TryDecode((ReadOnlySpan<byte>)_alarmsIn[i], out _alarmsDecoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("Alarms.Decode")]
    public int AlarmsDecode_HandWritten()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += HandWritten.TryDecodeAlarms(_alarmsIn[i], out _alarmsDecoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.Naive, OperationsPerInvoke = N), BenchmarkCategory("Alarms.Decode")]
    public int AlarmsDecode_Naive()
    {
        for (int i = 0; i < N; i++)
        {
            _alarmsDecoded[i] = Naive.DecodeAlarms(_alarmsIn[i]);
        }

        return N;
    }

    // ---- DeviceInfo encode

    [Benchmark(Description = Roles.Library, OperationsPerInvoke = N), BenchmarkCategory("DeviceInfo.Encode")]
    public int DeviceInfoEncode_Library()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            DeviceInfoCodec.TryEncode(_infos[i], _infoOut[i], 0, out int n, out _);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.LibrarySpan, OperationsPerInvoke = N), BenchmarkCategory("DeviceInfo.Encode")]
    public int DeviceInfoEncode_LibrarySpan()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            DeviceInfoCodec.TryEncode(_infos[i], _infoOut[i].AsSpan(), out int n, out _);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("DeviceInfo.Encode")]
    public int DeviceInfoEncode_HandWritten()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            HandWritten.TryEncodeDeviceInfo(_infos[i], _infoOut[i], out int n);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.Naive, OperationsPerInvoke = N), BenchmarkCategory("DeviceInfo.Encode")]
    public int DeviceInfoEncode_Naive()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            byte[] encoded = Naive.EncodeDeviceInfo(_infos[i]);
            encoded.CopyTo(_infoOut[i], 0);
            total += encoded.Length;
        }

        return total;
    }

    // ---- DeviceInfo decode

    [Benchmark(Description = Roles.Library, OperationsPerInvoke = N), BenchmarkCategory("DeviceInfo.Decode")]
    public int DeviceInfoDecode_Library()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += DeviceInfoCodec.TryDecode(_infoIn[i], 0, _infoIn[i].Length, out _infoDecoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.LibrarySpan, OperationsPerInvoke = N), BenchmarkCategory("DeviceInfo.Decode")]
    public int DeviceInfoDecode_LibrarySpan()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += DeviceInfoCodec.TryDecode((ReadOnlySpan<byte>)_infoIn[i], out _infoDecoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("DeviceInfo.Decode")]
    public int DeviceInfoDecode_HandWritten()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += HandWritten.TryDecodeDeviceInfo(_infoIn[i], out _infoDecoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.Naive, OperationsPerInvoke = N), BenchmarkCategory("DeviceInfo.Decode")]
    public int DeviceInfoDecode_Naive()
    {
        for (int i = 0; i < N; i++)
        {
            _infoDecoded[i] = Naive.DecodeDeviceInfo(_infoIn[i]);
        }

        return N;
    }
}
