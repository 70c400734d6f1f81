using System.IO;
using System.Linq;
using System.Reflection;
using CydShunt.Eng.PortableSubset;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Subset;

/// <summary>The firmware's sources, ESP32 adapters included, stay inside the nanoFramework subset.</summary>
public class FirmwareSubsetTests
{
    internal static string RepositoryRoot { get; } =
        typeof(FirmwareSubsetTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    [Test]
    public void FirmwareSourcesUseOnlyTheNanoFrameworkSubset()
    {
        var violations = PortableSubsetGuard.CheckDirectory(Path.Combine(RepositoryRoot, "CydShunt.Firmware"));
        Assert.That(violations, Is.Empty);
    }
}
