using CydShunt.Protocol;
using System;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>The BLE control-point actions and settings changes.</summary>
public class BatteryMonitorControlTests
{
    [Test]
    public void ResetEnergyCountersZeroesBoth()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(1000));
        rig.Sample(12000, -10000);
        rig.Run(3_600_000, 12000, -10000);
        rig.Run(3_600_000, 13000, 10000);
        Assert.That(rig.Monitor.EnergyDischargedWattHours, Is.EqualTo(120));
        Assert.That(rig.Monitor.EnergyChargedWattHours, Is.EqualTo(130));
        rig.Monitor.ResetEnergyCounters();
        Assert.That(rig.Monitor.EnergyDischargedWattHours, Is.Zero);
        Assert.That(rig.Monitor.EnergyChargedWattHours, Is.Zero);
        BatteryState s = rig.State();
        Assert.That(s.EnergyChargedRemainder + s.EnergyChargedFineRemainder + s.EnergyDischargedRemainder + s.EnergyDischargedFineRemainder, Is.Zero);
    }

    [Test]
    public void SynchroniseSocSetsFullAndConsumedZero()
    {
        var settings = MonitorRig.PlainSettings(100);
        settings.BatteryStartsSynchronised = false;
        var rig = new MonitorRig(settings);
        rig.Sample(12000, -10000);
        rig.Run(60_000, 12000, -10000);
        Assert.That(rig.Monitor.Synchronised, Is.False);
        rig.Monitor.SynchroniseToFull();
        Assert.That(rig.Monitor.Synchronised, Is.True);
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(10000));
        Assert.That(rig.Monitor.ConsumedMilliampHours, Is.EqualTo(0));
        Assert.That(rig.Monitor.Status & BatteryStatus.Synchronised, Is.EqualTo(BatteryStatus.Synchronised));
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(65535)]
    public void SetCapacityRejectsOutOfRange(int capacity)
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        Assert.That(rig.Monitor.SetBatteryCapacity(capacity), Is.EqualTo(BatterySettingsError.CapacityOutOfRange));
        Assert.That(rig.Monitor.Settings.CapacityAmpHours, Is.EqualTo(100));
    }

    [TestCase(1)]
    [TestCase(65534)]
    public void SetCapacityAcceptsTheLimits(int capacity)
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        Assert.That(rig.Monitor.SetBatteryCapacity(capacity), Is.EqualTo(BatterySettingsError.None));
        Assert.That(rig.Monitor.Settings.CapacityAmpHours, Is.EqualTo(capacity));
    }

    [Test]
    public void SetCapacityRescalesSocAndConfiguresAFreshBattery()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(0));
        rig.Sample(12000, -10000);
        rig.Run(3_600_000, 12000, -10000);
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(Measurement.NotAvailable));
        Assert.That(rig.Monitor.SetBatteryCapacity(200), Is.EqualTo(BatterySettingsError.None));
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(9500), "10 Ah of 200 Ah");
        Assert.That(rig.Monitor.SetBatteryCapacity(100), Is.EqualTo(BatterySettingsError.None));
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(9000));
    }

    [Test]
    public void InvalidSettingsAreRefusedAndTheOldOnesStay()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        BatterySettings bad = rig.Monitor.Settings.Clone();
        bad.TailCurrentPermille = 0;
        Assert.That(rig.Monitor.ApplySettings(bad), Is.EqualTo(BatterySettingsError.TailCurrentOutOfRange));
        Assert.That(rig.Monitor.Settings.TailCurrentPermille, Is.EqualTo(40));
        var ex = Assert.Throws<ArgumentException>(() => new BatteryMonitor(bad));
        Assert.That(ex!.Message, Does.Contain("tail current"));
    }

    [Test]
    public void SettingsAreCopiedNotShared()
    {
        BatterySettings settings = MonitorRig.PlainSettings(100);
        var monitor = new BatteryMonitor(settings);
        settings.CapacityAmpHours = 5;
        Assert.That(monitor.Settings.CapacityAmpHours, Is.EqualTo(100));
    }

    [Test]
    public void SetStateOfChargeNeedsACapacityAndAValidValue()
    {
        var withoutCapacity = new BatteryMonitor(MonitorRig.PlainSettings(0));
        Assert.That(withoutCapacity.SetStateOfCharge(5000), Is.False);
        var monitor = new BatteryMonitor(MonitorRig.PlainSettings(100));
        Assert.That(monitor.SetStateOfCharge(10001), Is.False);
        Assert.That(monitor.SetStateOfCharge(-1), Is.False);
        Assert.That(monitor.SetStateOfCharge(4321), Is.True);
        Assert.That(monitor.StateOfChargeCentipercent, Is.EqualTo(4321));
        Assert.That(monitor.ConsumedMilliampHours, Is.EqualTo(-56790));
    }
}
