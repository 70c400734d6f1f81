using System;
using System.Collections.Generic;
using System.IO;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Ui;
using NUnit.Framework;

namespace CydShunt.Simulator.Tests.Simulator;

/// <summary>The simulator writes PNGs of the CYD's screen at an interval and at the end, and takes scripted taps.</summary>
public sealed class ScreenSnapshotTests
{
    [Test]
    public void SnapshotsAtTheIntervalAndAtTheEndShowTheTappedPage()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cydshunt-snapshots-" + Guid.NewGuid().ToString("N"));
        try
        {
            (int code, IReadOnlyList<string> _, string stderr) = SimulatorProcess.Run(
                TimeSpan.FromSeconds(60), "--json", "-a", "max", "-d", "3m", "--json-interval", "1m",
                "--screen-snapshots", folder, "--screen-interval", "1m", "--tap", "120,218@90s");

            Assert.That(code, Is.Zero, stderr);
            string[] expected = ["screen-000100.png", "screen-000200.png", "screen-000300.png", "screen-final.png"];
            Assert.That(Directory.GetFiles(folder), Has.Length.EqualTo(expected.Length));
            foreach (string name in expected)
            {
                PngImage image = PngImage.Load(Path.Combine(folder, name));
                Assert.That((image.Width, image.Height), Is.EqualTo((320, 240)), name);
            }

            // The HISTORY tab's frame (x 82, y 201) is drawn in the accent colour once the tap at 90 s selected it.
            int accent = PngImage.ExpandRgb565(Theme.Accent);
            Assert.That(PngImage.Load(Path.Combine(folder, "screen-000100.png")).Rgb888At(82, 201), Is.Not.EqualTo(accent), "before the tap: HOME");
            Assert.That(PngImage.Load(Path.Combine(folder, "screen-000200.png")).Rgb888At(82, 201), Is.EqualTo(accent), "after the tap: HISTORY");
            Assert.That(stderr, Does.Contain("screen: boot 153624 B"));
            Assert.That(stderr, Does.Contain("4 snapshot(s)"));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
