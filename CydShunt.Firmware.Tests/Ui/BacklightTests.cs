using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Ui.Backlight;
using CydShunt.Firmware.Ui.Pages;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>
/// Backlight timeout: full brightness, dimmed to a tenth after the timeout, off 30 s later; a press on a dark screen
/// only wakes it; pairing and a new alarm wake it. Expected levels are the settings' per mille (1000 full, 100 dimmed).
/// </summary>
public class BacklightTests
{
    private const int Minute = 60000;

    /// <summary>A rig whose panel is already calibrated (so the dashboard shows) with a 1 min timeout saved.</summary>
    private static TouchRig CalibratedRig(int timeoutMinutes = 1, FakeMonitorView? monitor = null)
    {
        var flash = new InMemoryFlashStorage();
        var repository = new SettingsRepository(new RecordStore(flash, 64));
        Assert.That(TouchCalibration.TryCreate(
            new TouchCalibrationPoint(32, 24, TouchRig.RawXAt(24), TouchRig.RawYAt(32)),
            new TouchCalibrationPoint(288, 120, TouchRig.RawXAt(120), TouchRig.RawYAt(288)),
            new TouchCalibrationPoint(160, 216, TouchRig.RawXAt(216), TouchRig.RawYAt(160)),
            out TouchCalibration? calibration, out _), Is.True);
        new TouchCalibrationStore(repository).Save(calibration!, out _);
        new DisplaySettingsStore(repository).Save(new DisplaySettings { TimeoutMinutes = timeoutMinutes }, out _);
        var rig = new TouchRig(flash, monitor);
        Assert.That(rig.Ui.Screen.Page, Is.TypeOf<DashboardPage>());
        return rig;
    }

    [Test]
    public void ControllerDimsAtTheTimeoutAndTurnsOffThirtySecondsLater()
    {
        var pwm = new SimulatedBacklight();
        var backlight = new BacklightController(pwm, new DisplaySettings { TimeoutMinutes = 2, BrightnessPerMille = 800 });

        backlight.Update(1000, 0);
        Assert.That(pwm.PerMille, Is.EqualTo(800));
        backlight.Update(1000 + (2 * Minute) - 1, 0);
        Assert.That(pwm.PerMille, Is.EqualTo(800));
        backlight.Update(1000 + (2 * Minute), 0);
        Assert.That(backlight.State, Is.EqualTo(BacklightState.Dimmed));
        Assert.That(pwm.PerMille, Is.EqualTo(80));
        backlight.Update(1000 + (2 * Minute) + 29999, 0);
        Assert.That(pwm.PerMille, Is.EqualTo(80));
        backlight.Update(1000 + (2 * Minute) + 30000, 0);
        Assert.That(backlight.State, Is.EqualTo(BacklightState.Off));
        Assert.That(pwm.PerMille, Is.EqualTo(0));
        int changes = pwm.Changes;
        backlight.Update(1000 + (10 * Minute), 0);
        Assert.That(pwm.Changes, Is.EqualTo(changes), "an unchanged level is not written again");
    }

    [Test]
    public void NeverKeepsTheBacklightOn()
    {
        var pwm = new SimulatedBacklight();
        var backlight = new BacklightController(pwm, new DisplaySettings { TimeoutMinutes = DisplaySettings.Never });

        backlight.Update(0, 0);
        backlight.Update(24L * 60 * Minute, 0);

        Assert.That(pwm.PerMille, Is.EqualTo(1000));
    }

    [Test]
    public void TheScreenDimsAndGoesDarkWithoutTouches()
    {
        var rig = CalibratedRig();
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(1000));

        rig.Run(Minute + 500);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(100));
        rig.Run(30000);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(0));
    }

    [Test]
    public void TouchesKeepTheScreenOn()
    {
        var rig = CalibratedRig();
        for (int i = 0; i < 4; i++)
        {
            rig.Run(50000);
            rig.Touch(160, 100); // on the dashboard's values: nothing to press there
        }

        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(1000));
    }

    [Test]
    public void ATouchOnADarkScreenOnlyWakesIt()
    {
        var rig = CalibratedRig();
        rig.Run(2 * Minute);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(0));

        rig.Touch(120, 218); // the HISTORY tab

        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(1000));
        Assert.That(rig.Ui.Screen.Page, Is.TypeOf<DashboardPage>(), "the waking touch must not press the tab");

        rig.Touch(120, 218);
        Assert.That(rig.Ui.Screen.Page, Is.TypeOf<HistoryPage>(), "the next touch does");
    }

    [Test]
    public void ATouchOnADimmedScreenOnlyWakesIt()
    {
        var rig = CalibratedRig();
        rig.Run(Minute + 1000);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(100));

        rig.Touch(120, 218);

        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(1000));
        Assert.That(rig.Ui.Screen.Page, Is.TypeOf<DashboardPage>());
    }

    [Test]
    public void APressHeldForMinutesKeepsTheScreenOnAndTapsNothing()
    {
        var rig = CalibratedRig();

        rig.Touch(120, 218, holdMilliseconds: 5 * Minute); // on the HISTORY tab, as a fallen object would

        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(1000));
        Assert.That(rig.Screen.Backlight.Changes, Is.EqualTo(1 + 1), "the power-on write and the controller's first write, nothing else");
        Assert.That(rig.Ui.Screen.Page, Is.TypeOf<DashboardPage>());
        rig.Run(Minute + 500);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(100), "after the release the timeout runs again");
    }

    [Test]
    public void APairingPasskeyWakesTheScreen()
    {
        var rig = CalibratedRig();
        rig.Run(2 * Minute);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(0));

        rig.Ui.ShowPasskey(123456);

        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(1000));
        rig.Run(30000);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(1000), "and the timeout starts again from the passkey");
    }

    [Test]
    public void ANewAlarmWakesTheScreenButAStandingOneDoesNotKeepItOn()
    {
        var monitor = FakeMonitorView.Discharging();
        var rig = CalibratedRig(monitor: monitor);
        rig.Run(2 * Minute);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(0));

        monitor.ActiveAlarms = BatteryAlarms.LowVoltage;
        rig.Run(PollOnce);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(1000));

        rig.Run(2 * Minute);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(0));
        monitor.ActiveAlarms = BatteryAlarms.LowVoltage | BatteryAlarms.LowStateOfCharge;
        rig.Run(PollOnce);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(1000), "another alarm wakes it again");
    }

    private const int PollOnce = TouchRig.PollMilliseconds;
}
