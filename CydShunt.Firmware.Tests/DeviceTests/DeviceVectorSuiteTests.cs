using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CydShunt.DeviceTests.SelfTest;
using CydShunt.DeviceTests.Vectors;
using CydShunt.Firmware.Tests.Subset;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.DeviceTests;

/// <summary>
/// Runs the on-device self-test's vector suite on .NET: every case of spec/vectors must pass, and the number of cases
/// must be the number the JSON files have (counted here, independently of the generated VectorCounts), plus one count
/// check per file.
/// </summary>
public class DeviceVectorSuiteTests
{
    [Test]
    public void EveryVectorCasePassesOnDotNet()
    {
        string vectors = Path.Combine(FirmwareSubsetTests.RepositoryRoot, "spec", "vectors");
        string[] files = Directory.GetFiles(vectors, "*.json");
        int cases = files.Sum(f =>
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(f));
            return document.RootElement.GetProperty("cases").GetArrayLength();
        });

        List<string> lines = [];
        TestLog log = new(lines.Add);
        VectorSuite.Run(log);

        Assert.Multiple(() =>
        {
            Assert.That(log.Failed, Is.Zero, string.Join("\n", lines));
            Assert.That(log.Passed, Is.EqualTo(cases + files.Length), "every vector case plus one count check per file");
            Assert.That(cases, Is.EqualTo(VectorCounts.Total), "cases in the JSON files = generated VectorCounts.Total");
            Assert.That(files, Has.Length.EqualTo(VectorCounts.Files), "JSON files = generated VectorCounts.Files");
        });
    }
}
