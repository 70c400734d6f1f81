using CydShunt.Firmware.Application;
using System;
using System.IO;
using System.Linq;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Tests.Application;
using CydShunt.Firmware.Tests.Subset;
using CydShunt.Firmware.Tests.Support;
using CydShunt.Firmware.Ui;
using CydShunt.Firmware.Ui.Pages;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>
/// The Integration page and the on-screen keyboard driven by taps on screen coordinates, over a real firmware on host
/// ports: a change goes tap → validate → persist → apply and shows on the BLE side (GAP name 0x2A00 and the name AD
/// structure, spec/advertising.md "Device name"). Coordinates come from the documented layout: settings rows at
/// y 24 + 38 n with the action button at x 214..313, page buttons at y 165..195; the keyboard's 10 x 5 grid of
/// 32 x 33 px cells from y 74, keys inset 2 px.
/// </summary>
public class IntegrationSettingsPageTests
{
    private static readonly string Goldens = Path.Combine(FirmwareSubsetTests.RepositoryRoot, "CydShunt.Firmware.Tests", "Ui", "Goldens");

    // The settings list (SettingsListPage layout).
    private const int ActionX = 264;
    private const int ButtonsY = 180;
    private const int NextX = 114;
    private const int UndoX = 196;
    private const int SaveX = 278;

    // The keyboard grid, as the user sees it: 10 columns of 32 px, 5 rows of 33 px from y 74.
    private const int KeyboardTop = 74;
    private const int CellWidth = 32;
    private const int CellHeight = 33;
    private const char Shift = '\u0001';
    private const char Symbols = '\u0002';
    private const char Delete = '\u0008';
    private const char Cancel = '\u0018';
    private const char Ok = '\r';

    private static readonly string[] Lower = ["1234567890", "qwertyuiop", "asdfghjkl-", "\u0001zxcvbnm.\u0008", "\u0002\u0002   _\u0018\u0018\r\r"];
    private static readonly string[] Upper = ["1234567890", "QWERTYUIOP", "ASDFGHJKL-", "\u0001ZXCVBNM.\u0008", "\u0002\u0002   _\u0018\u0018\r\r"];
    private static readonly string[] Symbol = ["1234567890", "!@#$%^&*()", "~`\"':;+={}", "[]<>|\\/?,\u0008", "\u0002\u0002   .\u0018\u0018\r\r"];

    private sealed class Device
    {
        public Device(InMemoryFlashStorage? flash = null)
        {
            Rig = new FirmwareRig(flash);
            var report = Rig.Firmware.Boot();
            Rig.Run(1_000);
            Screen = new EmulatedScreen();
            Screen.UserInterface.AttachFirmware(Rig.Firmware, new FirmwareIdentity(1, 2, 3, "HQ2611ABCDE"), report);
            Screen.UserInterface.ShowIntegrationSettings();
            Screen.UserInterface.Refresh(Rig.Clock.MillisecondsSinceBoot);
        }

        public FirmwareRig Rig { get; }

        public EmulatedScreen Screen { get; }

        public ShuntUserInterface Ui => Screen.UserInterface;

        public IntegrationSettingsPage Page => (IntegrationSettingsPage)Ui.Screen.Page!;

        public KeyboardPage Keyboard => (KeyboardPage)Ui.Screen.Page!;

        public bool ShiftOn { get; set; }

        public bool SymbolsOn { get; set; }

        public bool Tap(int x, int y)
        {
            bool used = Ui.Tap(x, y);
            Ui.Refresh(Rig.Clock.MillisecondsSinceBoot);
            return used;
        }

        public bool TapRow(int row) => Tap(ActionX, 24 + (row * 38) + 18);

        public string Message => new string(Enumerable.Range(0, Page.Message.Cells).Select(Page.Message.CellAt).ToArray()).Trim()
            + " " + new string(Enumerable.Range(0, Page.MessageContinued.Cells).Select(Page.MessageContinued.CellAt).ToArray()).Trim();

        public string KeyboardMessage => new string(Enumerable.Range(0, Keyboard.Message.Cells).Select(Keyboard.Message.CellAt).ToArray()).Trim();

