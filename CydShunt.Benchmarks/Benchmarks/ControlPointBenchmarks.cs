using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CydShunt.Benchmarks.Baselines;
using CydShunt.Protocol;

namespace CydShunt.Benchmarks;

/// <summary>The device side of the control point: decode a written request, encode the response indication.</summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ControlPointBenchmarks
{
    private const string RequestDecode = "ControlPoint.RequestDecode";
    private const string ResponseEncode = "ControlPoint.ResponseEncode";

    private readonly byte[] _request = (byte[])Inputs.Request.Clone();
    private readonly byte[] _destination = new byte[8];
    private ControlPointResponse _response = Inputs.Response;

    [GlobalSetup]
    public void Setup() => SelfCheck.ControlPoint();

    [Benchmark(Description = Roles.Library), BenchmarkCategory(RequestDecode)]
    public ControlPointRequest RequestDecode_Library()
    {
        ControlPointRequestCodec.TryDecode(_request, 0, _request.Length, out ControlPointRequest value, out _);
        return value;
    }

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(RequestDecode)]
    public ControlPointRequest RequestDecode_LibrarySpan()
    {
        ControlPointRequestCodec.TryDecode((ReadOnlySpan<byte>)_request, out ControlPointRequest value, out _);
        return value;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(RequestDecode)]
    public ControlPointRequest RequestDecode_HandWritten()
    {
        HandWritten.TryDecodeRequest(_request, out ControlPointRequest value, out _);
        return value;
    }

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(RequestDecode)]
    public ControlPointRequest RequestDecode_Naive() => Naive.DecodeRequest(_request);

    [Benchmark(Description = Roles.Library), BenchmarkCategory(ResponseEncode)]
    public int ResponseEncode_Library()
    {
        ControlPointResponseCodec.TryEncode(_response, _destination, 0, out int n);
        return n;
    }

    [Benchmark(Description = Roles.LibrarySpan), BenchmarkCategory(ResponseEncode)]
    public int ResponseEncode_LibrarySpan()
    {
        ControlPointResponseCodec.TryEncode(_response, _destination.AsSpan(), out int n);
        return n;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true), BenchmarkCategory(ResponseEncode)]
    public int ResponseEncode_HandWritten()
    {
        HandWritten.TryEncodeResponse(_response, _destination, out int n);
        return n;
    }

    [Benchmark(Description = Roles.Naive), BenchmarkCategory(ResponseEncode)]
    public int ResponseEncode_Naive()
    {
        byte[] encoded = Naive.EncodeResponse(_response);
        encoded.CopyTo(_destination, 0);
        return encoded.Length;
    }
}
