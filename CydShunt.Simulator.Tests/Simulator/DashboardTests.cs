using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CydShunt.Firmware.Host.Simulation;
using NUnit.Framework;
using Spectre.Console;

namespace CydShunt.Simulator.Tests.Simulator;

/// <summary>The dashboard renders what the firmware, the BLE client and the VE.Direct parser saw.</summary>
public sealed class DashboardTests
{
    [Test]
    public void TheDashboardShowsTruthDecodedValuesBytesAndVeDirectBlocks()
    {
        var settings = new SimulatorSettings { Battery = BatteryPreset.LiFePO4_24V_200Ah, Acceleration = 60 };
        using var rig = new SimulationRig(settings, null);
        rig.Boot();
        for (int i = 0; i < 700; i++)
        {
            rig.Step(); // 70 s: a connection, notifications, then a scanning gap with advertisements
        }

        var text = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = 200;
        console.Profile.Height = 60;
        console.Write(new Dashboard(settings, "tcp:127.0.0.1:7700").Build(rig, 200, 60));
        string screen = text.ToString();

        Assert.That(rig.Client.NotificationCount, Is.GreaterThan(40));
        Assert.That(rig.Client.ScanCount, Is.GreaterThan(0));
        Assert.That(screen, Does.Contain("24 V 200 Ah LiFePO4"));
        Assert.That(screen, Does.Contain("Truth (simulation)").And.Contains("BLE notification").And.Contains("BLE advertisement"));
        Assert.That(screen, Does.Contain(Convert.ToHexString(rig.Client.LastNotification)));
        Assert.That(screen, Does.Contain(Convert.ToHexString(rig.Client.AdvertisingData)));
        Assert.That(screen, Does.Contain("V=" + rig.VeDirect.MainBlock.First(f => f.Key == "V").Value), "the last main block");
        Assert.That(screen, Does.Contain("tcp:127.0.0.1:7700"));
        Assert.That(screen, Does.Contain("(0 checksum/format errors)"));

        // One notation for a missing value, the CYD screen's: the glance carries no power, the truth no time to go.
        Assert.That(screen, Does.Not.Contain("n/a").And.Not.Contain("–"));
        Assert.That(screen.Split('\n').Single(line => line.Contains("Time to go")), Does.Contain("---"));
        Assert.That(screen.Split('\n').Single(line => line.Contains("Power")), Does.Contain("---"));
    }

    /// <summary>
    /// The common terminal default (80×24) and a roomy one: every line within the width, every line within the height
    /// (a live display crops what is taller with "…"), no cell cut to "…", and the values a user watches all there.
    /// </summary>
    [TestCase(80, 24)]
    [TestCase(100, 30)]
    [TestCase(120, 40)]
    public void TheDashboardFitsTheTerminal(int width, int height)
    {
        var settings = new SimulatorSettings { Battery = BatteryPreset.LiFePO4_12V_200Ah, Acceleration = 60, StartTimeOfDay = new TimeSpan(12, 0, 0) };
        using var rig = new SimulationRig(settings, null);
        rig.Boot();
        for (int i = 0; i < 1200; i++)
        {
            rig.Step(); // 120 s: notifications, a scanning gap with advertisements, VE.Direct main and history blocks
        }

        var text = new StringWriter();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = width;
        console.Profile.Height = height;
        console.Write(new Dashboard(settings, "tcp:127.0.0.1:7700").Build(rig, width, height));
        string[] lines = text.ToString().TrimEnd('\n').Split('\n');
        string screen = string.Join('\n', lines);

        Assert.That(lines.Max(l => l.Length), Is.LessThanOrEqualTo(width), screen);
        Assert.That(lines, Has.Length.LessThan(height), "one line is left for the cursor:\n" + screen);
        Assert.That(screen, Does.Not.Contain("…").And.Not.Contain("..."), screen);

        // The values, formatted here from the rig's own state (truth, monitor, client, VE.Direct tap).
        var truth = rig.Truth;
        var monitor = rig.Firmware.Monitor;
        string Volts(double millivolts) => (millivolts / 1000).ToString("0.000", CultureInfo.InvariantCulture) + " V";
        string Amps(double milliamps) => (milliamps / 1000).ToString("0.000", CultureInfo.InvariantCulture) + " A";
        string Percent(double centipercent) => (centipercent / 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
        Assert.That(screen, Does.Contain(Volts(truth.VoltageMillivolts)).And.Contains(Volts(monitor.VoltageMillivolts)).And.Contains(Volts(rig.Client.Snapshot.VoltageMillivolts)), "voltage");
        Assert.That(screen, Does.Contain(Amps(truth.CurrentMilliamps)).And.Contains(Amps(monitor.CurrentMilliamps)).And.Contains(Amps(rig.Client.Snapshot.CurrentMilliamps)), "current");
        Assert.That(screen, Does.Contain(Percent(truth.StateOfChargeCentipercent)).And.Contains(Percent(monitor.StateOfChargeCentipercent)), "state of charge");
        Assert.That(screen, Does.Contain("Power").And.Contains("Consumed").And.Contains("Time to go"));
        Assert.That(screen, Does.Contain(rig.World.Charger.Stage.ToString().ToLowerInvariant()), "charger stage");
        Assert.That(screen, Does.Contain(rig.World.SolarAvailableWatts.ToString("0", CultureInfo.InvariantCulture) + " W"), "solar");
        Assert.That(screen, Does.Contain(Convert.ToHexString(rig.Client.LastNotification)), "notification bytes");
        Assert.That(screen, Does.Contain(Convert.ToHexString(rig.Client.AdvertisingData)), "advertising bytes");
        Assert.That(screen, Does.Contain("V=" + rig.VeDirect.MainBlock.First(f => f.Key == "V").Value), "VE.Direct main block");
        Assert.That(screen, Does.Contain("tcp:127.0.0.1:7700"));
        Assert.That(screen, Does.Contain("seed 1"));
    }
}
