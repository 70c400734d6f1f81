using CydShunt.Firmware.Monitor;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>Coulomb counting: exactness, CEF, Peukert, current threshold, irregular intervals, sensor faults.</summary>
public class BatteryMonitorCountingTests
{
    private const long MicroampMsPerMah = BatteryState.MicroampMillisecondsPerMilliampHour;

    [Test]
    public void StartsSynchronisedAtFullWithNothingMeasured()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings());
        BatteryMonitor m = rig.Monitor;
        Assert.Multiple(() =>
        {
            Assert.That(m.Synchronised, Is.True);
            Assert.That(m.StateOfChargeCentipercent, Is.EqualTo(10000));
            Assert.That(m.ConsumedMilliampHours, Is.EqualTo(0));
            Assert.That(m.VoltageMillivolts, Is.EqualTo(Measurement.NotAvailable));
            Assert.That(m.CurrentMilliamps, Is.EqualTo(Measurement.NotAvailable));
            Assert.That(m.TimeToGoMinutes, Is.EqualTo(Measurement.NotAvailable));
            Assert.That(m.Status, Is.EqualTo(BatteryStatus.Synchronised));
        });
    }

    [Test]
    public void TenAmpsForOneHourIsExactlyTenAmpHours()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Sample(12500, -10000);
        rig.Run(3_600_000, 12500, -10000);
        BatteryState state = rig.State();
        Assert.That(state.ConsumedMicroampMilliseconds, Is.EqualTo(-10_000 * MicroampMsPerMah));
        Assert.That(rig.Monitor.ConsumedMilliampHours, Is.EqualTo(-10000));
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(9000));
        Assert.That(rig.Monitor.CurrentMilliamps, Is.EqualTo(-10000));
        Assert.That(rig.Monitor.PowerMilliwatts, Is.EqualTo(-125000));
        Assert.That(rig.Monitor.Status, Is.EqualTo(BatteryStatus.Synchronised | BatteryStatus.Discharging));
    }

    [Test]
    public void OddCurrentsAndIrregularIntervalsAddUpExactly()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Sample(12000, 0);
        int[] steps = { 1, 3, 250, 999, 1000, 1001, 1700, 37, 5000, 59_999 };
        long expected = 0;
        for (int i = 0; i < 2000; i++)
        {
            int step = steps[i % steps.Length];
            int microamps = -1_234_567 - (i * 7919 % 3_000_001);
            rig.Clock.Advance(step);
            rig.Monitor.Update(rig.Clock.MillisecondsSinceBoot, 12_000_000, microamps, MonitorRig.NoTemperature);
            expected += (long)microamps * step;
        }

        Assert.That(rig.State().ConsumedMicroampMilliseconds, Is.EqualTo(expected));
        Assert.That(rig.State().CumulativeDrawnMilliampHours * MicroampMsPerMah + rig.State().CumulativeDrawnRemainder, Is.EqualTo(-expected));
    }

    [Test]
    public void ChargeEfficiencyAppliesToChargeOnly()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100, cefPercent: 95));
        Assert.That(rig.Monitor.SetStateOfCharge(5000), Is.True);
        rig.Sample(13000, 10000);
        rig.Run(3_600_000, 13000, 10000);

        // 10 Ah in, 95 % stored: -50 Ah + 9.5 Ah.
        Assert.That(rig.Monitor.ConsumedMilliampHours, Is.EqualTo(-40500));
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(5950));
        rig.Run(3_600_000, 12000, -10000);
        Assert.That(rig.Monitor.ConsumedMilliampHours, Is.EqualTo(-50500), "discharge is counted in full");
    }

    [Test]
    public void ChargeEfficiencyRemainderIsCarriedNotLost()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100, cefPercent: 95));
        rig.Monitor.SetStateOfCharge(5000);
        rig.Sample(13000, 0);

        // 1 µA for 1 ms = 1 µA·ms per sample; 95 % of it is 0.95: only the carried remainder makes 100 samples count 95.
        for (int i = 0; i < 100; i++)
        {
            rig.Clock.Advance(1);
            rig.Monitor.Update(rig.Clock.MillisecondsSinceBoot, 13_000_000, 1, MonitorRig.NoTemperature);
        }

        Assert.That(rig.State().ConsumedMicroampMilliseconds, Is.EqualTo(-5000L * 100 * 360_000_000 + 95));
    }

    [Test]
    public void PeukertAtTheRatedCurrentChangesNothing()
    {
        // 100 Ah: I20 = 5 A, so (I/I20)^0.25 = 1.
        var rig = new MonitorRig(MonitorRig.PlainSettings(100, peukertHundredths: 125));
        rig.Sample(12500, -5000);
        rig.Run(3_600_000, 12500, -5000);
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(9500));
        Assert.That(rig.State().PeukertConsumedMicroampMilliseconds, Is.EqualTo(-5000 * MicroampMsPerMah));
    }

    [Test]
    public void PeukertAtFourTimesTheRatedCurrentDrainsSquareRootOfTwoFaster()
    {
        // 20 A on 100 Ah: (20/5)^(1.25-1) = 4^0.25 = √2; 20 Ah drawn count as 28.2843 Ah: SOC 71.7157 % → 71.71 %.
        var rig = new MonitorRig(MonitorRig.PlainSettings(100, peukertHundredths: 125));
        rig.Sample(12500, -20000);
        rig.Run(3_600_000, 12500, -20000);
        Assert.That(rig.Monitor.ConsumedMilliampHours, Is.EqualTo(-20000), "consumed Ah is not Peukert-corrected");
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(7171));
        double effectiveAh = -rig.State().PeukertConsumedMicroampMilliseconds / 3.6e12;
        Assert.That(effectiveAh, Is.EqualTo(20 * System.Math.Sqrt(2)).Within(1e-6));
    }

    [Test]
    public void PeukertBelowTheRatedCurrentDrainsSlower()
    {
        // 1.25 A for 4 h on 100 Ah: 5 Ah × (1/4)^0.25 = 3.5355 Ah → SOC 96.4645 % → 96.46 %.
        var rig = new MonitorRig(MonitorRig.PlainSettings(100, peukertHundredths: 125));
        rig.Sample(12500, -1250);
        rig.Run(4 * 3_600_000, 12500, -1250);
        Assert.That(rig.Monitor.ConsumedMilliampHours, Is.EqualTo(-5000));
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(9646));
    }

    [Test]
    public void ChargingAFullBatteryDoesNotGoAboveFull()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Sample(12500, -10000);
        rig.Run(60_000, 12500, -10000);
        rig.Run(3_600_000, 12900, 10000);
        Assert.That(rig.Monitor.ConsumedMilliampHours, Is.EqualTo(0));
        Assert.That(rig.State().ConsumedMicroampMilliseconds, Is.EqualTo(0));
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(10000));
    }

    [Test]
    public void CurrentsWithinTheThresholdCountAsZero()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100, thresholdMilliamps: 100));
        rig.Monitor.SetStateOfCharge(5000);
        long start = rig.State().ConsumedMicroampMilliseconds;
        rig.Sample(12500, 99);
        rig.Run(600_000, 12500, 99);
        rig.Run(600_000, 12500, -100);
        Assert.That(rig.State().ConsumedMicroampMilliseconds, Is.EqualTo(start));
        Assert.That(rig.Monitor.CurrentMilliamps, Is.EqualTo(0));
        Assert.That(rig.Monitor.PowerMilliwatts, Is.EqualTo(0));
        Assert.That(rig.Monitor.Status & (BatteryStatus.Charging | BatteryStatus.Discharging), Is.EqualTo(BatteryStatus.None));

        rig.Run(3_600_000, 12500, -101);
        Assert.That(rig.State().ConsumedMicroampMilliseconds, Is.EqualTo(start - (101_000L * 3_600_000)));
        Assert.That(rig.Monitor.Status & BatteryStatus.Discharging, Is.EqualTo(BatteryStatus.Discharging));
        rig.Run(1000, 12500, 101);
        Assert.That(rig.Monitor.Status & BatteryStatus.Charging, Is.EqualTo(BatteryStatus.Charging));
    }

    [Test]
    public void RepeatedOrBackwardTimestampsCountNothing()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Clock.MillisecondsSinceBoot = 10_000;
        rig.Sample(12500, -10000);
        rig.Sample(12500, -10000);
        rig.Clock.MillisecondsSinceBoot = 9_000;
        rig.Sample(12500, -10000);
        Assert.That(rig.State().ConsumedMicroampMilliseconds, Is.EqualTo(0));

        // The next forward sample counts from the latest time seen (10 s), not from the backward one.
        rig.Clock.MillisecondsSinceBoot = 11_000;
        rig.Sample(12500, -10000);
        Assert.That(rig.State().ConsumedMicroampMilliseconds, Is.EqualTo(-10_000_000L * 1000));
    }

    [Test]
    public void ALongPauseCountsAtMostOneMinuteOfCurrent()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Sample(12500, -10000);
        rig.Clock.Advance(3_600_000);
        rig.Sample(12500, -10000);
        Assert.That(rig.State().ConsumedMicroampMilliseconds, Is.EqualTo(-10_000_000L * BatteryMonitor.MaximumIntegrationIntervalMilliseconds));
        Assert.That(rig.Monitor.SecondsSinceFullCharge, Is.EqualTo(3600), "time itself is not capped");
    }

    [Test]
    public void ASensorFaultMakesMeasurementsUnavailableAndCountsNothing()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Sample(12500, -10000, 2500);
        rig.Run(10_000, 12500, -10000, temperatureCentidegrees: 2500);
        long before = rig.State().ConsumedMicroampMilliseconds;

        rig.Clock.Advance(5_000);
        rig.Monitor.ReportSensorFault(rig.Clock.MillisecondsSinceBoot);
        BatteryMonitor m = rig.Monitor;
        Assert.Multiple(() =>
        {
            Assert.That(m.SensorFault, Is.True);
            Assert.That(m.Status, Is.EqualTo(BatteryStatus.Synchronised | BatteryStatus.SensorFault));
            Assert.That(m.VoltageMillivolts, Is.EqualTo(Measurement.NotAvailable));
            Assert.That(m.CurrentMilliamps, Is.EqualTo(Measurement.NotAvailable));
            Assert.That(m.PowerMilliwatts, Is.EqualTo(Measurement.NotAvailable));
            Assert.That(m.TemperatureCentidegrees, Is.EqualTo(Measurement.NotAvailable));
            Assert.That(m.TimeToGoMinutes, Is.EqualTo(Measurement.NotAvailable));
            Assert.That(m.StateOfChargeCentipercent, Is.Not.EqualTo(Measurement.NotAvailable), "SOC is still known from the counters");
            Assert.That(rig.State().ConsumedMicroampMilliseconds, Is.EqualTo(before));
        });

        // Recovery: only the time since the fault report counts, with the new sample's current.
        rig.Clock.Advance(1_000);
        rig.Sample(12500, -10000, 2500);
        Assert.That(rig.State().ConsumedMicroampMilliseconds, Is.EqualTo(before - 10_000_000L * 1000));
        Assert.That(m.SensorFault, Is.False);
        Assert.That(m.TemperatureCentidegrees, Is.EqualTo(2500));
    }

    [Test]
    public void WithoutACapacitySocAndTimeToGoAreUnavailableButConsumedIsCounted()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(0));
        rig.Sample(12500, -10000);
        rig.Run(360_000, 12500, -10000);
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(Measurement.NotAvailable));
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(Measurement.NotAvailable));
        Assert.That(rig.Monitor.ConsumedMilliampHours, Is.EqualTo(-1000));
        Assert.That(rig.Monitor.LastKnownStateOfChargeCentipercent, Is.EqualTo(10000));
    }

    [Test]
    public void ABatteryThatDoesNotStartSynchronisedShowsNoSoc()
    {
        var settings = MonitorRig.PlainSettings(100);
        settings.BatteryStartsSynchronised = false;
        var rig = new MonitorRig(settings);
        rig.Sample(12500, -10000);
        rig.Run(60_000, 12500, -10000);
        Assert.That(rig.Monitor.Synchronised, Is.False);
        Assert.That(rig.Monitor.Status & BatteryStatus.Synchronised, Is.EqualTo(BatteryStatus.None));
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(Measurement.NotAvailable));
        Assert.That(rig.Monitor.ConsumedMilliampHours, Is.EqualTo(Measurement.NotAvailable));
        Assert.That(rig.Monitor.TimeToGoMinutes, Is.EqualTo(Measurement.NotAvailable));
    }
}
