using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CydShunt.Fuzz.Targets.Firmware;
using CydShunt.Fuzz.Targets.Protocol;

namespace CydShunt.Fuzz.Harness;

/// <summary>Every fuzz target, and the inputs the repository keeps for each.</summary>
public static class FuzzTargets
{
    /// <summary>All targets, protocol first, in the order test.sh runs them.</summary>
    public static readonly FuzzTarget[] All =
    [
        new LiveSnapshotTarget(),
        new DeviceInfoTarget(),
        new AlarmStatusTarget(),
        new ScalarTarget(),
        new ControlPointRequestTarget(),
        new ControlPointResponseTarget(),
        new GlanceFrameTarget(),
        new BTHomeTarget(),
        new ScanRecordTarget(),
        new VeDirectStreamTarget(),
        new VeDirectHexTarget(),
        new ControlPointServiceTarget(),
        new BatterySettingsRecordTarget(),
        new ShuntSettingsRecordTarget(),
        new IntegrationSettingsRecordTarget(),
        new BatteryStateRecordTarget(),
        new BleSettingsRecordTarget(),
        new TouchCalibrationRecordTarget(),
        new DisplaySettingsRecordTarget(),
        new FlashBootTarget(),
    ];

    /// <summary>The target called <paramref name="name"/>.</summary>
    public static FuzzTarget Find(string name) =>
        All.FirstOrDefault(t => t.Name == name)
        ?? throw new ArgumentException($"No fuzz target \"{name}\"; the targets are: {string.Join(", ", All.Select(t => t.Name))}.", nameof(name));

    /// <summary>The committed corpus of a target: CydShunt.Fuzz/Corpus/&lt;name&gt;/ (inputs a campaign found interesting).</summary>
    public static string CorpusFolder(FuzzTarget target) => Path.Combine(RepositoryPaths.FuzzProject, "Corpus", target.Name);

    /// <summary>Inputs that once broke a target: CydShunt.Fuzz/Regressions/&lt;name&gt;/, replayed by every test run.</summary>
    public static string RegressionFolder(FuzzTarget target) => Path.Combine(RepositoryPaths.FuzzProject, "Regressions", target.Name);

    /// <summary>The seeds of a target: its vector cases and its own extra seeds.</summary>
    public static List<byte[]> Seeds(FuzzTarget target)
    {
        List<byte[]> seeds = VectorSeeds.For(target);
        seeds.AddRange(target.ExtraSeeds());
        return seeds;
    }

    /// <summary>The files of a folder, or none when it does not exist.</summary>
    public static string[] FilesIn(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToArray() : [];
}
