using CydShunt.Firmware.Application;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Tests.Application;
using CydShunt.Firmware.Ui.Pages;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>
/// The shunt's zero offset set by a tap on ZERO (third screen of the Shunt page, row 0), end to end: the firmware's
/// validate → persist → apply path, the monitor's reading afterwards, and the next boot. Default 500 A / 50 mV shunt on
/// the simulated INA228: 1 mA = 100 nV, CURRENT_LSB 3.125 mA, so 0.3 A and 9.7 A are read exactly. The current
/// threshold is set to 0 so a residue of the offset would show.
/// </summary>
public class ZeroByTouchTests
{
    private static (FirmwareRig Rig, EmulatedScreen Screen) Boot(InMemoryFlashStorage? flash = null) =>
        DeviceWithScreen.Boot(flash, configure: rig =>
        {
            BatterySettings battery = rig.Firmware.BatterySettings;
            battery.CurrentThresholdMilliamps = 0;
            rig.Firmware.ApplyBatterySettings(battery, out _);
        });

    private static bool Tap(EmulatedScreen screen, (int X, int Y) point) => screen.Tap(point);

    private static void OpenZeroRow(EmulatedScreen screen)
    {
        Tap(screen, ScreenLayout.SetupTab);
        Tap(screen, ScreenLayout.SetupShunt);
        Tap(screen, ScreenLayout.Next);
        Tap(screen, ScreenLayout.Next);
    }

    [Test]
    public void ZeroTappedWithNoLoadRemovesTheOffsetAndSurvivesAReboot()
    {
        var (rig, screen) = Boot();
        rig.SetBattery(300, 13_000); // no load, but the sensor reads +0.3 A
        rig.Run(3_000);
        Assert.That(rig.Firmware.Monitor.CurrentMilliamps, Is.EqualTo(300));

        OpenZeroRow(screen);
        Assert.That(Tap(screen, ScreenLayout.Action(0)), Is.True);

        Assert.That(rig.Firmware.ShuntSettings.ZeroOffsetMicroamps, Is.EqualTo(300_000));
        Assert.That(Message(screen.UserInterface.ShuntSettings!), Does.StartWith("Zeroed"));
        screen.UserInterface.Refresh(rig.Clock.MillisecondsSinceBoot);
        ScreenGoldens.AssertScreen(screen, "settings-shunt-zeroed");

        rig.Run(2_000);
        Assert.That(rig.Firmware.Monitor.CurrentMilliamps, Is.Zero, "no load reads 0 now");

        // A true 10 A discharge: the sensor reads -10 A + 0.3 A = -9.7 A, the monitor -9.7 - 0.3 = -10 A.
        rig.SetBattery(-9_700, 13_000);
        rig.Run(2_000);
        Assert.That(rig.Firmware.Monitor.CurrentMilliamps, Is.EqualTo(-10_000).Within(1));

        var (rebooted, _) = Boot(rig.Flash);
        Assert.That(rebooted.Firmware.ShuntSettings.ZeroOffsetMicroamps, Is.EqualTo(300_000));
        rebooted.SetBattery(-9_700, 13_000);
        rebooted.Run(2_000);
        Assert.That(rebooted.Firmware.Monitor.CurrentMilliamps, Is.EqualTo(-10_000).Within(1));
        Assert.That(screen.Panel.ProtocolViolations, Is.Empty);
    }

    [Test]
    public void ZeroTappedWhileALoadFlowsIsRefusedInWords()
    {
        var (rig, screen) = Boot();
        rig.SetBattery(-20_000, 13_000); // 20 A: twice the 2 % bound of a 500 A shunt (10 A)
        rig.Run(3_000);
        OpenZeroRow(screen);
        Assert.That(Tap(screen, ScreenLayout.Action(0)), Is.True);

        Assert.That(rig.Firmware.ShuntSettings.ZeroOffsetMicroamps, Is.Zero);
        Assert.That(Message(screen.UserInterface.ShuntSettings!), Does.StartWith("Not zeroed: a load is flowing"));
        screen.UserInterface.Refresh(rig.Clock.MillisecondsSinceBoot);
        ScreenGoldens.AssertScreen(screen, "settings-shunt-zero-refused");
        rig.Run(2_000);
        Assert.That(rig.Firmware.Monitor.CurrentMilliamps, Is.EqualTo(-20_000));
    }

    private static string Message(SettingsListPage page) => (Text(page.Message) + " " + Text(page.MessageContinued)).Trim();

    private static string Text(Firmware.Ui.Widgets.TextField field)
    {
        var chars = new char[field.Cells];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = field.CellAt(i);
        }

        return new string(chars).TrimEnd();
    }
}
