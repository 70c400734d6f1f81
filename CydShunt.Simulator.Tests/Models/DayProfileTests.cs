using System;
using System.Collections.Generic;
using CydShunt.Firmware.Host.Simulation;
using NUnit.Framework;

namespace CydShunt.Simulator.Tests.Models;

public sealed class DayProfileTests
{
    private const long Hour = 3_600_000;

    [Test]
    public void TheSameSeedGivesTheSameDayAndAnotherSeedAnotherOne()
    {
        DayProfile a = DayProfile.Create("day", 7)!;
        DayProfile b = DayProfile.Create("day", 7)!;
        DayProfile c = DayProfile.Create("day", 8)!;
        bool differs = false;
        for (long t = 0; t < 2 * DayProfile.DayMilliseconds; t += 60_000)
        {
            Assert.That(b.LoadWatts(t), Is.EqualTo(a.LoadWatts(t)));
            Assert.That(b.SolarFraction(t), Is.EqualTo(a.SolarFraction(t)));
            differs |= c.LoadWatts(t) != a.LoadWatts(t) || c.SolarFraction(t) != a.SolarFraction(t);
        }

        Assert.That(differs, Is.True, "another seed must change the details");
    }

    [Test]
    public void TheSunShinesOnlyByDayAndPeaksAroundMidday()
    {
        DayProfile day = DayProfile.Create("day", 1)!;
        Assert.That(day.SolarFraction(2 * Hour), Is.Zero);
        Assert.That(day.SolarFraction(23 * Hour), Is.Zero);
        double noonBest = 0;
        for (long t = 11 * Hour; t < 15 * Hour; t += 60_000)
        {
            noonBest = Math.Max(noonBest, day.SolarFraction(t));
        }

        Assert.That(noonBest, Is.GreaterThan(0.9));
        Assert.That(DayProfile.Create("no-solar", 1)!.SolarFraction(13 * Hour), Is.Zero);
    }

    [Test]
    public void OvercastYieldsFarLessThanASunnyDay()
    {
        double sunny = Yield(DayProfile.Create("day", 3)!);
        double overcast = Yield(DayProfile.Create("overcast", 3)!);
        Assert.That(overcast, Is.InRange(0.15 * sunny, 0.5 * sunny));
    }

    [Test]
    public void MorningAndEveningHaveInverterSpikesAndTheNightOnlyABaseLoad()
    {
        DayProfile day = DayProfile.Create("day", 1)!;
        Assert.That(Peak(day, 6 * Hour + (45 * 60_000), 8 * Hour), Is.GreaterThan(1500), "kettle in the morning");
        Assert.That(Peak(day, 18 * Hour, 20 * Hour), Is.GreaterThan(1000), "cooking in the evening");
        Assert.That(Peak(day, 1 * Hour, 5 * Hour), Is.LessThan(100), "only standby and the fridge at night");

        var active = new List<string>();
        day.Loads(3 * Hour, active);
        Assert.That(active, Does.Contain("standby 10 W"));
    }

    private static double Yield(DayProfile profile)
    {
        double sum = 0;
        for (long t = 0; t < DayProfile.DayMilliseconds; t += 60_000)
        {
            sum += profile.SolarFraction(t);
        }

        return sum;
    }

    private static double Peak(DayProfile profile, long from, long to)
    {
        double peak = 0;
        for (long t = from; t < to; t += 10_000)
        {
            peak = Math.Max(peak, profile.LoadWatts(t));
        }

        return peak;
    }
}
