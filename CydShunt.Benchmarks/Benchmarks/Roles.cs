namespace CydShunt.Benchmarks;

/// <summary>
/// The four implementations measured for every hot path (one BenchmarkDotNet category each). The descriptions are
/// what the result table shows in its Method column; the custom columns find the baselines by them.
/// </summary>
internal static class Roles
{
    /// <summary>CydShunt.Protocol through its portable <c>byte[]</c> + offset API.</summary>
    public const string Library = "library byte[]";

    /// <summary>CydShunt.Protocol through its .NET Span overload.</summary>
    public const string LibrarySpan = "library Span";

    /// <summary>Baseline (a): minimal hand-written BinaryPrimitives code, the practical limit; the Ratio baseline.</summary>
    public const string HandWritten = "(a) BinaryPrimitives";

    /// <summary>Baseline (b): the naive client code (BitConverter, new arrays, LINQ).</summary>
    public const string Naive = "(b) naive";

    public static bool IsLibrary(string description) => description.StartsWith("library", System.StringComparison.Ordinal);
}
