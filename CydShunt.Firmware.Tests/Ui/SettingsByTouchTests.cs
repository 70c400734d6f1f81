using CydShunt.Firmware.Application;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Tests.Application;
using CydShunt.Firmware.Ui.Pages;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>
/// Settings and actions changed end to end by taps on screen coordinates: tap → the firmware's validate → persist →
/// apply path → what a BLE central reads and what the next boot loads. Expected values come from the step rules
/// documented in SettingSteps (capacity steps by 10 between 100 and 500 Ah) and the presets in BatterySettings.
/// </summary>
public class SettingsByTouchTests
{
    private static (FirmwareRig Rig, EmulatedScreen Screen) Boot(InMemoryFlashStorage? flash = null) => DeviceWithScreen.Boot(flash);

    private static bool Tap(EmulatedScreen screen, (int X, int Y) point) => screen.Tap(point);

    [Test]
    public void CapacityRaisedByTapsIsWhatBleReadsAndTheNextBootLoads()
    {
        var (rig, screen) = Boot();
        Assert.That(rig.Firmware.SetBatteryCapacity(200), Is.EqualTo(ControlPointResult.Success));

        Assert.That(Tap(screen, ScreenLayout.SetupTab), Is.True);
        Assert.That(Tap(screen, ScreenLayout.SetupBattery), Is.True);
        Assert.That(Tap(screen, ScreenLayout.Plus(0)), Is.True);
        Assert.That(Tap(screen, ScreenLayout.Plus(0)), Is.True);
        Assert.That(rig.Firmware.BatterySettings.CapacityAmpHours, Is.EqualTo(200), "nothing is applied before SAVE");
        Assert.That(Tap(screen, ScreenLayout.Save), Is.True);

        Assert.That(rig.Firmware.BatterySettings.CapacityAmpHours, Is.EqualTo(220));
        Assert.That(screen.UserInterface.BatterySettings!.Message.CellAt(0), Is.EqualTo('S'), "Saved ...");
        rig.Run(2_000); // the BLE service starts advertising on the main loop
        HostBleCentral central = rig.Peripheral.Connect();
        AttResult read = central.Read(CydShuntGattTable.DeviceInfo);
        Assert.That(DeviceInfoCodec.TryDecode(read.Value, 0, read.Value.Length, out DeviceInfo info, out _), Is.True);
        Assert.That(info.CapacityAmpHours, Is.EqualTo(220));

        var (rebooted, _) = Boot(rig.Flash);
        Assert.That(rebooted.Firmware.BatterySettings.CapacityAmpHours, Is.EqualTo(220));
        Assert.That(screen.Panel.ProtocolViolations, Is.Empty);
    }

    [Test]
    public void ARefusedValueIsExplainedAndChangesNothing()
    {
        var (rig, screen) = Boot();
        int before = rig.Firmware.BatterySettings.ChargedVoltageMillivolts;
        Tap(screen, ScreenLayout.SetupTab);
        Tap(screen, ScreenLayout.SetupBattery);

        // The 12 V presets charge at 13.2 V; 37 steps of 0.1 V down reach 9.5 V, below 0.8 x 12 V.
        for (int i = 0; i < 37; i++)
        {
            Tap(screen, ScreenLayout.Minus(2));
        }

        Assert.That(screen.UserInterface.BatterySettings!.Draft.ChargedVoltageMillivolts, Is.EqualTo(9500));
        Assert.That(Tap(screen, ScreenLayout.Save), Is.True);

        Assert.That(rig.Firmware.BatterySettings.ChargedVoltageMillivolts, Is.EqualTo(before));
        Assert.That(Message(screen.UserInterface.BatterySettings), Does.StartWith("Not saved: charged voltage must be 0.8..1.4 x the nominal voltage"));
        Assert.That(Tap(screen, ScreenLayout.Undo), Is.True);
        Assert.That(screen.UserInterface.BatterySettings.Draft.ChargedVoltageMillivolts, Is.EqualTo(before));
    }

    [Test]
    public void ResetEnergyAsksFirstAndCancelKeepsTheCounters()
    {
        var (rig, screen) = Boot();
        rig.SetBattery(20000, 13300); // 20 A charging at 13.3 V: 266 W, 4.4 Wh a minute
        rig.Run(180_000, () => screen.UserInterface.Update(rig.Clock.MillisecondsSinceBoot));
        int charged = rig.Firmware.Monitor.EnergyChargedWattHours;
        Assert.That(charged, Is.GreaterThan(10));

        Tap(screen, ScreenLayout.ActionsTab);
        Assert.That(Tap(screen, ScreenLayout.ActionResetEnergy), Is.True);
        Assert.That(screen.UserInterface.Screen.Page, Is.TypeOf<ConfirmPage>());
        Assert.That(Tap(screen, ScreenLayout.ConfirmCancel), Is.True);
        Assert.That(screen.UserInterface.Screen.Page, Is.TypeOf<ActionsPage>());
        Assert.That(rig.Firmware.Monitor.EnergyChargedWattHours, Is.EqualTo(charged));

        Tap(screen, ScreenLayout.ActionResetEnergy);
        Assert.That(Tap(screen, ScreenLayout.ConfirmYes), Is.True);
        Assert.That(rig.Firmware.Monitor.EnergyChargedWattHours, Is.Zero);
        Assert.That(Text(screen.UserInterface.Actions!.Result), Is.EqualTo("Energy counters reset."));
    }

