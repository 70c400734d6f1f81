using CydShunt.Firmware.Monitor;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>Time to go: averaged discharge current, Peukert, discharge floor, NA cases.</summary>
public class BatteryMonitorTimeToGoTests
{
    [Test]
    public void FullHundredAmpHoursAtTenAmpsIsFiveHoursToTheFiftyPercentFloor()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Sample(12500, -10000);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(300));

        // After 60 s: 50 Ah − 0.1667 Ah at 10 A = 4.9833 h = 299 min.
        rig.Run(60_000, 12500, -10000);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(299));
    }

    [Test]
    public void TheFloorSetting()
    {
        var settings = MonitorRig.PlainSettings(100);
        settings.DischargeFloorPercent = 20;
        var rig = new MonitorRig(settings);
        rig.Sample(12500, -10000);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(480), "80 Ah at 10 A");
    }

    [Test]
    public void AtOrBelowTheFloorTimeToGoIsZero()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Monitor.SetStateOfCharge(5000);
        rig.Sample(12000, -10000);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.Zero);
        rig.Monitor.SetStateOfCharge(3000);
        rig.Run(1000, 12000, -10000);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.Zero);
    }

    [Test]
    public void PeukertShortensTimeToGoAtHighCurrent()
    {
        // 20 A on 100 Ah, n = 1.25: drains like 20·√2 = 28.284 A; 50 Ah / 28.284 A = 106.07 min.
        var rig = new MonitorRig(MonitorRig.PlainSettings(100, peukertHundredths: 125));
        rig.Sample(12500, -20000);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(106));
    }

    [Test]
    public void TheAveragingWindowSmoothsALoadStep()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(1000));
        rig.Sample(12500, -10000);
        rig.Run(600_000, 12500, -10000);
        int steady = rig.Monitor.TimeToGoMinutes;
        Assert.That(steady, Is.EqualTo(2990), "500 Ah − 1.667 Ah at 10 A");

        rig.Run(1_000, 12500, -20000);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.InRange(2960, 2980), "one second of a 3-min filter moves it only a little");

        // After five time constants the filter has settled on 20 A (to within e^-5 ≈ 0.7 %).
        rig.Run(900_000, 12500, -20000);
        double remainingAh = 500 - (10 * 601.0 / 3600) - (20 * 901.0 / 3600);
        double settled = remainingAh / 20 * 60;
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(settled).Within(settled * 0.01));
    }

    [Test]
    public void WithoutAveragingTheStepShowsAtOnce()
    {
        var settings = MonitorRig.PlainSettings(1000);
        settings.TimeToGoAveragingMinutes = 0;
        var rig = new MonitorRig(settings);
        rig.Sample(12500, -10000);
        rig.Run(1_000, 12500, -20000);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(1499), "(500 Ah − 5.56 mAh) / 20 A = 1499.98 min");
    }

    [Test]
    public void NotAvailableWhileChargingIdleOrAfterTheAverageTurnsPositive()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100, thresholdMilliamps: 100));
        rig.Sample(13000, 5000);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(Measurement.NotAvailable), "charging");
        rig.Run(600_000, 12800, 50);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(Measurement.NotAvailable), "idle (inside the threshold)");
        rig.Run(60_000, 12500, -5000);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.Not.EqualTo(Measurement.NotAvailable));
        rig.Run(600_000, 13500, 8000);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(Measurement.NotAvailable), "average is charging again");
    }

    [Test]
    public void TimeToGoIsCappedAtVictronsSixteenBitMaximum()
    {
        // 65534 Ah, floor 50 %: 32767 Ah at 0.2 A = 163835 h. Victron keeps time to go as an un16 count of minutes
        // (0xFFFF = not available, register 0x0FFE), so no BMV/SmartShunt reports more than 65534 min (45.5 days).
        var rig = new MonitorRig(MonitorRig.PlainSettings(65534, thresholdMilliamps: 100));
        rig.Sample(12800, -200);
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(65534));

        // Just below the cap the value is exact: 1000 Ah, floor 50 %: 500 Ah / 0.5 A = 1000 h = 60000 min.
        var rig2 = new MonitorRig(MonitorRig.PlainSettings(1000, thresholdMilliamps: 100));
        rig2.Sample(12800, -500);
        Assert.That(rig2.Monitor.TimeToGoMinutes, Is.EqualTo(60000));
    }
}
