using System;
using CydShunt.Firmware.Host.Sensors;
using CydShunt.Firmware.Host.Simulation;
using NUnit.Framework;

namespace CydShunt.Simulator.Tests.Models;

public sealed class PhysicalWorldTests
{
    [Test]
    public void ADayBalancesChargeAndDischargeAndTheChargerReachesFloat()
    {
        var world = new PhysicalWorld(BatteryPreset.LiFePO4_12V_200Ah, DayProfile.Create("day", 1)!, 0.6, 6 * 3_600_000L, 500, 50);
        double lowest = 1;
        bool floated = false;
        for (int i = 0; i < 24 * 3600; i++)
        {
            world.Step(1000);
            lowest = Math.Min(lowest, world.Battery.StateOfCharge);
            floated |= world.Charger.Stage == ChargerStage.Float;
            Assert.That(world.Volts, Is.InRange(11.0, 14.25), "the charger never pushes above its set point");
        }

        Assert.That(floated, Is.True, "a sunny day ends absorption and floats");
        Assert.That(world.ChargedAmpHours, Is.GreaterThan(50));
        Assert.That(world.DischargedAmpHours, Is.GreaterThan(50));
        Assert.That(lowest, Is.GreaterThan(0.2));
    }

    [Test]
    public void TheBatteryProtectionCutsTheLoadsOfAnEmptyBank()
    {
        var world = new PhysicalWorld(BatteryPreset.LiFePO4_12V_200Ah.WithCapacity(10), DayProfile.Create("no-solar", 1)!, 0.05, 19 * 3_600_000L, 500, 50);
        for (int i = 0; i < 6 * 3600 && !world.LoadsDisconnected; i++)
        {
            world.Step(1000);
        }

        Assert.That(world.LoadsDisconnected, Is.True);
        world.Step(1000);
        Assert.That(world.CurrentAmps, Is.Zero);
    }

    [Test]
    public void TheShuntAndBusVoltagesReachTheSimulatedIna228()
    {
        var world = new PhysicalWorld(BatteryPreset.LiFePO4_12V_200Ah, DayProfile.Create("no-solar", 1)!, 0.8, 7 * 3_600_000L + (12 * 60_000), 500, 50);
        var chip = new SimulatedIna228();
        world.Step(100);
        world.DriveSensor(chip, 100);

        // 500 A / 50 mV: 100 µΩ, i.e. 100 µV per ampere; discharging makes the shunt voltage negative.
        Assert.That(world.CurrentAmps, Is.LessThan(0));
        Assert.That(chip.ShuntNanovolts, Is.EqualTo((long)Math.Round(world.CurrentAmps * 100_000)).Within(1));
        Assert.That(chip.BusMicrovolts, Is.EqualTo((long)Math.Round(world.Volts * 1e6)).Within(1));
        Assert.That(chip.VshuntCount, Is.EqualTo((long)Math.Round(chip.ShuntNanovolts / 312.5)).Within(1));
    }
}
