using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CydShunt.Benchmarks.Baselines;
using CydShunt.Protocol;

namespace CydShunt.Benchmarks;

/// <summary>
/// What the firmware does on every measurement: build the advertising data and the scan-response data (both
/// 31-byte buffers) from the latest snapshot and the device name, in either advertising format, by the first-fit
/// layout of spec/advertising.md. With the default name (15 bytes, advertised shortened to 11) and every BTHome object
/// present, the name and the glance frame land in the scan response in both formats (21 + 31 and 26 + 31 bytes).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AdvertisingBenchmarks
{
    private const string CydShuntFormat = "Advertising.Build CydShunt (adv + scan rsp)";
    private const string BTHomeFormat = "Advertising.Build BTHome (adv + scan rsp)";

    private readonly byte[] _advertising = new byte[AdvertisingBuilder.LegacyMaximumLength];
    private readonly byte[] _scanResponse = new byte[AdvertisingBuilder.LegacyMaximumLength];
    private readonly DeviceName _name = DeviceName.Create(Inputs.Name);
    private readonly string _nameText = Inputs.Name;
    private LiveSnapshot _snapshot = Inputs.Snapshot;

    // Baseline (a) keeps the name the way the library does: its UTF-8, cut once when the setting changes.
    private readonly byte[] _nameAdvertised = HandWrittenName.Advertised(Inputs.Name, out _);
    private readonly bool _nameShortened = HandWrittenName.IsShortened(Inputs.Name);

    [GlobalSetup]
    public void Setup() => SelfCheck.Advertising();

    private int Library(AdvertisingFormat format)
    {
        AdvertisingBuilder.TryBuild(format, Inputs.CompanyId, _snapshot, _name, _advertising, 0, out int a, _scanResponse, 0, out int s);
        return a + s;
    }

    private int LibrarySpan(AdvertisingFormat format)
    {
        AdvertisingBuilder.TryBuild(format, Inputs.CompanyId, _snapshot, _name, _advertising.AsSpan(), out int a, _scanResponse.AsSpan(), out int s);
        return a + s;
    }

    private int HandWrittenBuild(bool bthome)
    {
        HandWritten.TryBuild(bthome, Inputs.CompanyId, _snapshot, _nameAdvertised, _nameShortened, _advertising, out int a, _scanResponse, out int s);
        return a + s;
    }

    private int Naive(bool bthome)
    {
        (byte[] advertising, byte[] scanResponse) = Baselines.Naive.Build(bthome, Inputs.CompanyId, _snapshot, _nameText);
        advertising.CopyTo(_advertising, 0);
        scanResponse.CopyTo(_scanResponse, 0);
        return advertising.Length + scanResponse.Length;
    }

    [Benchmark(Description = Roles.Library), BenchmarkCategory(CydShuntFormat)]
    public int CydShunt_Library() => Library(AdvertisingFormat.CydShunt);

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(CydShuntFormat)]
    public int CydShunt_LibrarySpan() => LibrarySpan(AdvertisingFormat.CydShunt);

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(CydShuntFormat)]
    public int CydShunt_HandWritten() => HandWrittenBuild(bthome: false);

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(CydShuntFormat)]
    public int CydShunt_Naive() => Naive(bthome: false);

    [Benchmark(Description = Roles.Library), BenchmarkCategory(BTHomeFormat)]
    public int BTHome_Library() => Library(AdvertisingFormat.BTHome);

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(BTHomeFormat)]
    public int BTHome_LibrarySpan() => LibrarySpan(AdvertisingFormat.BTHome);

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(BTHomeFormat)]
    public int BTHome_HandWritten() => HandWrittenBuild(bthome: true);

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(BTHomeFormat)]
    public int BTHome_Naive() => Naive(bthome: true);
}

/// <summary>Baseline (a)'s one-time preparation of the device name: UTF-8, cut to 11 bytes on a character boundary.</summary>
internal static class HandWrittenName
{
    public static byte[] Advertised(string name, out bool shortened)
    {
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(name);
        shortened = utf8.Length > 11;
        if (!shortened)
        {
            return utf8;
        }

        int cut = 11;
        while (cut > 0 && (utf8[cut] & 0xC0) == 0x80)
        {
            cut--;
        }

        return utf8.AsSpan(0, cut).ToArray();
    }

    public static bool IsShortened(string name)
    {
        Advertised(name, out bool shortened);
        return shortened;
    }
}
