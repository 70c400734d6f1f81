using System;
using CydShunt.Firmware.Host.Simulation;
using NUnit.Framework;

namespace CydShunt.Simulator.Tests.Models;

public sealed class BatteryModelTests
{
    [TestCaseSource(typeof(BatteryPreset), nameof(BatteryPreset.All))]
    public void OpenCircuitVoltageRisesWithChargeAndMatchesTheNominalVoltage(BatteryPreset preset)
    {
        double previous = 0;
        for (int percent = 0; percent <= 100; percent++)
        {
            double volts = preset.OpenCircuitVolts(percent / 100.0);
            Assert.That(volts, Is.GreaterThanOrEqualTo(previous), "OCV must not fall as SOC rises (at " + percent + " %)");
            previous = volts;
        }

        // Half charged, the bank rests close to its nominal voltage (LiFePO4 3.3 V/cell, lead-acid 2.04 V/cell).
        Assert.That(preset.OpenCircuitVolts(0.5) / preset.NominalVolts, Is.InRange(1.0, 1.12));
    }

    [Test]
    public void TheTrueChargeIntegratesTheCurrentWithEfficiencyAndPeukert()
    {
        BatteryPreset preset = BatteryPreset.LiFePO4_12V_200Ah;
        var battery = new BatteryModel(preset, 0.5);
        for (int i = 0; i < 3600; i++)
        {
            battery.Step(-40, 1); // one hour at 40 A = 4 × I20
        }

        double peukert = Math.Pow(40.0 / 10, preset.PeukertExponent - 1);
        Assert.That(battery.RemainingAmpHours, Is.EqualTo(100 - (40 * peukert)).Within(1e-6));

        double before = battery.RemainingAmpHours;
        for (int i = 0; i < 1800; i++)
        {
            battery.Step(20, 1);
        }

        Assert.That(battery.RemainingAmpHours - before, Is.EqualTo(10 * preset.ChargeEfficiency).Within(1e-6));
    }

    [Test]
    public void ALoadMakesTheVoltageSagAtOnceThenFurtherAsThePolarisationBuildsUp()
    {
        var battery = new BatteryModel(BatteryPreset.LiFePO4_12V_200Ah, 0.8);
        double rest = battery.TerminalVolts;
        battery.Step(-100, 0.1);
        double instant = battery.TerminalVolts;
        for (int i = 0; i < 300; i++)
        {
            battery.Step(-100, 1);
        }

        Assert.That(rest - instant, Is.EqualTo(100 * BatteryPreset.LiFePO4_12V_200Ah.InternalResistanceOhms).Within(0.01));
        Assert.That(battery.TerminalVolts, Is.LessThan(instant - 0.1));
    }

    [Test]
    public void ChargeIsClampedToTheCapacity()
    {
        var battery = new BatteryModel(BatteryPreset.LeadAcid_12V_200Ah, 0.999);
        battery.Step(200, 3600);
        Assert.That(battery.StateOfCharge, Is.EqualTo(1.0));
        battery.Step(-1000, 36000);
        Assert.That(battery.StateOfCharge, Is.Zero);
    }

    [TestCase(-0.01)]
    [TestCase(1.01)]
    [TestCase(double.NaN)]
    public void AnImpossibleStateOfChargeIsRefused(double soc) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new BatteryModel(BatteryPreset.LiFePO4_12V_200Ah, soc));

    [Test]
    public void ResizingScalesCapacitySolarAndResistance()
    {
        BatteryPreset big = BatteryPreset.LiFePO4_12V_200Ah.WithCapacity(400);
        Assert.That(big.CapacityAmpHours, Is.EqualTo(400));
        Assert.That(big.SolarPeakWatts, Is.EqualTo(1200).Within(1e-9));
        Assert.That(big.InternalResistanceOhms, Is.EqualTo(0.002).Within(1e-12));
        Assert.Throws<ArgumentOutOfRangeException>(() => BatteryPreset.LiFePO4_12V_200Ah.WithCapacity(0));
    }
}