        // Taps the key that types (or is) `key`, switching layers first as a user would.
        public void Press(char key)
        {
            string[] layer = SymbolsOn ? Symbol : ShiftOn ? Upper : Lower;
            if (!Find(layer, key, out int row, out int column))
            {
                if (Find(Symbol, key, out _, out _) && !Find(Lower, key, out _, out _))
                {
                    PressAt(Symbols);
                    SymbolsOn = !SymbolsOn;
                }
                else if (SymbolsOn)
                {
                    PressAt(Symbols);
                    SymbolsOn = false;
                }

                layer = SymbolsOn ? Symbol : ShiftOn ? Upper : Lower;
                if (!Find(layer, key, out _, out _))
                {
                    PressAt(Shift);
                    ShiftOn = !ShiftOn;
                }
            }

            PressAt(key);
        }

        public void Type(string text)
        {
            foreach (char c in text)
            {
                Press(c);
            }
        }

        private void PressAt(char key)
        {
            string[] layer = SymbolsOn ? Symbol : ShiftOn ? Upper : Lower;
            Assert.That(Find(layer, key, out int row, out int column), Is.True, "key " + (int)key + " on the layer shown");
            Assert.That(Tap((column * CellWidth) + (CellWidth / 2), KeyboardTop + (row * CellHeight) + (CellHeight / 2)), Is.True, "key " + (int)key + " reacted");
        }

        private static bool Find(string[] layer, char key, out int row, out int column)
        {
            for (row = 0; row < layer.Length; row++)
            {
                column = layer[row].IndexOf(key);
                if (column >= 0)
                {
                    return true;
                }
            }

            row = -1;
            column = -1;
            return false;
        }
    }

    private static byte[] NameStructure(string name)
    {
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(name);
        int advertised = Math.Min(utf8.Length, 11);
        return [(byte)(advertised + 1), (byte)(utf8.Length > 11 ? 0x08 : 0x09), .. utf8.Take(advertised)];
    }

    private static bool OnAir(HostBlePeripheral peripheral, string name)
    {
        byte[] air = [.. peripheral.AdvertisingPacket, .. peripheral.ScanResponse];
        return Convert.ToHexString(air).Contains(Convert.ToHexString(NameStructure(name)), StringComparison.Ordinal);
    }

    [Test]
    public void VeDirectOffBySaveIsAppliedAndPersisted()
    {
        var flash = new InMemoryFlashStorage();
        var device = new Device(flash);
        Assert.That(device.Rig.Firmware.VeDirectEnabled, Is.True);

        Assert.That(device.TapRow(0), Is.True, "TURN OFF");
        Assert.That(device.Rig.Firmware.VeDirectEnabled, Is.True, "a draft: nothing applied before SAVE");
        Assert.That(device.Tap(SaveX, ButtonsY), Is.True);

        Assert.That(device.Rig.Firmware.VeDirectEnabled, Is.False);
        Assert.That(device.Message, Does.StartWith("Saved."));
        var rebooted = new FirmwareRig(flash);
        rebooted.Firmware.Boot();
        Assert.That(rebooted.Firmware.IntegrationSettings.VeDirectEnabled, Is.False);
        Assert.That(rebooted.Firmware.IntegrationSettings.BleEnabled, Is.True);
    }

    [Test]
    public void UndoRestoresTheAppliedSettings()
    {
        var device = new Device();
        device.TapRow(1); // BLE off in the draft
        device.TapRow(0);
        Assert.That(device.Page.Draft.BleEnabled, Is.False);
        Assert.That(device.Tap(UndoX, ButtonsY), Is.True);
        Assert.That(device.Page.Draft.BleEnabled, Is.True);
        Assert.That(device.Page.Draft.VeDirectEnabled, Is.True);
        Assert.That(device.Tap(SaveX, ButtonsY), Is.False, "SAVE is disabled with nothing to save");
    }

