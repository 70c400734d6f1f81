using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CydShunt.Firmware.Tests.DeviceTests;
using CydShunt.Firmware.Tests.Subset;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Support;

/// <summary>
/// Checks that checked-in generated sources equal what their generator produces now, or rewrites them (and deletes
/// files no longer generated) when the update variable is 1. Shared by the device vectors and the fonts.
/// </summary>
internal static class GeneratedSourceCheck
{
    /// <param name="sources">What the generator produces, paths relative to the repository root.</param>
    /// <param name="outputFolder">The folder of generated files, relative to the root.</param>
    /// <param name="updateVariable">The environment variable that turns the check into an update.</param>
    /// <param name="generatedFrom">What the files are generated from, for messages.</param>
    /// <param name="failure">The assertion message's start, e.g. "The font sources are out of date. Run: ...".</param>
    public static void AssertUpToDate(IReadOnlyList<GeneratedSource> sources, string outputFolder, string updateVariable, string generatedFrom, string failure)
    {
        string root = FirmwareSubsetTests.RepositoryRoot;
        string folder = Path.Combine(root, outputFolder);
        HashSet<string> generated = new(sources.Select(s => Path.GetFileName(s.RelativePath)), StringComparer.Ordinal);
        string[] stale = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cs").Select(f => Path.GetFileName(f)).Where(f => !generated.Contains(f)).Order(StringComparer.Ordinal).ToArray()
            : [];

        if (Environment.GetEnvironmentVariable(updateVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            foreach (GeneratedSource source in sources)
            {
                string path = Path.Combine(root, source.RelativePath);
                if (!File.Exists(path) || File.ReadAllText(path) != source.Content)
                {
                    File.WriteAllText(path, source.Content);
                    TestContext.Out.WriteLine("wrote " + source.RelativePath);
                }
            }

            foreach (string file in stale)
            {
                File.Delete(Path.Combine(folder, file));
                TestContext.Out.WriteLine("deleted " + outputFolder + "/" + file);
            }

            return;
        }

        List<string> problems = [];
        foreach (GeneratedSource source in sources)
        {
            string path = Path.Combine(root, source.RelativePath);
            if (!File.Exists(path))
            {
                problems.Add(source.RelativePath + " is missing");
            }
            else if (File.ReadAllText(path) != source.Content)
            {
                problems.Add(source.RelativePath + " differs from what " + generatedFrom + " generates");
            }
        }

        problems.AddRange(stale.Select(f => outputFolder + "/" + f + " is not generated from " + generatedFrom));
        Assert.That(problems, Is.Empty, failure);
    }
}
