using System.IO;
using System.Linq;
using System.Reflection;
using CydShunt.Eng.PortableSubset;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Subset;

/// <summary>The sources compiled for the device stay inside the nanoFramework subset.</summary>
public class FirmwareSubsetTests
{
    internal static string RepositoryRoot { get; } =
        typeof(FirmwareSubsetTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    // Everything compiled for the device besides the protocol (which CydShunt.Protocol.Tests checks): the firmware
    // logic, the self-test app and the host models it shares.
    [TestCase("CydShunt.Firmware")]
    [TestCase("CydShunt.DeviceTests")]
    [TestCase("CydShunt.Firmware.Host/Portable")]
    public void DeviceSourcesUseOnlyTheNanoFrameworkSubset(string folder)
    {
        var violations = PortableSubsetGuard.CheckDirectory(Path.Combine(RepositoryRoot, folder));
        Assert.That(violations, Is.Empty);
    }
}
