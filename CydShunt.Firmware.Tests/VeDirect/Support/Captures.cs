using System.IO;
using CydShunt.Firmware.Tests.Subset;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.VeDirect.Support;

/// <summary>The real VE.Direct captures in shared/vedirect-captures beside the repository.</summary>
public static class Captures
{
    public static string Directory => Path.GetFullPath(Path.Combine(FirmwareSubsetTests.RepositoryRoot, "..", "shared", "vedirect-captures"));

    /// <summary>
    /// Reads a capture. The captures are not redistributable, so a user's clone has none: there the test is reported as
    /// not run, with the reason. CI (CI=true) provides them beside the clone and fails when one is missing.
    /// </summary>
    public static byte[] Read(string name)
    {
        string path = Path.Combine(Directory, name);
        if (!File.Exists(path))
        {
            string reason = "VE.Direct capture " + path + " is missing: the capture tests need shared/vedirect-captures beside the repository";
            if (System.Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(reason + " (required in CI).");
            }

            Assert.Ignore(reason + "; not run (a user's clone has no captures).");
        }

        return File.ReadAllBytes(path);
    }
}
