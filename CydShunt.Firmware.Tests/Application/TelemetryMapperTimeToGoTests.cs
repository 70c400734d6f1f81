using CydShunt.Firmware.Application;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Tests.Monitor;
using CydShunt.Firmware.VeDirect;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Application;

/// <summary>
/// VE.Direct TTG from the monitor (VE.Direct Protocol, TTG: "When the battery is not discharging the time-to-go is
/// infinite. This is represented as -1"; CE/SOC/TTG are "---" while not synchronised). Which signal says "discharging"
/// is ours to define (spec/gatt.md, time to go): the averaged current, the same one the number is computed from.
/// </summary>
public class TelemetryMapperTimeToGoTests
{
    private static VeDirectMainValues Map(MonitorRig rig)
    {
        VeDirectMainValues values = VeDirectMainValues.CreateUnavailable();
        TelemetryMapper.FillVeDirectMain(rig.Monitor, values);
        return values;
    }

    [Test]
    public void ALoadThatJustStartedIsInfiniteNotDashes()
    {
        // Ten minutes of charging fill the 3-minute filter with +5 A; one second at −2 A leaves the average charging.
        var rig = new MonitorRig(MonitorRig.PlainSettings(100, thresholdMilliamps: 100));
        rig.Run(600_000, 13000, 5000);
        rig.Run(1_000, 12600, -2000);
        Assert.That(rig.Monitor.Status & BatteryStatus.Discharging, Is.EqualTo(BatteryStatus.Discharging), "the live current discharges");
        Assert.That(Map(rig).TimeToGoMinutes, Is.EqualTo(VeDirectMainValues.TimeToGoInfinite),
            "synchronised with a capacity: a real BMV never sends --- here; the average is not a discharge yet, so -1");
    }

    [Test]
    public void AChargeThatJustStartedKeepsTheNumberWhileTheAverageStillDischarges()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100, thresholdMilliamps: 100));
        rig.Run(600_000, 12500, -10000);
        rig.Run(1_000, 13200, 3000);
        Assert.That(rig.Monitor.Status & BatteryStatus.Charging, Is.EqualTo(BatteryStatus.Charging));
        Assert.That(Map(rig).TimeToGoMinutes, Is.EqualTo(rig.Monitor.TimeToGoMinutes).And.GreaterThan(0));
    }

    [Test]
    public void IdleInsideTheThresholdIsInfinite()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100, thresholdMilliamps: 100));
        rig.Run(600_000, 12800, -50);
        Assert.That(Map(rig).TimeToGoMinutes, Is.EqualTo(VeDirectMainValues.TimeToGoInfinite));
    }

    [Test]
    public void WithoutACapacityOrSynchronisationItIsDashes()
    {
        var noCapacity = MonitorRig.PlainSettings(100);
        noCapacity.CapacityAmpHours = 0;
        var rig = new MonitorRig(noCapacity);
        rig.Run(10_000, 12500, -5000);
        Assert.That(Map(rig).TimeToGoMinutes, Is.EqualTo(Measurement.NotAvailable));

        var unsynchronised = MonitorRig.PlainSettings(100);
        unsynchronised.BatteryStartsSynchronised = false;
        var rig2 = new MonitorRig(unsynchronised);
        rig2.Run(10_000, 12500, 5000);
        Assert.That(Map(rig2).TimeToGoMinutes, Is.EqualTo(Measurement.NotAvailable));
    }

    [Test]
    public void BeforeTheFirstMeasurementItIsDashes()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        Assert.That(Map(rig).TimeToGoMinutes, Is.EqualTo(Measurement.NotAvailable));
    }
}
