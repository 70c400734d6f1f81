using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>Coulomb counting on its own: CEF remainder, Peukert, H6, the clamp at full, SOC from the count.</summary>
public class CoulombCounterTests
{
    // 1 Ah = 3.6e12 µA·ms; 0.01 % of 100 Ah = 3.6e10 µA·ms.
    private const long AmpHour = 3_600_000_000_000L;

    private static (CoulombCounter Counter, BatteryState State, BatterySettings Settings) Create(int capacity = 100, int peukert = 100, int cef = 100)
    {
        BatterySettings settings = MonitorRig.PlainSettings(capacity, peukert, cef);
        var state = new BatteryState();
        var counter = new CoulombCounter(settings, state);
        counter.Configure();
        return (counter, state, settings);
    }

    [Test]
    public void TheChargeEfficiencyRemainderIsCarriedToTheNextSample()
    {
        var (counter, state, _) = Create(cef: 90);
        Assert.That(counter.TrySetStateOfCharge(5000), Is.True);
        long start = -50 * AmpHour;

        // 1 µA·ms at 90 % three times: 0.9, 1.8, 2.7 stored → whole 0, 1, 2 with 0.9, 0.8, 0.7 carried.
        counter.Count(1, 1);
        Assert.That(state.ConsumedMicroampMilliseconds, Is.EqualTo(start));
        Assert.That(state.ChargeEfficiencyRemainder, Is.EqualTo(90));
        counter.Count(1, 1);
        counter.Count(1, 1);
        Assert.That(state.ConsumedMicroampMilliseconds, Is.EqualTo(start + 2));
        Assert.That(state.PeukertConsumedMicroampMilliseconds, Is.EqualTo(start + 2));
        Assert.That(state.ChargeEfficiencyRemainder, Is.EqualTo(70));
    }

    [Test]
    public void TenAmpsForAnHourTakesTenAmpHoursAndCountsTenThousandMilliampHoursDrawn()
    {
        var (counter, state, _) = Create();
        for (int minute = 0; minute < 60; minute++)
        {
            counter.Count(-10_000_000, 60_000);
        }

        Assert.That(state.ConsumedMicroampMilliseconds, Is.EqualTo(-10 * AmpHour));
        Assert.That(state.PeukertConsumedMicroampMilliseconds, Is.EqualTo(-10 * AmpHour));
        Assert.That(state.CumulativeDrawnMilliampHours, Is.EqualTo(10_000));
        Assert.That(state.CumulativeDrawnRemainder, Is.Zero);
        Assert.That(counter.StateOfChargeCentipercent, Is.EqualTo(9000));
    }

    [Test]
    public void ChargingAFullBatteryStoresNothing()
    {
        var (counter, state, _) = Create(cef: 95);
        counter.Count(5_000_000, 1000);
        Assert.That(state.ConsumedMicroampMilliseconds, Is.Zero);
        Assert.That(state.ChargeEfficiencyRemainder, Is.Zero);
        Assert.That(state.PeukertConsumedMicroampMilliseconds, Is.Zero);
        Assert.That(counter.StateOfChargeCentipercent, Is.EqualTo(10000));
    }

    [Test]
    public void PeukertMakesTwentyAmpsOnAHundredAmpHoursDrainLikeTwentyTimesRootTwo()
    {
        // n = 1.25, I20 = 100 Ah / 20 h = 5 A: factor (20 / 5)^0.25 = √2. 20 A for 60 s = 1.2e12 µA·ms.
        var (counter, state, _) = Create(peukert: 125);
        counter.Count(-20_000_000, 60_000);
        double expected = -1.2e12 * System.Math.Sqrt(2);
        Assert.That(state.ConsumedMicroampMilliseconds, Is.EqualTo(-1_200_000_000_000L), "consumed charge has no Peukert correction");
        Assert.That((double)state.PeukertConsumedMicroampMilliseconds, Is.EqualTo(expected).Within(1e-7).Percent);

        // 1.697e12 / 3.6e10 = 47.14 hundredths of a percent out, rounded up: 100.00 − 0.48 %.
        Assert.That(counter.StateOfChargeCentipercent, Is.EqualTo(9952));
    }

    [Test]
    public void AnythingTakenOutShowsBelowOneHundredPercent()
    {
        var (counter, _, _) = Create();
        counter.Count(-1, 1);
        Assert.That(counter.StateOfChargeCentipercent, Is.EqualTo(9999));
    }

    [Test]
    public void ResetToFullDropsBothCountersAndTheirRemainders()
    {
        var (counter, state, _) = Create(peukert: 125, cef: 90);
        counter.Count(-20_000_000, 60_000);
        counter.Count(1, 1);
        counter.ResetToFull();
        Assert.That(state.ConsumedMicroampMilliseconds, Is.Zero);
        Assert.That(state.ChargeEfficiencyRemainder, Is.Zero);
        Assert.That(state.PeukertConsumedMicroampMilliseconds, Is.Zero);
        Assert.That(state.PeukertFraction, Is.Zero);
    }

    [Test]
    public void SettingTheStateOfChargeNeedsACapacityAndZeroToTenThousand()
    {
        var (counter, state, settings) = Create();
        Assert.That(counter.TrySetStateOfCharge(10001), Is.False);
        Assert.That(counter.TrySetStateOfCharge(-1), Is.False);
        Assert.That(state.ConsumedMicroampMilliseconds, Is.Zero);
        Assert.That(counter.TrySetStateOfCharge(2500), Is.True);
        Assert.That(state.ConsumedMicroampMilliseconds, Is.EqualTo(-75 * AmpHour));
        Assert.That(counter.StateOfChargeCentipercent, Is.EqualTo(2500));

        settings.CapacityAmpHours = BatterySettings.CapacityNotConfigured;
        Assert.That(counter.TrySetStateOfCharge(5000), Is.False);
        Assert.That(state.ConsumedMicroampMilliseconds, Is.EqualTo(-75 * AmpHour));
        Assert.That(counter.StateOfChargeCentipercent, Is.EqualTo(Measurement.NotAvailable));
    }

    [Test]
    public void WithoutSynchronisationThereIsNoStateOfCharge()
    {
        var (counter, state, _) = Create();
        state.Synchronised = false;
        Assert.That(counter.StateOfChargeCentipercent, Is.EqualTo(Measurement.NotAvailable));
    }
}
