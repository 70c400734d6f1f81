using System;
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
        console.Write(new Dashboard(settings, "tcp:127.0.0.1:7700").Build(rig));
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

        // One notation for a missing value (issue 13), the CYD screen's: the glance carries no power, the truth no time to go.
        Assert.That(screen, Does.Not.Contain("n/a").And.Not.Contain("–"));
        Assert.That(screen.Split('\n').Single(line => line.Contains("Time to go")), Does.Contain("---"));
        Assert.That(screen.Split('\n').Single(line => line.Contains("Power")), Does.Contain("---"));
    }
}
