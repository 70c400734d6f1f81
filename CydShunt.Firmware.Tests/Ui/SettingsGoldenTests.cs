using CydShunt.Firmware.Application;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Tests.Application;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>Golden screenshots of the setup, settings, actions, confirmation and boot-report pages over a real firmware.</summary>
public class SettingsGoldenTests
{
    private static (FirmwareRig Rig, EmulatedScreen Screen) Boot(bool sensorPresent = true) =>
        DeviceWithScreen.Boot(beforeBoot: rig => rig.Chip.Present = sensorPresent, configure: rig => rig.Firmware.SetBatteryCapacity(200));

    private static void Tap(EmulatedScreen screen, (int X, int Y) point) => screen.Tap(point);

    [Test]
    public void SetupMenu()
    {
        var (_, screen) = Boot();
        Tap(screen, ScreenLayout.SetupTab);
        ScreenGoldens.AssertScreen(screen, "setup-menu");
    }

    [Test]
    public void BatterySettingsEdited()
    {
        var (_, screen) = Boot();
        Tap(screen, ScreenLayout.SetupTab);
        Tap(screen, ScreenLayout.SetupBattery);
        Tap(screen, ScreenLayout.Plus(0));
        ScreenGoldens.AssertScreen(screen, "settings-battery-edited");
    }

    [Test]
    public void BatterySettingsRefused()
    {
        var (_, screen) = Boot();
        Tap(screen, ScreenLayout.SetupTab);
        Tap(screen, ScreenLayout.SetupBattery);
        for (int i = 0; i < 37; i++)
        {
            Tap(screen, ScreenLayout.Minus(2));
        }

        Tap(screen, ScreenLayout.Save);
        ScreenGoldens.AssertScreen(screen, "settings-battery-refused");
    }

    [Test]
    public void BatterySettingsSecondScreen()
    {
        var (_, screen) = Boot();
        Tap(screen, ScreenLayout.SetupTab);
        Tap(screen, ScreenLayout.SetupBattery);
        Tap(screen, ScreenLayout.Next);
        ScreenGoldens.AssertScreen(screen, "settings-battery-2");
    }

    [Test]
    public void ShuntSettingsCalibration()
    {
        var (rig, screen) = Boot();
        rig.SetBattery(-51500, 13000);
        rig.Run(5_000);
        Tap(screen, ScreenLayout.SetupTab);
        Tap(screen, ScreenLayout.SetupShunt);
        Tap(screen, ScreenLayout.Next);
        screen.UserInterface.Refresh(rig.Clock.MillisecondsSinceBoot);
        ScreenGoldens.AssertScreen(screen, "settings-shunt-calibration");
    }

    [Test]
    public void ActionsAndConfirmation()
    {
        var (_, screen) = Boot();
        Tap(screen, ScreenLayout.ActionsTab);
        ScreenGoldens.AssertScreen(screen, "actions");
        Tap(screen, ScreenLayout.ActionResetHistory);
        ScreenGoldens.AssertScreen(screen, "actions-confirm-reset-history");
        Tap(screen, ScreenLayout.ConfirmYes);
        ScreenGoldens.AssertScreen(screen, "actions-history-reset");
    }

    [Test]
    public void AboutAfterAHealthyBoot()
    {
        var (_, screen) = Boot();
        Tap(screen, ScreenLayout.SetupTab);
        Tap(screen, ScreenLayout.SetupAbout);
        ScreenGoldens.AssertScreen(screen, "about");
    }

    [Test]
    public void BootReportIsShownFirstWithoutASensor()
    {
        var (_, screen) = Boot(sensorPresent: false);
        Assert.That(screen.UserInterface.Screen.Page, Is.TypeOf<Firmware.Ui.Pages.AboutPage>());
        ScreenGoldens.AssertScreen(screen, "boot-report-no-sensor");
    }
}
