using CydShunt.Firmware.Monitor;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>Charged detection: charged voltage and tail current held for the charged-detection time.</summary>
public class BatteryMonitorSynchronisationTests
{
    // 100 Ah: tail current 4 % = 4 A; charged voltage 13.2 V; detection time 3 min.
    private static MonitorRig ChargingRig()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Monitor.SetStateOfCharge(8000);
        return rig;
    }

    [Test]
    public void SynchronisesAfterThreeMinutesAtChargedVoltageAndTailCurrent()
    {
        MonitorRig rig = ChargingRig();
        rig.Sample(13300, 3000);
        rig.Run(179_000, 13300, 3000);
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.LessThan(10000));
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.Zero);

        rig.Run(1_000, 13300, 3000);
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(10000));
        Assert.That(rig.Monitor.ConsumedMilliampHours, Is.EqualTo(0));
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.EqualTo(1));
        Assert.That(rig.Monitor.SecondsSinceFullCharge, Is.Zero);
    }

    [Test]
    public void ExactlyTheChargedVoltageAndTailCurrentQualify()
    {
        MonitorRig rig = ChargingRig();
        rig.Sample(13200, 4000);
        rig.Run(180_000, 13200, 4000);
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.EqualTo(1));
    }

    [Test]
    public void AVoltageDipMidWindowRestartsTheTimer()
    {
        MonitorRig rig = ChargingRig();
        rig.Sample(13300, 3000);
        rig.Run(100_000, 13300, 3000);
        rig.Run(1_000, 13199, 3000);

        // The timer starts again at the first sample that meets both conditions (1 s after the dip).
        rig.Run(180_000, 13300, 3000);
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.Zero, "179 s since the conditions returned");
        rig.Run(1_000, 13300, 3000);
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.EqualTo(1));
    }

    [Test]
    public void ACurrentAboveTheTailMidWindowRestartsTheTimer()
    {
        MonitorRig rig = ChargingRig();
        rig.Sample(13300, 3000);
        rig.Run(170_000, 13300, 3000);
        rig.Run(1_000, 13300, 4001);
        rig.Run(180_000, 13300, 3000);
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.Zero);
        rig.Run(1_000, 13300, 3000);
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.EqualTo(1));
    }

    [Test]
    public void ASensorFaultMidWindowRestartsTheTimer()
    {
        MonitorRig rig = ChargingRig();
        rig.Sample(13300, 3000);
        rig.Run(170_000, 13300, 3000);
        rig.Clock.Advance(1000);
        rig.Monitor.ReportSensorFault(rig.Clock.MillisecondsSinceBoot);
        rig.Run(180_000, 13300, 3000);
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.Zero);
        rig.Run(1_000, 13300, 3000);
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.EqualTo(1));
    }

    [Test]
    public void SynchronisesOncePerChargeNotEveryThreeMinutes()
    {
        MonitorRig rig = ChargingRig();
        rig.Sample(13300, 3000);
        rig.Run(3_600_000, 13300, 1000);
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.EqualTo(1));

        rig.Run(3_600_000, 12500, -5000);
        rig.Run(180_000, 13300, 2000);
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.EqualTo(1));
        rig.Run(1_000, 13300, 2000);
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.EqualTo(2));
    }

    [Test]
    public void AnUnsynchronisedBatteryBecomesSynchronisedWhenCharged()
    {
        var settings = MonitorRig.PlainSettings(100);
        settings.BatteryStartsSynchronised = false;
        var rig = new MonitorRig(settings);
        rig.Sample(13300, 3000);
        rig.Run(180_000, 13300, 3000);
        Assert.That(rig.Monitor.Synchronised, Is.True);
        Assert.That(rig.Monitor.StateOfChargeCentipercent, Is.EqualTo(10000));
    }

    [Test]
    public void NoChargedDetectionWithoutACapacity()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(0));
        rig.Sample(13300, 0);
        rig.Run(600_000, 13300, 0);
        Assert.That(rig.Monitor.AutomaticSynchronisations, Is.Zero);
    }
}
