using System;
using System.Collections.Generic;

namespace CydShunt.Firmware.Host.Simulation;

/// <summary>What the sky does in a <see cref="DayProfile"/>.</summary>
public enum SkyKind
{
    /// <summary>A sunny day with scattered clouds.</summary>
    Sunny,

    /// <summary>Thick cloud cover with short bright gaps: about a quarter of a sunny day's yield.</summary>
    Overcast,

    /// <summary>No solar charging at all (a winter cabin, a battery on a shelf).</summary>
    Dark,
}

/// <summary>
/// A realistic day of an off-grid van or cabin, repeated every day with new random details: a night base load,
/// a fridge compressor cycling, morning kettle/coffee/toaster spikes through the inverter, lights, a water pump,
/// cooking and TV in the evening, and a solar bell curve with clouds. Everything is a pure function of the simulated
/// time and the seed, so two runs with the same seed see the same world.
/// </summary>
public sealed class DayProfile
{
    /// <summary>Milliseconds in a day.</summary>
    public const long DayMilliseconds = 24L * 3600 * 1000;

    private const double InverterEfficiency = 0.90;
    private const long Minute = 60 * 1000;
    private const long Hour = 60 * Minute;

    private readonly int _seed;
    private readonly Dictionary<long, DayPlan> _plans = [];

    /// <summary>A profile named <paramref name="name"/> (see <see cref="Names"/>) with random details from <paramref name="seed"/>.</summary>
    public DayProfile(string name, SkyKind sky, int seed)
    {
        Name = name;
        Sky = sky;
        _seed = seed;
    }

    /// <summary>The profile names the simulator accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["day", "overcast", "no-solar"];

    /// <summary>Profile name.</summary>
    public string Name { get; }

    /// <summary>The sky of every day.</summary>
    public SkyKind Sky { get; }

    /// <summary>Creates a profile by name: "day" (sunny), "overcast" or "no-solar"; null for an unknown name.</summary>
    public static DayProfile? Create(string name, int seed) => name.ToLowerInvariant() switch
    {
        "day" => new DayProfile("day", SkyKind.Sunny, seed),
        "overcast" => new DayProfile("overcast", SkyKind.Overcast, seed),
        "no-solar" => new DayProfile("no-solar", SkyKind.Dark, seed),
        _ => null,
    };

    /// <summary>DC power the loads draw from the battery at <paramref name="milliseconds"/> since midnight of day 0, W.</summary>
    public double LoadWatts(long milliseconds) => Loads(milliseconds, null);

    /// <summary>Like <see cref="LoadWatts"/>, and adds the names of the appliances that are on to <paramref name="active"/>.</summary>
    public double Loads(long milliseconds, List<string>? active)
    {
        long t = Modulo(milliseconds, DayMilliseconds);
        DayPlan plan = PlanFor(milliseconds);
        double watts = 10; // chargers on standby, router, the monitor itself
        active?.Add("standby 10 W");

        long fridgePhase = Modulo(milliseconds + plan.FridgeOffset, 40 * Minute);
        if (fridgePhase < plan.FridgeOnMinutes * Minute)
        {
            watts += 55;
            active?.Add("fridge 55 W");
        }

        if (t >= 7 * Hour && t < (23 * Hour) + (30 * Minute))
        {
            watts += 12;
            active?.Add("inverter idle 12 W");
        }

        foreach (Appliance a in plan.Appliances)
        {
            if (t >= a.Start && t < a.Start + a.Duration)
            {
                watts += a.AcWatts > 0 ? a.AcWatts / InverterEfficiency : a.DcWatts;
                active?.Add(a.Name);
            }
        }

        return watts;
    }

    /// <summary>Share of the array's peak power the sun provides at <paramref name="milliseconds"/>, 0..1.</summary>
    public double SolarFraction(long milliseconds)
    {
        if (Sky == SkyKind.Dark)
        {
            return 0;
        }

        long t = Modulo(milliseconds, DayMilliseconds);
        DayPlan plan = PlanFor(milliseconds);
        if (t <= plan.Sunrise || t >= plan.Sunset)
        {
            return 0;
        }

        double x = (double)(t - plan.Sunrise) / (plan.Sunset - plan.Sunrise);
        double clear = Math.Pow(Math.Sin(Math.PI * x), 1.4);
        double cover = Sky == SkyKind.Overcast ? 0.25 : 1.0;
        foreach (Cloud c in plan.Clouds)
        {
            double shade = c.Shade(t);
            cover = Sky == SkyKind.Overcast ? Math.Max(cover, shade) : cover * (1 - shade);
        }

        return clear * cover;
    }

