using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CydShunt.Benchmarks.Baselines;
using CydShunt.Protocol;

namespace CydShunt.Benchmarks;

/// <summary>
/// Every single-number characteristic value (voltage, current, power, consumed charge, energy charged and discharged,
/// state of charge, temperature, time to go, SIG battery level): each invocation encodes or decodes all ten; times are per value.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ScalarBenchmarks
{
    private const string Encode = "Scalars.Encode (per value, all 10 kinds)";
    private const string Decode = "Scalars.Decode (per value, all 10 kinds)";

    private readonly int[] _values = (int[])Inputs.Scalars.Clone();
    private readonly byte[][] _destinations = NewDestinations();
    private byte[][] _encoded = [];

    [GlobalSetup]
    public void Setup()
    {
        _encoded = SelfCheck.EncodeScalarsWithLibrary(_values);
        SelfCheck.Scalars();
    }

    // One buffer per characteristic value, as a GATT server keeps them.
    private static byte[][] NewDestinations()
    {
        byte[][] destinations = new byte[10][];
        for (int i = 0; i < destinations.Length; i++)
        {
            destinations[i] = new byte[4];
        }

        return destinations;
    }

    [Benchmark(Description = Roles.Library, OperationsPerInvoke = 10), BenchmarkCategory(Encode)]
    public int Encode_Library()
    {
        int[] v = _values;
        byte[][] d = _destinations;
        int total = 0;
        int n;
        CydShuntGatt.Voltage.Format!.TryEncode(v[0], d[0], 0, out n, out _); total += n;
        CydShuntGatt.Current.Format!.TryEncode(v[1], d[1], 0, out n, out _); total += n;
        CydShuntGatt.Power.Format!.TryEncode(v[2], d[2], 0, out n, out _); total += n;
        CydShuntGatt.ConsumedCharge.Format!.TryEncode(v[3], d[3], 0, out n, out _); total += n;
        CydShuntGatt.EnergyCharged.Format!.TryEncode(v[4], d[4], 0, out n, out _); total += n;
        CydShuntGatt.EnergyDischarged.Format!.TryEncode(v[5], d[5], 0, out n, out _); total += n;
        CydShuntGatt.StateOfCharge.Format!.TryEncode(v[6], d[6], 0, out n, out _); total += n;
        CydShuntGatt.Temperature.Format!.TryEncode(v[7], d[7], 0, out n, out _); total += n;
        CydShuntGatt.TimeToGo.Format!.TryEncode(v[8], d[8], 0, out n, out _); total += n;
        CydShuntGatt.BatteryLevel.Format!.TryEncode(v[9], d[9], 0, out n, out _); total += n;
        return total;
    }

    [Benchmark(Description = Roles.LibrarySpan, OperationsPerInvoke = 10), BenchmarkCategory(Encode)]
    public int Encode_LibrarySpan()
    {
        int[] v = _values;
        byte[][] d = _destinations;
        int total = 0;
        int n;
        CydShuntGatt.Voltage.Format!.TryEncode(v[0], d[0].AsSpan(), out n, out _); total += n;
        CydShuntGatt.Current.Format!.TryEncode(v[1], d[1].AsSpan(), out n, out _); total += n;
        CydShuntGatt.Power.Format!.TryEncode(v[2], d[2].AsSpan(), out n, out _); total += n;
        CydShuntGatt.ConsumedCharge.Format!.TryEncode(v[3], d[3].AsSpan(), out n, out _); total += n;
        CydShuntGatt.EnergyCharged.Format!.TryEncode(v[4], d[4].AsSpan(), out n, out _); total += n;
        CydShuntGatt.EnergyDischarged.Format!.TryEncode(v[5], d[5].AsSpan(), out n, out _); total += n;
        CydShuntGatt.StateOfCharge.Format!.TryEncode(v[6], d[6].AsSpan(), out n, out _); total += n;
        CydShuntGatt.Temperature.Format!.TryEncode(v[7], d[7].AsSpan(), out n, out _); total += n;
        CydShuntGatt.TimeToGo.Format!.TryEncode(v[8], d[8].AsSpan(), out n, out _); total += n;
        CydShuntGatt.BatteryLevel.Format!.TryEncode(v[9], d[9].AsSpan(), out n, out _); total += n;
        return total;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true, OperationsPerInvoke = 10), BenchmarkCategory(Encode)]
    public int Encode_HandWritten() => HandWrittenScalars.EncodeAll(_values, _destinations);

    [Benchmark(Description = Roles.Naive, OperationsPerInvoke = 10), BenchmarkCategory(Encode)]
    public int Encode_Naive()
    {
        int[] v = _values;
        byte[][] encoded =
        [
            Naive.EncodeUInt32(v[0]), Naive.EncodeInt32(v[1]), Naive.EncodeInt32(v[2]), Naive.EncodeInt32(v[3]),
            Naive.EncodeUInt32(v[4]), Naive.EncodeUInt32(v[5]), Naive.EncodeUInt16(v[6], 10000), Naive.EncodeInt16(v[7]),
            Naive.EncodeUInt16(v[8], 0xFFFE), Naive.EncodeBatteryLevel(v[9]),
        ];
        int total = 0;
        for (int i = 0; i < encoded.Length; i++)
        {
            encoded[i].CopyTo(_destinations[i], 0);
            total += encoded[i].Length;
        }

        return total;
    }

    [Benchmark(Description = Roles.Library, OperationsPerInvoke = 10), BenchmarkCategory(Decode)]
    public int Decode_Library()
    {
        byte[][] s = _encoded;
        int sum = 0;
        int v;
        CydShuntGatt.Voltage.Format!.TryDecode(s[0], 0, s[0].Length, out v, out _); sum += v;
        CydShuntGatt.Current.Format!.TryDecode(s[1], 0, s[1].Length, out v, out _); sum += v;
        CydShuntGatt.Power.Format!.TryDecode(s[2], 0, s[2].Length, out v, out _); sum += v;
        CydShuntGatt.ConsumedCharge.Format!.TryDecode(s[3], 0, s[3].Length, out v, out _); sum += v;
        CydShuntGatt.EnergyCharged.Format!.TryDecode(s[4], 0, s[4].Length, out v, out _); sum += v;
        CydShuntGatt.EnergyDischarged.Format!.TryDecode(s[5], 0, s[5].Length, out v, out _); sum += v;
        CydShuntGatt.StateOfCharge.Format!.TryDecode(s[6], 0, s[6].Length, out v, out _); sum += v;
        CydShuntGatt.Temperature.Format!.TryDecode(s[7], 0, s[7].Length, out v, out _); sum += v;
        CydShuntGatt.TimeToGo.Format!.TryDecode(s[8], 0, s[8].Length, out v, out _); sum += v;
        CydShuntGatt.BatteryLevel.Format!.TryDecode(s[9], 0, s[9].Length, out v, out _); sum += v;
        return sum;
    }

    [Benchmark(Description = Roles.LibrarySpan, OperationsPerInvoke = 10), BenchmarkCategory(Decode)]
    public int Decode_LibrarySpan()
    {
        byte[][] s = _encoded;
        int sum = 0;
        int v;
        CydShuntGatt.Voltage.Format!.TryDecode((ReadOnlySpan<byte>)s[0], out v, out _); sum += v;
        CydShuntGatt.Current.Format!.TryDecode((ReadOnlySpan<byte>)s[1], out v, out _); sum += v;
        CydShuntGatt.Power.Format!.TryDecode((ReadOnlySpan<byte>)s[2], out v, out _); sum += v;
        CydShuntGatt.ConsumedCharge.Format!.TryDecode((ReadOnlySpan<byte>)s[3], out v, out _); sum += v;
        CydShuntGatt.EnergyCharged.Format!.TryDecode((ReadOnlySpan<byte>)s[4], out v, out _); sum += v;
        CydShuntGatt.EnergyDischarged.Format!.TryDecode((ReadOnlySpan<byte>)s[5], out v, out _); sum += v;
        CydShuntGatt.StateOfCharge.Format!.TryDecode((ReadOnlySpan<byte>)s[6], out v, out _); sum += v;
        CydShuntGatt.Temperature.Format!.TryDecode((ReadOnlySpan<byte>)s[7], out v, out _); sum += v;
        CydShuntGatt.TimeToGo.Format!.TryDecode((ReadOnlySpan<byte>)s[8], out v, out _); sum += v;
        CydShuntGatt.BatteryLevel.Format!.TryDecode((ReadOnlySpan<byte>)s[9], out v, out _); sum += v;
        return sum;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true, OperationsPerInvoke = 10), BenchmarkCategory(Decode)]
    public int Decode_HandWritten() => HandWrittenScalars.DecodeAll(_encoded);

    [Benchmark(Description = Roles.Naive, OperationsPerInvoke = 10), BenchmarkCategory(Decode)]
    public int Decode_Naive()
    {
        byte[][] s = _encoded;
        return Naive.DecodeUInt32(s[0]) + Naive.DecodeInt32(s[1]) + Naive.DecodeInt32(s[2]) + Naive.DecodeInt32(s[3])
            + Naive.DecodeUInt32(s[4]) + Naive.DecodeUInt32(s[5]) + Naive.DecodeUInt16(s[6], 10000) + Naive.DecodeInt16(s[7])
            + Naive.DecodeUInt16(s[8], 0xFFFE) + Naive.DecodeBatteryLevel(s[9]);
    }
}