    [Test]
    public void SynchroniseByTouchSetsFullAndSynchronised()
    {
        var (rig, screen) = Boot();
        rig.Firmware.SetBatteryCapacity(200);
        rig.SetBattery(-10000, 12900);
        rig.Run(60_000);
        Assert.That(rig.Firmware.Monitor.StateOfChargeCentipercent, Is.LessThan(10000));

        Tap(screen, ScreenLayout.ActionsTab);
        Tap(screen, ScreenLayout.ActionSynchronise);
        Tap(screen, ScreenLayout.ConfirmYes);

        Assert.That(rig.Firmware.Monitor.StateOfChargeCentipercent, Is.EqualTo(10000));
        Assert.That(rig.Firmware.Monitor.ConsumedMilliampHours, Is.Zero);
    }

    [Test]
    public void TapsOutsideControlsDoNothing()
    {
        var (rig, screen) = Boot();
        Tap(screen, ScreenLayout.SetupTab);
        Tap(screen, ScreenLayout.SetupBattery);
        var page = screen.UserInterface.Screen.Page;
        int capacity = rig.Firmware.BatterySettings.CapacityAmpHours;
        screen.Panel.ResetCounters();

        Assert.That(screen.UserInterface.Tap(5, 5), Is.False, "status bar");
        Assert.That(screen.UserInterface.Tap(100, 40), Is.False, "a row's caption");
        Assert.That(screen.UserInterface.Tap(80, 230), Is.False, "between two tabs");
        Assert.That(screen.UserInterface.Tap(278, 180), Is.False, "SAVE while nothing changed is disabled");
        Assert.That(screen.UserInterface.Tap(-1, 500), Is.False, "outside the screen");
        Assert.That(screen.UserInterface.Tap(int.MaxValue, int.MinValue), Is.False);

        Assert.That(screen.UserInterface.Screen.Page, Is.SameAs(page));
        Assert.That(rig.Firmware.BatterySettings.CapacityAmpHours, Is.EqualTo(capacity));
        Assert.That(screen.Panel.PixelBytes, Is.Zero, "nothing was redrawn");
    }

    [Test]
    public void ShuntRatingChangedByTapsReconfiguresTheSensor()
    {
        var (rig, screen) = Boot();
        Tap(screen, ScreenLayout.SetupTab);
        Tap(screen, ScreenLayout.SetupShunt);

        // 500 A: the ladder steps by 50 between 500 and 2000 A.
        Tap(screen, ScreenLayout.Plus(0));
        Tap(screen, ScreenLayout.Plus(0));
        Tap(screen, ScreenLayout.Save);

        Assert.That(rig.Firmware.ShuntSettings.RatedCurrentAmps, Is.EqualTo(600));
        var (rebooted, _) = Boot(rig.Flash);
        Assert.That(rebooted.Firmware.ShuntSettings.RatedCurrentAmps, Is.EqualTo(600));
    }

    [Test]
    public void KnownLoadCalibrationCorrectsTheGain()
    {
        var (rig, screen) = Boot();

        // The shunt reads 3 % high: a true 50 A load shows 51.5 A. Calibrating to 50 A gives 10^6 x 50 / 51.5 ppm.
        rig.SetBattery(-51500, 13000);
        rig.Run(5_000);
        Tap(screen, ScreenLayout.SetupTab);
        Tap(screen, ScreenLayout.SetupShunt);
        Tap(screen, ScreenLayout.Next);

        // Row 1 of the second screen is the known load (10 A to start); the ladder steps by 1 below 20 A and by 5
        // from 20 A to 100 A: 10 taps to 20 A, 6 more to 50 A.
        for (int i = 0; i < 16; i++)
        {
            Tap(screen, ScreenLayout.Plus(1));
        }

        Assert.That(screen.UserInterface.ShuntSettings!.ReferenceMilliamps, Is.EqualTo(50000));
        Assert.That(Tap(screen, ScreenLayout.Action(2)), Is.True);

        Assert.That(rig.Firmware.ShuntSettings.CorrectionPpm, Is.EqualTo(970874).Within(1));
        Assert.That(Message(screen.UserInterface.ShuntSettings), Does.StartWith("Calibrated"));
    }

    [Test]
    public void PairingShowsThePasskeyThenItsResultThenGoesBack()
    {
        var screen = new EmulatedScreen();
        var status = new FakeDeviceStatus();
        screen.UserInterface.Attach(FakeMonitorView.Discharging(), status);
        screen.UserInterface.Update(1000);
        Page? before = screen.UserInterface.Screen.Page;

        screen.UserInterface.ShowPasskey(123456);
        Assert.That(screen.UserInterface.Screen.Page, Is.SameAs(screen.UserInterface.Pairing));
        screen.UserInterface.HidePasskey();
        status.PairingsCompleted = 1;
        status.LastPairingSucceeded = true;
        screen.UserInterface.Update(1100);
        Assert.That(screen.UserInterface.Screen.Page, Is.SameAs(screen.UserInterface.Pairing), "the result stays");
        ScreenGoldens.AssertScreen(screen, "pairing-result");

        screen.UserInterface.Update(1100 + Firmware.Ui.ShuntUserInterface.PairingResultMilliseconds);
        Assert.That(screen.UserInterface.Screen.Page, Is.SameAs(before));
    }

    [Test]
    public void APasskeyHiddenWithoutAResultGoesBackAtOnce()
    {
        var screen = new EmulatedScreen();
        screen.UserInterface.Attach(FakeMonitorView.Discharging(), new FakeDeviceStatus());
        screen.UserInterface.Update(1000);
        screen.UserInterface.ShowPasskey(1);
        screen.UserInterface.HidePasskey();
        screen.UserInterface.Update(1100);
        Assert.That(screen.UserInterface.Screen.Page, Is.TypeOf<DashboardPage>());
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
