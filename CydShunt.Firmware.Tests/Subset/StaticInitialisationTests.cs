using System.Collections.Generic;
using System.IO;
using System.Linq;
using CydShunt.Eng.PortableSubset;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Subset;

/// <summary>
/// nanoCLR runs every static constructor eagerly at start-up in metadata order, so no static initialisation in the
/// code the device runs may read another of our types' statics (docs/nanoframework-notes.md, "Static initialisation").
/// </summary>
public class StaticInitialisationTests
{
    [Test]
    public void NoStaticInitialisationReadsAnotherTypesStatics()
    {
        var violations = StaticInitialisationGuard.CheckFiles(PortableSources(), FirmwareSubsetTests.RepositoryRoot);
        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void GuardFindsAReadThroughACallIntoAnotherType()
    {
        // The shape of the bug nanoCLR showed: an initialiser calls a method of another type that reads its table.
        var violations = StaticInitialisationGuard.CheckSources("""
            namespace N
            {
                public static class Uuids
                {
                    private static readonly byte[] s_base = new byte[] { 1, 2 };
                    public static void Write(byte[] d) { d[0] = s_base[0]; }
                }
                public static class Builder
                {
                    private static readonly byte[] s_structure = Build();
                    private static byte[] Build() { byte[] b = new byte[2]; Uuids.Write(b); return b; }
                }
            }
            """);
        Assert.That(violations, Has.Exactly(1).Contains("N.Builder's static initialisation reads N.Uuids.s_base").And.Contains("Builder.Build → Uuids.Write"));
    }

    [TestCase("public static readonly int[] A = new int[] { Other.Table[0] };", "reads N.Other.Table")]
    [TestCase("static C() { s_x = Other.Table.Length; } private static readonly int s_x;", "reads N.Other.Table")]
    [TestCase("public static readonly Holder H = new Holder();", "reads N.Other.Table")]
    [TestCase("public static readonly int P = new Holder().Value;", "reads N.Other.Table")]
    [TestCase("public static readonly int V = Base.Make().Virtual();", "reads N.Other.Table")]
    [TestCase("public static int Prop { get; } = Other.Count;", "reads N.Other.Table")]
    public void GuardFollowsFieldsConstructorsPropertiesAndOverrides(string member, string expected)
    {
        var violations = StaticInitialisationGuard.CheckSources("""
            namespace N
            {
                public static class Other
                {
                    public static readonly int[] Table = new int[] { 7 };
                    public static int Count { get { return Table.Length; } }
                }
                public sealed class Holder
                {
                    private readonly int _v = Other.Table[0];
                    public int Value { get { return _v; } }
                }
                public abstract class Base
                {
                    public static Base Make() { return new Derived(); }
                    public abstract int Virtual();
                }
                public sealed class Derived : Base
                {
                    public override int Virtual() { return Other.Table[0]; }
                }
                public static class C
                {
            """ + member + """
                }
            }
            """);
        Assert.That(violations, Has.Some.StartsWith("N.C's static initialisation").And.Contains(expected));
    }

    [Test]
    public void GuardAcceptsOwnStaticsConstantsDelegatesAndLambdas()
    {
        var violations = StaticInitialisationGuard.CheckSources("""
            namespace N
            {
                public delegate int Handler(int x);
                public static class Other
                {
                    public const int Size = 4;
                    public static readonly int[] Table = new int[] { 7 };
                    public static int Read(int x) { return Table[x]; }
                }
                public enum E { A = Other.Size }
                public static class C
                {
                    private static readonly int[] s_own = new int[Other.Size];
                    private static readonly int s_length = s_own.Length + (int)E.A;
                    private static readonly Handler s_later = Other.Read;
                    private static readonly Handler s_lambda = x => Other.Table[x];
                    private static readonly byte[] s_built = Build();
                    private static byte[] Build() { return new byte[s_length]; }
                }
            }
            """);
        Assert.That(violations, Is.Empty);
    }

    // Every file compiled for the device that builds here: protocol (without the .NET-only Net/), firmware logic, the
    // self-test app and the host models it shares. (The ESP32 application needs nanoFramework's device libraries.)
    private static IEnumerable<string> PortableSources()
    {
        string root = FirmwareSubsetTests.RepositoryRoot;
        return SourcesUnder(Path.Combine(root, "CydShunt.Protocol"), "Net")
            .Concat(SourcesUnder(Path.Combine(root, "CydShunt.Firmware"), "-"))
            .Concat(SourcesUnder(Path.Combine(root, "CydShunt.DeviceTests"), "-"))
            .Concat(SourcesUnder(Path.Combine(root, "CydShunt.Firmware.Host", "Portable"), "-"));
    }

    private static IEnumerable<string> SourcesUnder(string folder, string excluded)
    {
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f =>
            {
                string relative = Path.GetRelativePath(folder, f).Replace('\\', '/');
                return !relative.StartsWith("bin/", System.StringComparison.Ordinal)
                    && !relative.StartsWith("obj/", System.StringComparison.Ordinal)
                    && !relative.StartsWith(excluded + "/", System.StringComparison.Ordinal);
            });
    }
}
