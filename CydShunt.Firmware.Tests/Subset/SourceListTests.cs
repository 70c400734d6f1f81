using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Subset;

/// <summary>
/// nanoFramework projects do not glob: each source set lists its files once (a .projitems, or the application's .nfproj),
/// and that list must hold exactly the folder's sources, or a file added for .NET would be missing on the device.
/// </summary>
public class SourceListTests
{
    [TestCase("CydShunt.Firmware", "CydShunt.Firmware.projitems")]
    [TestCase("CydShunt.DeviceTests", "CydShunt.DeviceTests.projitems")]
    [TestCase("CydShunt.Firmware.Esp32", "CydShunt.Firmware.Esp32.nfproj")]
    [TestCase("CydShunt.Firmware.Host/Portable", "CydShunt.Firmware.Host.Portable.projitems")]
    public void TheListHoldsExactlyTheFolderSources(string folder, string list)
    {
        string root = Path.Combine(FirmwareSubsetTests.RepositoryRoot, folder);
        XDocument document = XDocument.Load(Path.Combine(root, list));
        string[] listed = document.Descendants().Where(e => e.Name.LocalName == "Compile")
            .Select(c => c.Attribute("Include")!.Value.Replace("$(MSBuildThisFileDirectory)", string.Empty, StringComparison.Ordinal).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal).ToArray();
        string[] sources = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => !f.Contains("/samples/", StringComparison.Ordinal)) // driver samples: compiled by the tests, not shipped
            .OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.That(listed, Is.EqualTo(sources));
    }

    [TestCase("CydShunt.Firmware/CydShunt.Firmware.nfproj", "CydShunt.Firmware.projitems")]
    [TestCase("CydShunt.Firmware/CydShunt.Firmware.csproj", "CydShunt.Firmware.projitems")]
    [TestCase("eng/nanoFramework/CydShunt.Firmware/CydShunt.Firmware.Mscorlib.csproj", "CydShunt.Firmware.projitems")]
    [TestCase("CydShunt.DeviceTests/CydShunt.DeviceTests.nfproj", "CydShunt.DeviceTests.projitems")]
    [TestCase("CydShunt.DeviceTests/CydShunt.DeviceTests.csproj", "CydShunt.DeviceTests.projitems")]
    [TestCase("eng/nanoFramework/CydShunt.DeviceTests/CydShunt.DeviceTests.Mscorlib.csproj", "CydShunt.DeviceTests.projitems")]
    [TestCase("CydShunt.DeviceTests/CydShunt.DeviceTests.nfproj", "CydShunt.Firmware.Host.Portable.projitems")]
    [TestCase("eng/nanoFramework/CydShunt.DeviceTests/CydShunt.DeviceTests.Mscorlib.csproj", "CydShunt.Firmware.Host.Portable.projitems")]
    public void EveryBuildImportsTheOneList(string project, string items)
    {
        XDocument document = XDocument.Load(Path.Combine(FirmwareSubsetTests.RepositoryRoot, project));
        Assert.That(document.Descendants().Where(e => e.Name.LocalName == "Import").Select(i => i.Attribute("Project")!.Value), Has.Some.EndsWith(items));
        Assert.That(document.Descendants().Where(e => e.Name.LocalName == "Compile" && e.Attribute("Include") != null), Is.Empty);
    }
}
