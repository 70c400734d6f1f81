using CydShunt.Protocol;
using System.IO;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Tests.Subset;
using CydShunt.Firmware.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>
/// Golden screenshots of every page and state, drawn by the firmware's user interface through its ILI9341 driver into
/// the datasheet emulator and compared pixel for pixel with the PNGs in Goldens/ (docs/screen.md shows them).
/// Update after a deliberate change with UPDATE_GOLDEN=1 and review the images in the commit.
/// </summary>
public class ScreenGoldenTests
{
    private static void AssertScreen(EmulatedScreen screen, string name) => ScreenGoldens.AssertScreen(screen, name);

    private static EmulatedScreen Show(FakeMonitorView monitor, FakeDeviceStatus? status = null)
    {
        var screen = new EmulatedScreen();
        screen.UserInterface.Attach(monitor, status ?? new FakeDeviceStatus());
        screen.UserInterface.Refresh(1000);
        return screen;
    }

    [Test]
    public void DashboardDischarging()
    {
        AssertScreen(Show(FakeMonitorView.Discharging()), "dashboard-discharging");
    }

    [Test]
    public void DashboardCharging()
    {
        var monitor = FakeMonitorView.Discharging();
        monitor.Status = BatteryStatus.Synchronised | BatteryStatus.Charging;
        monitor.VoltageMillivolts = 14120;
        monitor.CurrentMilliamps = 45670;
        monitor.PowerMilliwatts = 644860;
        monitor.TimeToGoMinutes = Measurement.NotAvailable;
        monitor.StateOfChargeCentipercent = 6512;
        monitor.ConsumedMilliampHours = -69760;
        var status = new FakeDeviceStatus { BleConnected = true, VeDirectBlocksSent = 5 };
        var screen = Show(monitor, status);
        status.VeDirectBlocksSent = 6; // a block went out: VE.Direct shows as active
        screen.UserInterface.Refresh(2000);
        AssertScreen(screen, "dashboard-charging-connected");
    }

    [Test]
    public void DashboardIdleFull()
    {
        var monitor = FakeMonitorView.Discharging();
        monitor.Status = BatteryStatus.Synchronised;
        monitor.VoltageMillivolts = 13600;
        monitor.CurrentMilliamps = 0;
        monitor.PowerMilliwatts = 0;
        monitor.StateOfChargeCentipercent = 10000;
        monitor.ConsumedMilliampHours = 0;
        monitor.TimeToGoMinutes = Measurement.NotAvailable;
        AssertScreen(Show(monitor), "dashboard-idle-full");
    }

    [Test]
    public void DashboardEmptyWithAlarm()
    {
        var monitor = FakeMonitorView.Discharging();
        monitor.Status = BatteryStatus.Synchronised | BatteryStatus.Discharging | BatteryStatus.AlarmActive;
        monitor.ActiveAlarms = BatteryAlarms.LowStateOfCharge | BatteryAlarms.LowVoltage;
        monitor.VoltageMillivolts = 11520;
        monitor.CurrentMilliamps = -3210;
        monitor.PowerMilliwatts = -36979;
        monitor.StateOfChargeCentipercent = 0;
        monitor.ConsumedMilliampHours = -180000;
        monitor.TimeToGoMinutes = 0;
        AssertScreen(Show(monitor), "dashboard-empty-alarm");
    }

    [Test]
    public void DashboardNotSynchronised()
    {
        var monitor = new FakeMonitorView
        {
            Synchronised = false,
            VoltageMillivolts = 13270,
            CurrentMilliamps = -2100,
            PowerMilliwatts = -27867,
            EnergyChargedWattHours = 0,
            EnergyDischargedWattHours = 12,
        };
        AssertScreen(Show(monitor), "dashboard-not-synchronised");
    }

    [Test]
    public void DashboardSensorFault()
    {
        var monitor = new FakeMonitorView { Synchronised = true, SensorFault = true, StateOfChargeCentipercent = 7712, ConsumedMilliampHours = -45760, EnergyChargedWattHours = 2000, EnergyDischargedWattHours = 1500 };
        var status = new FakeDeviceStatus { SensorError = SensorError.NoAcknowledge, BleRunning = false, VeDirectEnabled = false };
        AssertScreen(Show(monitor, status), "dashboard-sensor-fault");
    }

    [Test]
    public void DashboardExtremeValues()
    {
        var monitor = FakeMonitorView.Discharging();
        monitor.VoltageMillivolts = 85000;
        monitor.CurrentMilliamps = -1999999;
        monitor.PowerMilliwatts = -169999915;
        monitor.ConsumedMilliampHours = -65535000;
        monitor.TimeToGoMinutes = 999 * 60 + 59;
        monitor.EnergyChargedWattHours = 99999999;
        monitor.EnergyDischargedWattHours = 99999999;
        monitor.StateOfChargeCentipercent = 9999;
        AssertScreen(Show(monitor), "dashboard-extreme-values");
    }

    [Test]
    public void History()
    {
        var screen = Show(FakeMonitorView.Discharging());
        screen.UserInterface.ShowHistory();
        screen.UserInterface.Refresh(2000);
        AssertScreen(screen, "history");
    }

    [Test]
    public void HistoryNotAvailable()
    {
        var screen = Show(new FakeMonitorView());
        screen.UserInterface.ShowHistory();
        screen.UserInterface.Refresh(2000);
        AssertScreen(screen, "history-not-available");
    }

    [Test]
    public void PairingPasskey()
    {
        var screen = Show(FakeMonitorView.Discharging());
        screen.UserInterface.ShowPasskey(42);
        AssertScreen(screen, "pairing-passkey");
    }
}
