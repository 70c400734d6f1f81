using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CydShunt.Benchmarks.Baselines;
using CydShunt.Protocol;

namespace CydShunt.Benchmarks;

/// <summary>
/// The device side of the control point: decode a written request, encode the response indication. Each invocation
/// handles a batch of 16 different requests (every opcode) or responses; times are per request or response.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ControlPointBenchmarks
{
    private const int N = Batches.Size;

    private readonly byte[][] _requests = Batches.Requests();
    private readonly ControlPointRequest[] _decoded = new ControlPointRequest[N];
    private readonly ControlPointResponse[] _responses = Batches.Responses();
    private readonly byte[][] _responseOut = Batches.Buffers(ControlPointResponseCodec.Size);

    [GlobalSetup]
    public void Setup() => SelfCheck.ControlPoint();

    // ---- Request decode

    [Benchmark(Description = Roles.Library, OperationsPerInvoke = N), BenchmarkCategory("ControlPoint.RequestDecode")]
    public int RequestDecode_Library()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += ControlPointRequestCodec.TryDecode(_requests[i], 0, _requests[i].Length, out _decoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.LibrarySpan, OperationsPerInvoke = N), BenchmarkCategory("ControlPoint.RequestDecode")]
    public int RequestDecode_LibrarySpan()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += ControlPointRequestCodec.TryDecode((ReadOnlySpan<byte>)_requests[i], out _decoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("ControlPoint.RequestDecode")]
    public int RequestDecode_HandWritten()
    {
        int ok = 0;
        for (int i = 0; i < N; i++)
        {
            ok += HandWritten.TryDecodeRequest(_requests[i], out _decoded[i], out _) ? 1 : 0;
        }

        return ok;
    }

    [Benchmark(Description = Roles.Naive, OperationsPerInvoke = N), BenchmarkCategory("ControlPoint.RequestDecode")]
    public int RequestDecode_Naive()
    {
        for (int i = 0; i < N; i++)
        {
            _decoded[i] = Naive.DecodeRequest(_requests[i]);
        }

        return N;
    }

    // ---- Response encode

    [Benchmark(Description = Roles.Library, OperationsPerInvoke = N), BenchmarkCategory("ControlPoint.ResponseEncode")]
    public int ResponseEncode_Library()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            ControlPointResponseCodec.TryEncode(_responses[i], _responseOut[i], 0, out int n, out _);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.LibrarySpan, OperationsPerInvoke = N), BenchmarkCategory("ControlPoint.ResponseEncode")]
    public int ResponseEncode_LibrarySpan()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            ControlPointResponseCodec.TryEncode(_responses[i], _responseOut[i].AsSpan(), out int n, out _);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.HandWritten, Baseline = true, OperationsPerInvoke = N), BenchmarkCategory("ControlPoint.ResponseEncode")]
    public int ResponseEncode_HandWritten()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            HandWritten.TryEncodeResponse(_responses[i], _responseOut[i], out int n);
            total += n;
        }

        return total;
    }

    [Benchmark(Description = Roles.Naive, OperationsPerInvoke = N), BenchmarkCategory("ControlPoint.ResponseEncode")]
    public int ResponseEncode_Naive()
    {
        int total = 0;
        for (int i = 0; i < N; i++)
        {
            byte[] encoded = Naive.EncodeResponse(_responses[i]);
            encoded.CopyTo(_responseOut[i], 0);
            total += encoded.Length;
        }

        return total;
    }
}
