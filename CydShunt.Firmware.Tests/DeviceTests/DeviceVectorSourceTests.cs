using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CydShunt.Firmware.Tests.Subset;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.DeviceTests;

/// <summary>
/// The on-device self-test runs spec/vectors from generated C# (CydShunt.DeviceTests/Vectors/Generated); this test
/// regenerates those sources and fails when the committed ones differ. With UPDATE_DEVICE_VECTORS=1 it writes them.
/// </summary>
public class DeviceVectorSourceTests
{
    [Test]
    public void DeviceVectorSourcesAreUpToDate()
    {
        string root = FirmwareSubsetTests.RepositoryRoot;
        IReadOnlyList<GeneratedSource> sources = DeviceVectorSourceGenerator.Generate(root);
        string folder = Path.Combine(root, DeviceVectorSourceGenerator.OutputFolder);
        HashSet<string> generated = new(sources.Select(s => Path.GetFileName(s.RelativePath)), StringComparer.Ordinal);
        string[] stale = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.cs").Select(f => Path.GetFileName(f)).Where(f => !generated.Contains(f)).Order(StringComparer.Ordinal).ToArray()
            : [];

        if (Environment.GetEnvironmentVariable("UPDATE_DEVICE_VECTORS") == "1")
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
                TestContext.Out.WriteLine("deleted " + DeviceVectorSourceGenerator.OutputFolder + "/" + file);
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
                problems.Add(source.RelativePath + " differs from what spec/vectors generates");
            }
        }

        problems.AddRange(stale.Select(f => DeviceVectorSourceGenerator.OutputFolder + "/" + f + " is not generated from any vector file"));
        Assert.That(
            problems,
            Is.Empty,
            "The device self-test's vector sources are out of date. Run: " + DeviceVectorSourceGenerator.UpdateCommand
            + " (then regenerate CydShunt.DeviceTests.projitems if files were added or deleted)");
    }

    [TestCase("plain", "\"plain\"")]
    [TestCase("quote \" backslash \\", "\"quote \\\" backslash \\\\\"")]
    [TestCase("Shunt\u0000\t\n\u001f\u007f", "\"Shunt\\u0000\\u0009\\u000A\\u001F\\u007F\"")]
    [TestCase("Ä电\U0001F50B", "\"\\u00C4\\u7535\\uD83D\\uDD0B\"")]
    public void StringLiteralsAreAsciiEscapes(string text, string literal)
    {
        Assert.That(DeviceVectorSourceGenerator.Literal(text), Is.EqualTo(literal));
    }
}