    [Test]
    public void ANameTypedOnTheKeyboardReachesTheGapNameAndTheAdvertisement()
    {
        var flash = new InMemoryFlashStorage();
        var device = new Device(flash);
        Assert.That(device.TapRow(2), Is.True, "EDIT");
        Assert.That(device.Ui.Screen.Page, Is.InstanceOf<KeyboardPage>());
        Assert.That(device.Keyboard.Text, Is.EqualTo("CYD Smart Shunt"));

        for (int i = 0; i < "CYD Smart Shunt".Length; i++)
        {
            device.Press(Delete);
        }

        device.Type("Van #2");
        Assert.That(device.Keyboard.Text, Is.EqualTo("Van #2"));
        Assert.That(device.Keyboard.RemainingBytes, Is.EqualTo(20 - 6));
        device.Press(Ok);

        Assert.That(device.Ui.Screen.Page, Is.InstanceOf<IntegrationSettingsPage>());
        Assert.That(device.Page.Draft.DeviceName, Is.EqualTo("Van #2"));
        Assert.That(device.Rig.Peripheral.GapDeviceName, Is.EqualTo("CYD Smart Shunt"), "not applied before SAVE");
        Assert.That(device.Tap(SaveX, ButtonsY), Is.True);
        device.Rig.Run(3_000); // the next advertising refresh

        Assert.That(device.Rig.Peripheral.GapDeviceName, Is.EqualTo("Van #2"));
        Assert.That(OnAir(device.Rig.Peripheral, "Van #2"), Is.True, "complete local name 07 09 'Van #2'");
        var rebooted = new FirmwareRig(flash);
        rebooted.Firmware.Boot();
        Assert.That(rebooted.Firmware.IntegrationSettings.DeviceName, Is.EqualTo("Van #2"));
    }

    [Test]
    public void TypingStopsAtTwentyBytes()
    {
        var device = new Device();
        device.TapRow(2);
        device.Type("zzzzz"); // 15 + 5 = 20
        Assert.That(device.Keyboard.RemainingBytes, Is.EqualTo(0));
        device.Press('z');
        Assert.That(device.Keyboard.Text, Is.EqualTo("CYD Smart Shuntzzzzz"));
        Assert.That(device.KeyboardMessage, Does.Contain("20 bytes"));
    }

    [Test]
    public void AnEmptyNameIsRefusedInWordsAndChangesNothing()
    {
        var device = new Device();
        device.TapRow(2);
        for (int i = 0; i < 15; i++)
        {
            device.Press(Delete);
        }

        Assert.That(device.Keyboard.Text, Is.Empty);
        device.Press(Ok);

        Assert.That(device.Ui.Screen.Page, Is.InstanceOf<KeyboardPage>(), "the keyboard stays open");
        Assert.That(device.KeyboardMessage, Is.EqualTo("Device name is empty."));
        device.Press(Cancel);
        Assert.That(device.Ui.Screen.Page, Is.InstanceOf<IntegrationSettingsPage>());
        Assert.That(device.Page.Draft.DeviceName, Is.EqualTo("CYD Smart Shunt"));
        Assert.That(device.Tap(SaveX, ButtonsY), Is.False, "nothing to save");
        Assert.That(device.Rig.Firmware.IntegrationSettings.DeviceName, Is.EqualTo("CYD Smart Shunt"));
    }

    [Test]
    public void TapsBetweenKeysAndOutsideThemDoNothing()
    {
        var device = new Device();
        device.TapRow(2);
        int row1 = KeyboardTop + CellHeight + (CellHeight / 2);
        Assert.That(device.Tap(CellWidth - 1, row1), Is.False, "gap between q and w");
        Assert.That(device.Tap(CellWidth + 1, row1), Is.False, "gap between q and w");
        Assert.That(device.Tap(CellWidth / 2, KeyboardTop + CellHeight), Is.False, "gap between 1 and q");
        Assert.That(device.Tap(160, 66), Is.False, "the message line");
        Assert.That(device.Tap(160, 10), Is.False, "the title bar");
        Assert.That(device.Tap(-5, 300), Is.False, "off the screen");
        Assert.That(device.Keyboard.Text, Is.EqualTo("CYD Smart Shunt"));

        device.Press(Cancel);
        Assert.That(device.Tap(150, 24 + 18), Is.False, "the value text, not a button");
        Assert.That(device.Tap(212, 24 + 18), Is.False, "left of the button");
        Assert.That(device.Page.Draft.VeDirectEnabled, Is.True);
        Assert.That(device.Tap(SaveX, ButtonsY), Is.False);
    }

