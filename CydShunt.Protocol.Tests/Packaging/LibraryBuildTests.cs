using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Packaging;

/// <summary>The tests really run against the build they claim to cover (net8.0 here, netstandard2.0 in the NetStandard project).</summary>
public class LibraryBuildTests
{
    [Test]
    public void TestsRunAgainstTheExpectedLibraryBuild()
    {
        string? framework = typeof(LiveSnapshotCodec).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
        Assert.That(framework, Is.EqualTo(RepositoryPaths.ExpectedLibraryFramework));
    }

    [Test]
    public void LibraryIsDeterministicAndDocumented()
    {
        Assembly library = typeof(LiveSnapshotCodec).Assembly;
        Assert.That(library.GetName().Name, Is.EqualTo("CydShunt.Protocol"));
        Assert.That(System.IO.File.Exists(System.IO.Path.ChangeExtension(library.Location, ".xml")), Is.True, "XML documentation ships next to the assembly");
        Assert.That(library.GetExportedTypes().Select(t => t.Namespace).Distinct(), Is.EquivalentTo(new[] { "CydShunt.Protocol" }), "one public namespace");
    }
}
