using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CydShunt.Benchmarks.Baselines;
using CydShunt.Protocol;

namespace CydShunt.Benchmarks;

/// <summary>
/// What a client does for every advertisement a scanner reports: parse the raw 62-byte scan record (advertising +
/// scan-response data). Three records: one holding our glance frame, one holding a BTHome frame (BTHome format, whose
/// scan response also carries the glance frame), and someone else's beacon with only unrelated AD structures.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ScanRecordBenchmarks
{
    private const string Glance = "ScanRecord.Parse glance record";
    private const string BTHome = "ScanRecord.Parse BTHome record";
    private const string Unrelated = "ScanRecord.Parse unrelated record";

    private readonly byte[] _glance = (byte[])Inputs.GlanceRecord.Clone();
    private readonly byte[] _bthome = (byte[])Inputs.BTHomeRecord.Clone();
    private readonly byte[] _unrelated = (byte[])Inputs.UnrelatedRecord.Clone();

    [GlobalSetup]
    public void Setup() => SelfCheck.ScanRecords();

    private static ScanRecord Library(byte[] record)
    {
        ScanRecordParser.TryParse(record, 0, record.Length, out ScanRecord result, out _);
        return result;
    }

    private static ScanRecord LibrarySpan(byte[] record)
    {
        ScanRecordParser.TryParse((ReadOnlySpan<byte>)record, out ScanRecord result, out _);
        return result;
    }

    private static ScanRecord HandWrittenParse(byte[] record)
    {
        HandWritten.TryParseScanRecord(record, out ScanRecord result, out _);
        return result;
    }

    private static ScanRecord NaiveParse(byte[] record)
    {
        Naive.TryParseScanRecord(record, out ScanRecord result);
        return result;
    }

    [Benchmark(Description = Roles.Library), BenchmarkCategory(Glance)]
    public ScanRecord Glance_Library() => Library(_glance);

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(Glance)]
    public ScanRecord Glance_LibrarySpan() => LibrarySpan(_glance);

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(Glance)]
    public ScanRecord Glance_HandWritten() => HandWrittenParse(_glance);

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(Glance)]
    public ScanRecord Glance_Naive() => NaiveParse(_glance);

    [Benchmark(Description = Roles.Library), BenchmarkCategory(BTHome)]
    public ScanRecord BTHome_Library() => Library(_bthome);

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(BTHome)]
    public ScanRecord BTHome_LibrarySpan() => LibrarySpan(_bthome);

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(BTHome)]
    public ScanRecord BTHome_HandWritten() => HandWrittenParse(_bthome);

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(BTHome)]
    public ScanRecord BTHome_Naive() => NaiveParse(_bthome);

    [Benchmark(Description = Roles.Library), BenchmarkCategory(Unrelated)]
    public ScanRecord Unrelated_Library() => Library(_unrelated);

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(Unrelated)]
    public ScanRecord Unrelated_LibrarySpan() => LibrarySpan(_unrelated);

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(Unrelated)]
    public ScanRecord Unrelated_HandWritten() => HandWrittenParse(_unrelated);

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(Unrelated)]
    public ScanRecord Unrelated_Naive() => NaiveParse(_unrelated);
}
