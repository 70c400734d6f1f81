using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>Time to go on its own: usable charge above the floor over the averaged, Peukert-corrected drain.</summary>
public class TimeToGoEstimatorTests
{
    private const long AmpHour = 3_600_000_000_000L;

    private static (TimeToGoEstimator Estimator, BatteryState State) Create(int capacity = 100, int peukert = 100, int thresholdMilliamps = 0, int averagingMinutes = 0, int floorPercent = 50)
    {
        BatterySettings settings = MonitorRig.PlainSettings(capacity, peukert, thresholdMilliamps: thresholdMilliamps);
        settings.TimeToGoAveragingMinutes = averagingMinutes;
        settings.DischargeFloorPercent = floorPercent;
        var state = new BatteryState();
        var estimator = new TimeToGoEstimator(settings, state);
        estimator.Configure();
        return (estimator, state);
    }

    private static int After(TimeToGoEstimator estimator, long current, long elapsed = 1000)
    {
        estimator.AddCurrent(current, elapsed);
        estimator.Estimate();
        return estimator.Minutes;
    }

    [Test]
    public void FiftyUsableAmpHoursAtTenAmpsLastFiveHours()
    {
        var (estimator, _) = Create();
        Assert.That(estimator.Minutes, Is.EqualTo(Measurement.NotAvailable), "before the first estimate");
        Assert.That(After(estimator, -10_000_000), Is.EqualTo(300));
    }

    [Test]
    public void TheChargeAlreadyTakenOutIsNotUsableAgain()
    {
        // 20 % floor: 80 Ah usable; 30 Ah gone leaves 50 Ah; at 8 A that is 6.25 h = 375 min.
        var (estimator, state) = Create(floorPercent: 20);
        state.PeukertConsumedMicroampMilliseconds = -30 * AmpHour;
        Assert.That(After(estimator, -8_000_000), Is.EqualTo(375));
    }

    [Test]
    public void AtOrBelowTheFloorItIsZero()
    {
        var (estimator, state) = Create();
        state.PeukertConsumedMicroampMilliseconds = -50 * AmpHour;
        Assert.That(After(estimator, -10_000_000), Is.Zero);
        state.PeukertConsumedMicroampMilliseconds = -60 * AmpHour;
        Assert.That(After(estimator, -10_000_000), Is.Zero);
    }

    [Test]
    public void OnlyADischargeBeyondTheThresholdHasATimeToGo()
    {
        var (estimator, _) = Create(thresholdMilliamps: 100);
        Assert.That(After(estimator, 5_000_000), Is.EqualTo(Measurement.NotAvailable), "charging");
        Assert.That(After(estimator, 0), Is.EqualTo(Measurement.NotAvailable), "idle");
        Assert.That(After(estimator, -100_000), Is.EqualTo(Measurement.NotAvailable), "at the threshold");

        // 50 Ah at 0.101 A = 495.05 h = 29702.97 min.
        Assert.That(After(estimator, -101_000), Is.EqualTo(29702));
    }

    [Test]
    public void ALongTimeIsCappedAtVictronsLargestValue()
    {
        // 50 Ah at 1 mA = 50000 h.
        var (estimator, _) = Create();
        Assert.That(After(estimator, -1000), Is.EqualTo(65534));
    }

    [Test]
    public void PeukertShortensTheTimeAtHighCurrent()
    {
        // n = 1.25, I20 = 5 A: 20 A drains like 20 × √2 = 28.284 A; 50 Ah / 28.284 A = 106.07 min.
        var (estimator, _) = Create(peukert: 125);
        Assert.That(After(estimator, -20_000_000), Is.EqualTo(106));
    }

    [Test]
    public void TheAverageMovesTowardsANewCurrentByTheShareOfTheWindowThatPassed()
    {
        // 1 min window: 10 A, then 20 A for 30 s → 15 A; 50 Ah / 15 A = 200 min.
        var (estimator, _) = Create(averagingMinutes: 1);
        Assert.That(After(estimator, -10_000_000), Is.EqualTo(300));
        Assert.That(After(estimator, -20_000_000, 30_000), Is.EqualTo(200));

        // A whole window or more replaces the average: 50 Ah / 25 A = 120 min.
        Assert.That(After(estimator, -25_000_000, 60_000), Is.EqualTo(120));
    }

    [Test]
    public void NotSynchronisedOrMarkedNotAvailableThereIsNoTimeToGo()
    {
        var (estimator, state) = Create();
        Assert.That(After(estimator, -10_000_000), Is.EqualTo(300));
        estimator.MarkNotAvailable();
        Assert.That(estimator.Minutes, Is.EqualTo(Measurement.NotAvailable));
        state.Synchronised = false;
        Assert.That(After(estimator, -10_000_000), Is.EqualTo(Measurement.NotAvailable));
    }

    [Test]
    public void WithoutACapacityThereIsNoTimeToGo()
    {
        var (estimator, _) = Create(capacity: 0);
        Assert.That(After(estimator, -10_000_000), Is.EqualTo(Measurement.NotAvailable));
    }
}
