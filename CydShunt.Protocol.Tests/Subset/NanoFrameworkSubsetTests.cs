using System.IO;
using CydShunt.Eng.PortableSubset;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Subset;

/// <summary>
/// The protocol library's portable sources (everything but Net/) stay inside the nanoFramework subset, and the guard
/// that says so really finds violations.
/// </summary>
public class NanoFrameworkSubsetTests
{
    [Test]
    public void PortableProtocolSourcesUseOnlyTheNanoFrameworkSubset()
    {
        var violations = PortableSubsetGuard.CheckDirectory(Path.Combine(RepositoryPaths.Root, "CydShunt.Protocol"), "Net");
        Assert.That(violations, Is.Empty);
    }

    [TestCase("class C { System.Collections.Generic.List<int> x; }", "generic type")]
    [TestCase("class C { System.Action<string> write; }", "not even Action<>/Func<>")]
    [TestCase("class C { System.Func<int, int> twice; }", "not even Action<>/Func<>")]
    [TestCase("class C<T> { }", "generic declarations")]
    [TestCase("class C { void M<T>() { } }", "generic declarations")]
    [TestCase("class C { int? x; }", "nullable value types")]
    [TestCase("class C { (int, int) M() => (1, 2); }", "tuples")]
    [TestCase("record R(int X);", "records")]
    [TestCase("class C { string M(int x) => $\"{x}\"; }", "interpolation")]
    [TestCase("class C { async void M() { } }", "async")]
    [TestCase("readonly struct S { }", "readonly/ref structs")]
    [TestCase("class C { void M(in int x) { } }", "'in' parameters")]
    [TestCase("class C { int[,] grid; }", "multi-dimensional")]
    [TestCase("class C { int M(int[] a) => a[^1]; }", "System.Index")]
    [TestCase("namespace N;", "not C# 9")]
    [TestCase("class C { int[] a = [1, 2]; }", "not C# 9")]
    [TestCase("class C { System.Collections.IEnumerable M() { yield return 1; } }", "iterators")]
    [TestCase("interface I { int M() => 1; }", "default interface members")]
    public void GuardRejects(string source, string expected)
    {
        var violations = PortableSubsetGuard.CheckSource(source, "snippet.cs");
        Assert.That(violations, Has.Some.Contains(expected));
    }

    [Test]
    public void GuardAcceptsThePortableIdioms()
    {
        const string source = """
            using System;
            namespace N
            {
                public struct S { public int X { get; set; } }
                public static class C
                {
                    private static readonly byte[] s_table = new byte[] { 1, 2 };
                    public static bool TryRead(byte[] b, int o, out int v, out string? error)
                    {
                        Action log = () => { };
                        error = null;
                        v = b[o] | (b[o + 1] << 8);
                        switch (v) { case 0: return false; default: return v * 2 > 0; }
                    }
                }
            }
            """;
        Assert.That(PortableSubsetGuard.CheckSource(source, "ok.cs"), Is.Empty);
    }
}