    [Test]
    public void ClearBondsAsksFirstThenEmptiesTheBondStore()
    {
        var device = new Device();
        HostBleCentral phone = device.Rig.Peripheral.Connect();
        phone.BeginPairing();
        device.Rig.Run(FirmwareRig.TickMilliseconds);
        Assert.That(phone.EnterPasskey(device.Rig.Display.Shown!.Value), Is.True);
        phone.Disconnect();
        device.Rig.Run(FirmwareRig.TickMilliseconds);
        Assert.That(device.Rig.Peripheral.BondCount, Is.EqualTo(1));

        Assert.That(device.Tap(NextX, ButtonsY), Is.True);
        Assert.That(device.TapRow(2), Is.True, "CLEAR");
        Assert.That(device.Page.IsConfirmingClearBonds, Is.True);
        Assert.That(device.Message, Does.Contain("CONFIRM"));
        Assert.That(device.Rig.Peripheral.BondCount, Is.EqualTo(1), "nothing before the confirmation");

        Assert.That(device.TapRow(2), Is.True, "CONFIRM");
        Assert.That(device.Rig.Peripheral.BondCount, Is.EqualTo(0));
        Assert.That(device.Message, Does.StartWith("Bonds cleared"));

        device.Rig.Peripheral.Connect(phone);
        Assert.That(phone.EncryptWithBond(), Is.False, "the device forgot the phone's key");
    }

    [Test]
    public void ClearBondsWithBluetoothOffSaysSo()
    {
        var device = new Device();
        device.TapRow(1);
        device.Tap(SaveX, ButtonsY);
        device.Rig.Run(1_000);
        Assert.That(device.Rig.Peripheral.IsRunning, Is.False);

        device.Tap(NextX, ButtonsY);
        device.TapRow(2);
        device.TapRow(2);
        Assert.That(device.Message, Does.StartWith("Not cleared"));
    }

    [Test]
    public void GoldenIntegrationPageWithTheLongestName()
    {
        var device = new Device();
        device.TapRow(2);
        for (int i = 0; i < 15; i++)
        {
            device.Press(Delete);
        }

        device.Type("Wohnmobil Batterie 1"); // 20 bytes, the longest name
        device.Press(Ok);
        device.TapRow(3); // BTHome
        Assert.That(device.Page.Draft.DeviceName, Is.EqualTo("Wohnmobil Batterie 1"));
        AssertScreen(device.Screen, "integration-settings");
    }

    [Test]
    public void GoldenIntegrationSecondScreenAskingToClearBonds()
    {
        var device = new Device();
        device.Tap(NextX, ButtonsY);
        device.TapRow(0); // BTHome
        device.TapRow(1); // pairing required
        device.TapRow(2); // CLEAR: asks
        Assert.That(device.Page.Draft.AdvertisingFormat, Is.EqualTo(AdvertisingFormat.BTHome));
        Assert.That(device.Page.Draft.PairingRequired, Is.True);
        AssertScreen(device.Screen, "integration-settings-bonds");
    }

    [Test]
    public void GoldenKeyboardWithTheLongestName()
    {
        var device = new Device();
        device.TapRow(2);
        for (int i = 0; i < 15; i++)
        {
            device.Press(Delete);
        }

        device.Type("Wohnmobil Batterie 1");
        device.Press('x'); // refused: full
        Assert.That(device.Keyboard.Text, Is.EqualTo("Wohnmobil Batterie 1"));
        AssertScreen(device.Screen, "keyboard-longest-name");
    }

    [Test]
    public void GoldenKeyboardSymbols()
    {
        var device = new Device();
        device.TapRow(2);
        device.Type(" (2)");
        Assert.That(device.Keyboard.Text, Is.EqualTo("CYD Smart Shunt (2)"));
        AssertScreen(device.Screen, "keyboard-symbols");
    }

    private static void AssertScreen(EmulatedScreen screen, string name)
    {
        Assert.That(screen.Panel.ProtocolViolations, Is.Empty);
        GoldenImage.AssertMatches(screen.Frame(), Ili9341Emulator.ScreenWidth, Ili9341Emulator.ScreenHeight, Path.Combine(Goldens, name + ".png"));
    }
}
