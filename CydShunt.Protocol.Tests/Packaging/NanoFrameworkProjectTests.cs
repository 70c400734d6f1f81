using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Packaging;

/// <summary>
/// The nanoFramework project files cannot be built on Linux, so their consistency is checked here: every build compiles
/// the one shared source list, which holds exactly the portable sources, and the CoreLibrary version agrees across
/// .nfproj, packages.config and .nuspec.
/// </summary>
public class NanoFrameworkProjectTests
{
    private static readonly string ProjectFolder = Path.Combine(RepositoryPaths.Root, "CydShunt.Protocol");
    private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

    [Test]
    public void SharedItemsListExactlyThePortableSources()
    {
        XDocument items = XDocument.Load(Path.Combine(ProjectFolder, "CydShunt.Protocol.projitems"));
        string[] listed = items.Descendants(MsBuild + "Compile")
            .Select(c => c.Attribute("Include")!.Value.Replace("$(MSBuildThisFileDirectory)", string.Empty, StringComparison.Ordinal).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal).ToArray();
        string[] portable = Directory.EnumerateFiles(ProjectFolder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ProjectFolder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("Net/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.That(listed, Is.EqualTo(portable));
    }

    [TestCase("CydShunt.Protocol.nfproj")]
    [TestCase("CydShunt.Protocol.csproj")]
    [TestCase("../eng/nanoFramework/CydShunt.Protocol/CydShunt.Protocol.Mscorlib.csproj")]
    public void EveryBuildCompilesTheSharedItems(string project)
    {
        // One source list: no build lists files of its own, each imports the .projitems.
        XDocument document = XDocument.Load(Path.Combine(ProjectFolder, project));
        Assert.That(document.Descendants().Where(e => e.Name.LocalName == "Import").Select(i => i.Attribute("Project")!.Value), Has.Some.EndsWith("CydShunt.Protocol.projitems"));
        Assert.That(document.Descendants().Where(e => e.Name.LocalName == "Compile" && e.Attribute("Include") != null).Select(c => c.Attribute("Include")!.Value), Is.All.StartsWith("Net/"));
    }

    [Test]
    public void CoreLibraryVersionAgreesAcrossProjectPackagesAndNuspec()
    {
        XDocument packages = XDocument.Load(Path.Combine(ProjectFolder, "packages.config"));
        string version = packages.Descendants("package").Single(p => p.Attribute("id")!.Value == "nanoFramework.CoreLibrary").Attribute("version")!.Value;
        Assert.That(version, Does.StartWith("1.17."), "the stable CoreLibrary 1.17 line");

        XDocument project = XDocument.Load(Path.Combine(ProjectFolder, "CydShunt.Protocol.nfproj"));
        XElement mscorlib = project.Descendants(MsBuild + "Reference").Single(r => r.Attribute("Include")!.Value.StartsWith("mscorlib,", StringComparison.Ordinal));
        Assert.That(mscorlib.Attribute("Include")!.Value, Does.Contain("Version=" + version + ".0"));
        Assert.That(mscorlib.Element(MsBuild + "HintPath")!.Value, Is.EqualTo(@"..\packages\nanoFramework.CoreLibrary." + version + @"\lib\mscorlib.dll"));

        XDocument nuspec = XDocument.Load(Path.Combine(ProjectFolder, "CydShunt.Protocol.nanoFramework.nuspec"));
        XNamespace ns = nuspec.Root!.Name.Namespace;
        Assert.That(nuspec.Descendants(ns + "id").Single().Value, Is.EqualTo("CydShunt.Protocol.nanoFramework"));
        XElement dependency = nuspec.Descendants(ns + "dependency").Single();
        Assert.That(dependency.Attribute("id")!.Value, Is.EqualTo("nanoFramework.CoreLibrary"));
        Assert.That(dependency.Attribute("version")!.Value, Is.EqualTo(version));
        string[] targets = nuspec.Descendants(ns + "file").Select(f => f.Attribute("target")!.Value).ToArray();
        Assert.That(targets, Is.SupersetOf(new[] { @"lib\CydShunt.Protocol.dll", @"lib\CydShunt.Protocol.pe", @"lib\CydShunt.Protocol.pdbx", @"lib\CydShunt.Protocol.xml" }));
    }
}
