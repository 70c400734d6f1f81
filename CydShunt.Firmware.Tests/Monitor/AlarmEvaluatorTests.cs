using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>Alarms on their own: hysteresis, counting, holding while a value is not available, switching off.</summary>
public class AlarmEvaluatorTests
{
    private const int NoTemperature = Measurement.NotAvailable;

    private static (AlarmEvaluator Alarms, BatteryState State, BatterySettings Settings) Create()
    {
        BatterySettings settings = MonitorRig.PlainSettings(100);
        settings.LowVoltageAlarmEnabled = true;
        settings.LowVoltageAlarmSetMillivolts = 11500;
        settings.LowVoltageAlarmClearMillivolts = 12000;
        settings.LowSocAlarmEnabled = true;
        settings.LowSocAlarmSetPercent = 20;
        settings.LowSocAlarmClearPercent = 30;
        settings.HighTemperatureAlarmEnabled = true;
        settings.HighTemperatureAlarmSetCentidegrees = 5000;
        settings.HighTemperatureAlarmClearCentidegrees = 4500;
        var state = new BatteryState();
        return (new AlarmEvaluator(settings, state), state, settings);
    }

    [Test]
    public void LowVoltageSetsBelowTheSetLevelAndClearsAboveTheClearLevel()
    {
        var (alarms, state, _) = Create();
        alarms.Evaluate(true, 11500, NoTemperature, 9000);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.None), "at the set level");
        alarms.Evaluate(true, 11499, NoTemperature, 9000);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowVoltage));
        alarms.Evaluate(true, 12000, NoTemperature, 9000);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowVoltage), "at the clear level");
        alarms.Evaluate(true, 12001, NoTemperature, 9000);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.None));
        alarms.Evaluate(true, 11000, NoTemperature, 9000);
        Assert.That(state.LowVoltageAlarms, Is.EqualTo(2), "each set counts once");
    }

    [Test]
    public void WithoutAMeasurementVoltageAndTemperatureAlarmsHold()
    {
        var (alarms, state, _) = Create();
        alarms.Evaluate(true, 11000, 5100, 9000);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowVoltage | BatteryAlarms.HighTemperature));
        alarms.Evaluate(false, 13000, 2000, 9000);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowVoltage | BatteryAlarms.HighTemperature));
        alarms.Evaluate(true, 13000, NoTemperature, 9000);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.HighTemperature), "no temperature holds its alarm");
        Assert.That(state.HighTemperatureAlarms, Is.EqualTo(1));
    }

    [Test]
    public void SwitchingAnAlarmOffClearsItEvenWithoutAMeasurement()
    {
        var (alarms, state, settings) = Create();
        alarms.Evaluate(true, 11000, NoTemperature, 9000);
        settings.LowVoltageAlarmEnabled = false;
        alarms.Evaluate(false, 11000, NoTemperature, 9000);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.None));
    }

    [Test]
    public void LowStateOfChargeUsesPercentLevelsAndClearsWhileNotAvailable()
    {
        var (alarms, state, _) = Create();
        alarms.Evaluate(false, 0, NoTemperature, 2000);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.None), "at 20.00 %");
        alarms.Evaluate(false, 0, NoTemperature, 1999);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowStateOfCharge));
        alarms.Evaluate(false, 0, NoTemperature, 3000);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.LowStateOfCharge), "at 30.00 %");
        alarms.Evaluate(false, 0, NoTemperature, Measurement.NotAvailable);
        Assert.That(state.ActiveAlarms, Is.EqualTo(BatteryAlarms.None));
        Assert.That(state.LowStateOfChargeAlarms, Is.EqualTo(1));
    }
}
