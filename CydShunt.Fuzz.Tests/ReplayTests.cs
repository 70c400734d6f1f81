using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CydShunt.Fuzz.Harness;
using NUnit.Framework;

namespace CydShunt.Fuzz.Tests;

/// <summary>
/// Every fuzz target on every input the repository keeps for it: the seeds (spec/vectors and built-in), the corpus a
/// campaign left in CydShunt.Fuzz/Corpus/TARGET and the regressions in CydShunt.Fuzz/Regressions/TARGET. One test
/// per target and kind of input, so that a failure names the file.
/// </summary>
public class ReplayTests
{
    private static IEnumerable<TestCaseData> Targets() => FuzzTargets.All.Select(t => new TestCaseData(t.Name).SetName($"{{m}}({t.Name})"));

    [TestCaseSource(nameof(Targets))]
    public void SeedsPassEveryInvariant(string name)
    {
        FuzzTarget target = FuzzTargets.Find(name);
        List<byte[]> seeds = FuzzTargets.Seeds(target);
        Assert.That(seeds, Is.Not.Empty, "every target has seeds");
        Assert.Multiple(() =>
        {
            foreach (byte[] seed in seeds)
            {
                Assert.That(() => target.Run(seed), Throws.Nothing, Convert.ToHexStringLower(seed));
            }
        });
    }

    [TestCaseSource(nameof(Targets))]
    public void CommittedCorpusPassesEveryInvariant(string name)
    {
        FuzzTarget target = FuzzTargets.Find(name);
        string[] files = FuzzTargets.FilesIn(FuzzTargets.CorpusFolder(target));
        Assert.That(files, Is.Not.Empty, $"a campaign's corpus is committed in {FuzzTargets.CorpusFolder(target)}");
        Replay(target, files);
    }

    // One test per input that once broke a target (none until a campaign finds one).
    private static IEnumerable<TestCaseData> Regressions() =>
        FuzzTargets.All.SelectMany(t => FuzzTargets.FilesIn(FuzzTargets.RegressionFolder(t))
            .Select(f => new TestCaseData(t.Name, f).SetName($"{{m}}({t.Name}/{Path.GetFileName(f)})")));

    [TestCaseSource(nameof(Regressions))]
    public void RegressionPassesEveryInvariant(string name, string file)
    {
        FuzzTarget target = FuzzTargets.Find(name);
        Assert.That(() => target.Run(File.ReadAllBytes(file)), Throws.Nothing);
    }

    [Test]
    public void EveryCorpusAndRegressionFolderBelongsToATarget()
    {
        foreach (string kind in new[] { "Corpus", "Regressions" })
        {
            string root = Path.Combine(RepositoryPaths.FuzzProject, kind);
            string[] folders = Directory.Exists(root) ? Directory.GetDirectories(root).Select(d => Path.GetFileName(d)!).ToArray() : [];
            Assert.That(folders, Is.SubsetOf(FuzzTargets.All.Select(t => t.Name)), $"{kind}/ holds a folder no target reads");
        }
    }

    private static void Replay(FuzzTarget target, string[] files)
    {
        Assert.Multiple(() =>
        {
            foreach (string file in files)
            {
                Assert.That(() => target.Run(File.ReadAllBytes(file)), Throws.Nothing, Path.GetFileName(file));
            }
        });
    }
}