    /// <summary>Air temperature around the shunt at <paramref name="milliseconds"/>, °C: 14 °C before dawn, 26 °C mid-afternoon.</summary>
    public static double AmbientCelsius(long milliseconds)
    {
        double hours = Modulo(milliseconds, DayMilliseconds) / (double)Hour;
        return 20 + (6 * Math.Sin(2 * Math.PI * (hours - 9) / 24));
    }

    private static long Modulo(long a, long b) => ((a % b) + b) % b;

    private DayPlan PlanFor(long milliseconds)
    {
        long day = (milliseconds - Modulo(milliseconds, DayMilliseconds)) / DayMilliseconds;
        if (!_plans.TryGetValue(day, out DayPlan? plan))
        {
            if (_plans.Count > 4)
            {
                _plans.Clear();
            }

            // A fixed mix of seed and day: HashCode.Combine is randomised per process, which broke "same seed, same run".
            plan = new DayPlan(unchecked((int)((_seed * 7919L) + day)), Sky);
            _plans[day] = plan;
        }

        return plan;
    }

    /// <summary>One appliance run of the day: when it starts, how long it runs and what it draws on the AC and DC side.</summary>
    private sealed record Appliance(string Name, long Start, long Duration, double AcWatts, double DcWatts);

    /// <summary>One cloud passing the panels: when, for how long and how much sun it takes away.</summary>
    private sealed record Cloud(long Start, long Duration, double Depth)
    {
        // Clouds drift in and out over a minute or two: a trapezoid, not a step.
        public double Shade(long t)
        {
            long ramp = Math.Min(2 * Minute, Duration / 3);
            if (t <= Start || t >= Start + Duration)
            {
                return 0;
            }

            long fromEdge = Math.Min(t - Start, Start + Duration - t);
            return fromEdge >= ramp ? Depth : Depth * fromEdge / ramp;
        }
    }

    /// <summary>One day's random details.</summary>
    private sealed class DayPlan
    {
        public DayPlan(int seed, SkyKind sky)
        {
            var random = new Random(seed);
            long Jitter(long minutes) => (long)(((random.NextDouble() * 2) - 1) * minutes * Minute);
            long At(int hour, int minute, long jitterMinutes) => (hour * Hour) + (minute * Minute) + Jitter(jitterMinutes);

            FridgeOffset = (long)(random.NextDouble() * 40 * Minute);
            FridgeOnMinutes = 12 + random.Next(5);
            Sunrise = At(6, 0, 10);
            Sunset = At(20, 30, 10);

            var appliances = new List<Appliance>
            {
                new("lights 30 W", At(6, 30, 5), 60 * Minute, 0, 30),
                new("kettle 1800 W", At(7, 10, 8), 4 * Minute, 1800, 0),
                new("coffee machine 1200 W", At(7, 25, 8), 2 * Minute, 1200, 0),
                new("toaster 900 W", At(7, 35, 8), 3 * Minute, 900, 0),
                new("laptop 60 W", At(9, 0, 20), 3 * Hour, 60, 0),
                new("microwave 1100 W", At(12, 30, 15), 5 * Minute, 1100, 0),
                new("laptop 60 W", At(14, 0, 20), 3 * Hour, 60, 0),
                new("induction hob 1400 W", At(18, 30, 15), 15 * Minute, 1400, 0),
                new("microwave 1100 W", At(19, 0, 10), 4 * Minute, 1100, 0),
                new("lights 40 W", At(19, 30, 10), (3 * Hour) + (45 * Minute), 0, 40),
                new("TV 90 W", At(20, 0, 15), (2 * Hour) + (30 * Minute), 90, 0),
            };
            for (int i = 0; i < 16; i++)
            {
                long start = (7 * Hour) + (long)(random.NextDouble() * 15 * Hour);
                appliances.Add(new Appliance("water pump 90 W", start, (20 + random.Next(40)) * 1000L, 0, 90));
            }

            Appliances = appliances;

            var clouds = new List<Cloud>();
            int count = sky == SkyKind.Overcast ? 10 : 8 + random.Next(8);
            for (int i = 0; i < count; i++)
            {
                long start = Sunrise + (long)(random.NextDouble() * (Sunset - Sunrise));
                long duration = (3 + random.Next(25)) * Minute;
                // Sunny: a cloud takes 30..85 % of the sun. Overcast: a gap lets 40..80 % through.
                double depth = sky == SkyKind.Overcast ? 0.4 + (random.NextDouble() * 0.4) : 0.3 + (random.NextDouble() * 0.55);
                clouds.Add(new Cloud(start, duration, depth));
            }

            Clouds = clouds;
        }

        public long FridgeOffset { get; }

        public int FridgeOnMinutes { get; }

        public long Sunrise { get; }

        public long Sunset { get; }

        public IReadOnlyList<Appliance> Appliances { get; }

        public IReadOnlyList<Cloud> Clouds { get; }
    }
}
