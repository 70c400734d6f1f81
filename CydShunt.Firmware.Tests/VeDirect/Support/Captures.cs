using System.IO;
using CydShunt.Firmware.Tests.Subset;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.VeDirect.Support;

/// <summary>The real VE.Direct captures in shared/vedirect-captures beside the repository.</summary>
public static class Captures
{
    public static string Directory => Path.GetFullPath(Path.Combine(FirmwareSubsetTests.RepositoryRoot, "..", "shared", "vedirect-captures"));

    /// <summary>Reads a capture; fails (never skips) when it is missing.</summary>
    public static byte[] Read(string name)
    {
        string path = Path.Combine(Directory, name);
        if (!File.Exists(path))
        {
            Assert.Fail("VE.Direct capture " + path + " is missing: the tests expect shared/vedirect-captures beside the repository.");
        }

        return File.ReadAllBytes(path);
    }
}
