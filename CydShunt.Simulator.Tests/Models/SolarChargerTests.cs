using System;
using System.Collections.Generic;
using CydShunt.Firmware.Host.Simulation;
using NUnit.Framework;

namespace CydShunt.Simulator.Tests.Models;

/// <summary>
/// The solar charger behaves as Victron's MPPT manuals describe: bulk → absorption → float, the loads supplied from
/// the array, and a new cycle (bulk) when the battery voltage stays below the re-bulk voltage for one minute.
/// </summary>
public sealed class SolarChargerTests
{
    // lifepo4-12v: float 13.5 V (Victron's LiFePO4 float), re-bulk voltage offset 0.1 V for a 12 V system.
    private const double ReBulkVolts12V = 13.4;
    private const int ReBulkSeconds = 60;

    [TestCase("lifepo4-12v", "day", 15, 1.0)]
    [TestCase("lifepo4-12v", "day", 6, 0.6)]
    [TestCase("lifepo4-24v", "day", 15, 1.0)]
    [TestCase("lifepo4-48v", "overcast", 15, 1.0)]
    [TestCase("agm-12v", "day", 15, 1.0)]
    public void WithSunAndALoadTheChargerDoesNotIdleWhileTheBatteryDischarges(string preset, string profile, int startHour, double soc)
    {
        var world = new PhysicalWorld(BatteryPreset.Find(preset)!, DayProfile.Create(profile, 1)!, soc, startHour * 3_600_000L, 500, 50);
        int run = 0, longest = 0, stepsWithSunAndLoad = 0;
        string worst = string.Empty;
        for (int i = 0; i < 2 * 24 * 3600; i++)
        {
            world.Step(1000);
            bool sunAndLoad = world.SolarAvailableWatts > 1 && world.LoadWatts > 0;
            stepsWithSunAndLoad += sunAndLoad ? 1 : 0;
            bool idleWhileDischarging = sunAndLoad && world.ChargerWatts < 0.5 && world.CurrentAmps < 0;
            run = idleWhileDischarging ? run + 1 : 0;
            if (run > longest)
            {
                longest = run;
                worst = world.SolarAvailableWatts.ToString("0") + " W available, charger " + world.ChargerWatts.ToString("0") + " W (" + world.Charger.Stage
                    + "), battery " + world.CurrentAmps.ToString("0.0") + " A at day " + (world.Milliseconds / 86_400_000) + " " + TimeSpan.FromMilliseconds(world.Milliseconds % 86_400_000);
            }
        }

        Assert.That(stepsWithSunAndLoad, Is.GreaterThan(3600), "the days have sun and loads at the same time");
        Assert.That(longest, Is.LessThanOrEqualTo(ReBulkSeconds), "longest time the charger gave 0 W with sun while the battery discharged, s: " + worst);
    }

    [Test]
    public void StagesFollowBulkAbsorptionFloatAndReBulkAfterAMinuteBelowTheReBulkVoltage()
    {
        var battery = new BatteryModel(BatteryPreset.LiFePO4_12V_200Ah, 0.5);
        var charger = new SolarCharger(BatteryPreset.LiFePO4_12V_200Ah);
        var stages = new List<ChargerStage> { charger.Stage };
        int secondsBelow = 0;
        int reBulks = 0;

        void Run(int seconds, double solarWatts, double loadAmps)
        {
            for (int s = 0; s < seconds; s++)
            {
                double volts = battery.TerminalVolts; // what the charger sees before the step
                ChargerStage before = charger.Stage;
                double output = charger.Output(battery, solarWatts, loadAmps, 1);
                battery.Step(output - loadAmps, 1);
                secondsBelow = volts < ReBulkVolts12V ? secondsBelow + 1 : 0;
                if (charger.Stage != before)
                {
                    stages.Add(charger.Stage);
                    if (solarWatts <= 0)
                    {
                        Assert.That(charger.Stage, Is.EqualTo(ChargerStage.Off), "no sun, no charger");
                    }
                    else if (before == ChargerStage.Float)
                    {
                        Assert.That(charger.Stage, Is.EqualTo(ChargerStage.Bulk), "with sun, float only ends in a new cycle");
                        Assert.That(secondsBelow, Is.GreaterThanOrEqualTo(ReBulkSeconds), "re-bulk only after a minute below " + ReBulkVolts12V + " V");
                        reBulks++;
                    }
                }

                Assert.That(output, Is.GreaterThanOrEqualTo(Math.Min(loadAmps, solarWatts * 0.9 / volts)), "the loads are supplied from the array first");
            }
        }

        Run(10 * 3600, 600, 5); // a sunny day with a small load: a full cycle
        Assert.That(stages, Is.EqualTo(new[] { ChargerStage.Off, ChargerStage.Bulk, ChargerStage.Absorption, ChargerStage.Float }));

        Run(30 * 60, 600, 20); // in float the array covers a 20 A load: no re-bulk
        Assert.That(charger.Stage, Is.EqualTo(ChargerStage.Float));
        Assert.That(battery.CurrentAmps, Is.GreaterThanOrEqualTo(0), "the battery does not carry the load in float");

        Run(3 * 3600, 60, 40); // a cloud and a heavy load: the voltage sags, a new cycle starts
        Assert.That(reBulks, Is.EqualTo(1));
        Assert.That(charger.Stage, Is.EqualTo(ChargerStage.Bulk));

        Run(6 * 3600, 600, 5); // the sun is back: absorption (what is left of today's) and float again
        Assert.That(stages, Is.EqualTo(new[] { ChargerStage.Off, ChargerStage.Bulk, ChargerStage.Absorption, ChargerStage.Float, ChargerStage.Bulk, ChargerStage.Absorption, ChargerStage.Float }));

        Run(60, 0, 5); // night
        Assert.That(charger.Stage, Is.EqualTo(ChargerStage.Off));
    }
}
