using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>Alarms with set/clear hysteresis and their counters.</summary>
public class BatteryMonitorAlarmTests
{
    private static MonitorRig RigWithAlarms()
    {
        BatterySettings s = MonitorRig.PlainSettings(100);
        s.LowVoltageAlarmEnabled = true;      // set < 11.000 V, clear > 11.500 V
        s.HighVoltageAlarmEnabled = true;     // set > 15.000 V, clear < 14.500 V
        s.LowSocAlarmEnabled = true;          // set < 10 %, clear > 15 %
        s.HighTemperatureAlarmEnabled = true; // set > 50.00 °C, clear < 45.00 °C
        s.LowTemperatureAlarmEnabled = true;  // set < −10.00 °C, clear > −5.00 °C
        return new MonitorRig(s);
    }

    [Test]
    public void LowVoltageSetsBelowSetAndClearsOnlyAboveClear()
    {
        MonitorRig rig = RigWithAlarms();
        BatteryMonitor m = rig.Monitor;
        rig.Sample(11000, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.None), "at the set level, not below it");
        rig.Run(1000, 10999, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowVoltage));
        Assert.That(m.Status & BatteryStatus.AlarmActive, Is.EqualTo(BatteryStatus.AlarmActive));
        rig.Run(1000, 11500, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowVoltage), "hysteresis: not above the clear level yet");
        rig.Run(1000, 10500, 0);
        Assert.That(m.LowVoltageAlarms, Is.EqualTo(1), "still the same alarm");
        rig.Run(1000, 11501, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.None));
        rig.Run(1000, 10900, 0);
        Assert.That(m.LowVoltageAlarms, Is.EqualTo(2), "H11");
    }

    [Test]
    public void HighVoltage()
    {
        MonitorRig rig = RigWithAlarms();
        BatteryMonitor m = rig.Monitor;
        rig.Sample(15001, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.HighVoltage));
        rig.Run(1000, 14500, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.HighVoltage));
        rig.Run(1000, 14499, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.None));
        rig.Run(1000, 15100, 0);
        Assert.That(m.HighVoltageAlarms, Is.EqualTo(2), "H12");
    }

    [Test]
    public void LowStateOfCharge()
    {
        MonitorRig rig = RigWithAlarms();
        BatteryMonitor m = rig.Monitor;
        m.SetStateOfCharge(1000);
        rig.Sample(12000, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.None));
        m.SetStateOfCharge(999);
        rig.Run(1000, 12000, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowStateOfCharge));
        m.SetStateOfCharge(1500);
        rig.Run(1000, 12000, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowStateOfCharge));
        m.SetStateOfCharge(1501);
        rig.Run(1000, 12000, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.None));
        Assert.That(m.LowStateOfChargeAlarms, Is.EqualTo(1));
    }

    [Test]
    public void TemperatureAlarmsAndMissingTemperatureHoldsThem()
    {
        MonitorRig rig = RigWithAlarms();
        BatteryMonitor m = rig.Monitor;
        rig.Sample(12500, 0, 5001);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.HighTemperature));
        rig.Run(1000, 12500, 0, temperatureCentidegrees: MonitorRig.NoTemperature);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.HighTemperature), "no reading: the alarm holds");
        rig.Run(1000, 12500, 0, temperatureCentidegrees: 4499);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.None));
        rig.Run(1000, 12500, 0, temperatureCentidegrees: -1001);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowTemperature));
        rig.Run(1000, 12500, 0, temperatureCentidegrees: -500);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowTemperature));
        rig.Run(1000, 12500, 0, temperatureCentidegrees: -499);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.None));
        Assert.That(m.HighTemperatureAlarms, Is.EqualTo(1));
        Assert.That(m.LowTemperatureAlarms, Is.EqualTo(1));
    }

    [Test]
    public void ASensorFaultHoldsVoltageAlarmsAndDisablingClearsThem()
    {
        MonitorRig rig = RigWithAlarms();
        BatteryMonitor m = rig.Monitor;
        rig.Sample(10000, 0);
        rig.Clock.Advance(1000);
        m.ReportSensorFault(rig.Clock.MillisecondsSinceBoot);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowVoltage));

        BatterySettings off = m.Settings.Clone();
        off.LowVoltageAlarmEnabled = false;
        Assert.That(m.ApplySettings(off), Is.EqualTo(BatterySettingsError.None));
        rig.Run(1000, 10000, 0);
        Assert.That(m.ActiveAlarms, Is.EqualTo(BatteryAlarms.None));
        Assert.That(m.LowVoltageAlarms, Is.EqualTo(1));
    }

    [Test]
    public void AlarmsAreOffByDefault()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Sample(5000, 0, 9000);
        rig.Monitor.SetStateOfCharge(0);
        rig.Run(1000, 20000, 0, temperatureCentidegrees: -3000);
        Assert.That(rig.Monitor.ActiveAlarms, Is.EqualTo(BatteryAlarms.None));
    }

    [Test]
    public void AlarmAndStatusBitsMatchTheBleProtocol()
    {
        Assert.That((int)BatteryAlarms.LowVoltage, Is.EqualTo((int)CydShunt.Protocol.AlarmFlags.LowVoltage));
        Assert.That((int)BatteryAlarms.HighVoltage, Is.EqualTo((int)CydShunt.Protocol.AlarmFlags.HighVoltage));
        Assert.That((int)BatteryAlarms.LowStateOfCharge, Is.EqualTo((int)CydShunt.Protocol.AlarmFlags.LowStateOfCharge));
        Assert.That((int)BatteryAlarms.HighTemperature, Is.EqualTo((int)CydShunt.Protocol.AlarmFlags.HighTemperature));
        Assert.That((int)BatteryAlarms.LowTemperature, Is.EqualTo((int)CydShunt.Protocol.AlarmFlags.LowTemperature));
        Assert.That((int)BatteryStatus.Synchronised, Is.EqualTo((int)CydShunt.Protocol.StatusFlags.Synchronised));
        Assert.That((int)BatteryStatus.AlarmActive, Is.EqualTo((int)CydShunt.Protocol.StatusFlags.AlarmActive));
        Assert.That((int)BatteryStatus.Charging, Is.EqualTo((int)CydShunt.Protocol.StatusFlags.Charging));
        Assert.That((int)BatteryStatus.Discharging, Is.EqualTo((int)CydShunt.Protocol.StatusFlags.Discharging));
        Assert.That((int)BatteryStatus.SensorFault, Is.EqualTo((int)CydShunt.Protocol.StatusFlags.SensorFault));
    }
}
