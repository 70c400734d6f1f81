using CydShunt.Firmware.Monitor;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>Energy counting on its own: whole Wh, the µW·ms and pW·ms remainders, reset.</summary>
public class EnergyCounterTests
{
    [Test]
    public void TwelveVoltsAtTenAmpsForAnHourIsOneHundredTwentyWattHours()
    {
        var state = new BatteryState();
        var counter = new EnergyCounter(state);
        for (int second = 0; second < 3600; second++)
        {
            counter.Add(12_000_000, 10_000_000, 1000);
        }

        Assert.That(state.EnergyChargedWattHours, Is.EqualTo(120));
        Assert.That(state.EnergyChargedRemainder, Is.Zero);
        Assert.That(state.EnergyChargedFineRemainder, Is.Zero);
        Assert.That(state.EnergyDischargedWattHours, Is.Zero);
    }

    [Test]
    public void ADischargeCountsTheMagnitudeAsDischargedEnergy()
    {
        var state = new BatteryState();
        var counter = new EnergyCounter(state);

        // 12 V × 10 A × 30 min = 60 Wh; one more second is 120 W·s = 1/30 Wh = 1.2e11 µW·ms left over.
        for (int minute = 0; minute < 30; minute++)
        {
            counter.Add(12_000_000, -10_000_000, 60_000);
        }

        counter.Add(12_000_000, -10_000_000, 1000);
        Assert.That(state.EnergyDischargedWattHours, Is.EqualTo(60));
        Assert.That(state.EnergyDischargedRemainder, Is.EqualTo(120_000_000_000L));
        Assert.That(state.EnergyChargedWattHours, Is.Zero);
    }

    [Test]
    public void PicowattMillisecondsAddUpToAMicrowattMillisecond()
    {
        // 1 µV × 1 µA = 1 pW; a million pW·ms are one µW·ms.
        var state = new BatteryState();
        var counter = new EnergyCounter(state);
        counter.Add(1, 1, 999_999);
        Assert.That(state.EnergyChargedFineRemainder, Is.EqualTo(999_999));
        Assert.That(state.EnergyChargedRemainder, Is.Zero);
        counter.Add(1, 1, 1);
        Assert.That(state.EnergyChargedFineRemainder, Is.Zero);
        Assert.That(state.EnergyChargedRemainder, Is.EqualTo(1));
    }

    [Test]
    public void ResetClearsBothCountersWithTheirRemainders()
    {
        var state = new BatteryState();
        var counter = new EnergyCounter(state);
        counter.Add(12_345_678, 9_876_543, 3_600_001);
        counter.Add(12_345_678, -9_876_543, 3_600_001);
        counter.Reset();
        Assert.That(new[]
        {
            state.EnergyChargedWattHours, state.EnergyChargedRemainder, state.EnergyChargedFineRemainder,
            state.EnergyDischargedWattHours, state.EnergyDischargedRemainder, state.EnergyDischargedFineRemainder,
        }, Is.All.Zero);
    }
}
