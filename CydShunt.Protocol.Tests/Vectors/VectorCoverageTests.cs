using System.IO;
using System.Linq;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Vectors;

/// <summary>Every vector file in spec/vectors is run by a test here, and none is empty.</summary>
public class VectorCoverageTests
{
    private static readonly string[] Consumed =
    [
        "advertising.json", "alarms.json", "bthome.json", "control-point-request.json", "control-point-response.json",
        "device-info.json", "device-name.json", "glance-frame.json", "live-snapshot.json", "scalars.json", "scan-records.json",
    ];

    [Test]
    public void EveryVectorFileIsConsumed()
    {
        string[] files = Directory.GetFiles(RepositoryPaths.Vectors, "*.json").Select(Path.GetFileName).OrderBy(f => f).ToArray()!;
        Assert.That(files, Is.EquivalentTo(Consumed));
    }

    [TestCaseSource(nameof(Consumed))]
    public void FileHasCasesOfEveryExpectedKind(string file)
    {
        var cases = Support.Vectors.Load(file).ToList();
        Assert.That(cases, Is.Not.Empty);
        Assert.That(cases.Select(c => c.Name), Is.Unique);
        if (file != "advertising.json")
        {
            Assert.That(cases.Any(c => c.Kind == "invalid"), Is.True, "every decodable message needs malformed-input cases");
        }
    }
}