/// <summary>Baseline (a) for the ten scalar values, written out per characteristic.</summary>
internal static class HandWrittenScalars
{
    public static int EncodeAll(int[] v, byte[][] d)
    {
        int total = 0;
        int n;
        HandWritten.TryEncodeUInt32(v[0], d[0], out n); total += n;
        HandWritten.TryEncodeInt32(v[1], d[1], out n); total += n;
        HandWritten.TryEncodeInt32(v[2], d[2], out n); total += n;
        HandWritten.TryEncodeInt32(v[3], d[3], out n); total += n;
        HandWritten.TryEncodeUInt32(v[4], d[4], out n); total += n;
        HandWritten.TryEncodeUInt32(v[5], d[5], out n); total += n;
        HandWritten.TryEncodeUInt16(v[6], 10000, d[6], out n); total += n;
        HandWritten.TryEncodeInt16(v[7], d[7], out n); total += n;
        HandWritten.TryEncodeUInt16(v[8], 0xFFFE, d[8], out n); total += n;
        HandWritten.TryEncodeBatteryLevel(v[9], d[9], out n); total += n;
        return total;
    }

    public static int DecodeAll(byte[][] s)
    {
        int sum = 0;
        int v;
        HandWritten.TryDecodeUInt32(s[0], out v, out _); sum += v;
        HandWritten.TryDecodeInt32(s[1], out v, out _); sum += v;
        HandWritten.TryDecodeInt32(s[2], out v, out _); sum += v;
        HandWritten.TryDecodeInt32(s[3], out v, out _); sum += v;
        HandWritten.TryDecodeUInt32(s[4], out v, out _); sum += v;
        HandWritten.TryDecodeUInt32(s[5], out v, out _); sum += v;
        HandWritten.TryDecodeUInt16(s[6], 10000, out v, out _); sum += v;
        HandWritten.TryDecodeInt16(s[7], out v, out _); sum += v;
        HandWritten.TryDecodeUInt16(s[8], 0xFFFE, out v, out _); sum += v;
        HandWritten.TryDecodeBatteryLevel(s[9], out v, out _); sum += v;
        return sum;
    }
}
