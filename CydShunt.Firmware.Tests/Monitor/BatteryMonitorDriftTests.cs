using System;
using System.Diagnostics;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>
/// Thirty simulated days at about 1 Hz with a varying load and a solar profile: the monitor's integer counters against
/// the exact integral computed here with 128-bit integers (and, for the Peukert-corrected counter, double precision).
/// </summary>
public class BatteryMonitorDriftTests
{
    private const int Days = 30;
    private const long DayMs = 24L * 3_600_000;
    private const int ThresholdMicroamps = 100_000;

    [Test]
    public void ThirtyDaysOfVaryingLoadStayWithinOneHundredthOfAPercentOfTheExactIntegral()
    {
        // A huge bank, half full, keeps both counters clear of "full" and "empty" for 30 days, so nothing is clamped
        // and the comparison is with the plain integral. Voltage stays below the charged voltage (no synchronisation).
        BatterySettings settings = BatterySettings.CreatePreset(12, BatteryChemistry.LeadAcid);
        settings.CapacityAmpHours = 65534;
        var monitor = new BatteryMonitor(settings);
        Assert.That(monitor.SetStateOfCharge(5000), Is.True);
        var start = new BatteryState();
        monitor.CopyStateTo(start);

        double ratedMicroamps = 65534 * 50_000.0;
        var random = new Xorshift(0x5EED_CAFE_F00DUL);
        long now = 0;
        long charged = 0;              // Σ I·dt for I > 0, µA·ms (exact)
        long drawn = 0;                // Σ |I|·dt for I < 0, µA·ms (exact)
        Int128 energyIn = 0;           // Σ V·I·dt, pW·ms (exact)
        Int128 energyOut = 0;
        double peukertDrawn = 0;       // Σ |I|·dt·(|I|/I20)^0.25, µA·ms
        long load = -10_000_000;
        long samples = 0;
        var clock = Stopwatch.StartNew();

        monitor.Update(now, 12_600_000, 0, 2000);
        while (now < Days * DayMs)
        {
            int step = 950 + (int)(random.Next() % 101); // 950..1050 ms
            now += step;

            // Load: a random walk between 2 and 40 A, with occasional 5-minute-scale spikes of up to 120 A.
            load += (long)(random.Next() % 400_001) - 200_000;
            load = Math.Clamp(load, -40_000_000, -2_000_000);
            long spike = random.Next() % 3000 == 0 ? -(long)(random.Next() % 80_000_000) : 0;

            // Solar: a half-sine from 06:00 to 18:00, peak 45 A, with cloud noise.
            long timeOfDay = now % DayMs;
            double sun = timeOfDay > 6 * 3_600_000L && timeOfDay < 18 * 3_600_000L
                ? Math.Sin(Math.PI * (timeOfDay - 6 * 3_600_000L) / (12 * 3_600_000.0)) : 0;
            long solar = (long)(sun * 45_000_000 * (0.6 + (random.Next() % 400) / 1000.0));

            long current = load + spike + solar;
            int voltage = (int)(12_400_000 + (current / 40) + (long)(random.Next() % 20_001)); // 11.4..13.1 V
            monitor.Update(now, voltage, (int)current, 2000);
            samples++;

            if (Math.Abs(current) <= ThresholdMicroamps)
            {
                continue;
            }

            long charge = current * step;
            Int128 energy = (Int128)voltage * Math.Abs(current) * step;
            if (charge > 0)
            {
                charged += charge;
                energyIn += energy;
            }
            else
            {
                drawn -= charge;
                energyOut += energy;
                peukertDrawn += -charge * Math.Pow(-current / ratedMicroamps, 0.25);
            }
        }

        var end = new BatteryState();
        monitor.CopyStateTo(end);
        TestContext.Out.WriteLine(samples + " samples, " + (drawn / 3.6e12).ToString("F0") + " Ah drawn, "
            + (charged / 3.6e12).ToString("F0") + " Ah charged, " + clock.ElapsedMilliseconds + " ms");

        // Plain counters: exact to the µA·ms. consumed = start − drawn + 95 % of charged (remainder carried).
        long consumedChange = end.ConsumedMicroampMilliseconds - start.ConsumedMicroampMilliseconds;
        Assert.That((Int128)100 * (consumedChange + drawn) + end.ChargeEfficiencyRemainder, Is.EqualTo((Int128)95 * charged));
        Assert.That(RelativeError(consumedChange, drawn - (0.95 * charged)), Is.LessThan(1e-4));
        Assert.That(end.CumulativeDrawnMilliampHours * BatteryState.MicroampMillisecondsPerMilliampHour + end.CumulativeDrawnRemainder, Is.EqualTo(drawn));

        // Energy: exact to the pW·ms.
        Assert.That(Energy(end.EnergyChargedWattHours, end.EnergyChargedRemainder, end.EnergyChargedFineRemainder), Is.EqualTo(energyIn));
        Assert.That(Energy(end.EnergyDischargedWattHours, end.EnergyDischargedRemainder, end.EnergyDischargedFineRemainder), Is.EqualTo(energyOut));

        // Peukert-corrected counter: fixed point against double precision.
        double peukertChange = end.PeukertConsumedMicroampMilliseconds - (end.PeukertFraction / (double)(1L << 48))
            - start.PeukertConsumedMicroampMilliseconds;
        double expectedPeukertChange = (0.95 * charged) - peukertDrawn;
        TestContext.Out.WriteLine("Peukert counter error: " + RelativeError(peukertChange, -expectedPeukertChange).ToString("E2")
            + " of the net change, " + (Math.Abs(peukertChange - expectedPeukertChange) / peukertDrawn).ToString("E2") + " of the discharge");
        Assert.That(RelativeError(peukertChange, -expectedPeukertChange), Is.LessThan(1e-4));
        Assert.That(Math.Abs(peukertChange - expectedPeukertChange) / peukertDrawn, Is.LessThan(1e-6));
    }

    private static double RelativeError(double actual, double expectedMagnitudeWithSign)
    {
        return Math.Abs(Math.Abs(actual) - Math.Abs(expectedMagnitudeWithSign)) / Math.Abs(expectedMagnitudeWithSign);
    }

    private static Int128 Energy(long wattHours, long microwattMs, long picowattMs)
    {
        return (((Int128)wattHours * BatteryState.MicrowattMillisecondsPerWattHour) + microwattMs) * BatteryState.PicowattsPerMicrowatt + picowattMs;
    }

    /// <summary>Deterministic xorshift64* generator, so that the run is the same everywhere.</summary>
    private sealed class Xorshift(ulong seed)
    {
        private ulong state = seed;

        public ulong Next()
        {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            return state * 0x2545F4914F6CDD1DUL;
        }
    }
}
