using CydShunt.DeviceTests.Scenario;
using CydShunt.DeviceTests.SelfTest;
using CydShunt.Firmware.Display.Fonts;
using CydShunt.Firmware.Display.Ili9341;
using CydShunt.Firmware.Ui;

namespace CydShunt.DeviceTests.Screen
{
    /// <summary>
    /// The screen on the runtime under test: the user interface draws the dashboard, one changed digit, the history
    /// page and a pairing passkey through the real ILI9341 driver into a digesting SPI port. Byte counts are checked
    /// against the datasheet's window commands and the font cells; the digest of the whole stream must equal
    /// <see cref="ExpectedDigest"/> on .NET and on nanoFramework, and the .NET tests compare the same drawing with the
    /// golden screenshots pixel for pixel.
    /// </summary>
    public static class ScreenScenario
    {
        /// <summary>The digest of every byte the display receives in this scenario.</summary>
        public const uint ExpectedDigest = 0x76305E03;

        private const string Group = "screen";

        // CASET (1 + 4 bytes), PASET (1 + 4), RAMWR (1): 3 command bytes and 8 parameter bytes per window.
        private const int WindowCommandBytes = 3;
        private const int WindowParameterBytes = 8;
        private const int FramePixelBytes = 320 * 240 * 2;
        private const int LargeGlyphPixelBytes = 10 * 20 * 2;

        /// <summary>Runs the scenario.</summary>
        /// <param name="log">The test log.</param>
        /// <returns>The digest of the display's byte stream.</returns>
        public static uint Run(TestLog log)
        {
            DigestSpiDevice bus = new DigestSpiDevice();
            Ili9341 display = new Ili9341(bus, bus, bus, bus, MemoryAccessControl.RowColumnExchange | MemoryAccessControl.Bgr);
            display.Initialise();
            display.SetBacklight(1000);
            ShuntUserInterface ui = new ShuntUserInterface(display, new UiFonts(Font6x13.Create(), Font10x20.Create()));
            ScenarioMonitorView monitor = new ScenarioMonitorView();
            ScenarioDeviceStatus status = new ScenarioDeviceStatus();
            bus.ResetCounts();

            ui.Attach(monitor, status);
            ui.Update(1000);
            log.Record(Group, "first frame is one full window", Bytes(bus, WindowCommandBytes, WindowParameterBytes + FramePixelBytes));

            bus.ResetCounts();
            monitor.VoltageMillivolts = 13280;
            ui.Update(2000);
            log.Record(Group, "one changed digit sends one glyph cell", Bytes(bus, WindowCommandBytes, WindowParameterBytes + LargeGlyphPixelBytes));

            bus.ResetCounts();
            ui.Update(3000);
            log.Record(Group, "nothing changed sends nothing", Bytes(bus, 0, 0));

            bus.ResetCounts();
            log.Record(Group, "the HISTORY tab takes the tap", ui.Tap(120, 218) ? null : "tap not taken");
            ui.Update(3500);
            log.Record(Group, "a page switch is one frame", Bytes(bus, WindowCommandBytes, WindowParameterBytes + FramePixelBytes));

            ui.ShowPasskey(42);
            log.Record(Group, "the passkey page is shown", ui.Screen.Page == ui.Pairing ? null : "another page");
            ui.HidePasskey();
            ui.Update(4000);
            log.Record(Group, "the page returns after pairing", ui.Screen.Page != ui.Pairing ? null : "still pairing");
            log.Record(Group, "backlight on", bus.BacklightPerMille == 1000 ? null : bus.BacklightPerMille.ToString());

            log.Write("screen digest " + bus.Digest.ToString());
            log.Record(Group, "digest", bus.Digest.Value == ExpectedDigest ? null : "expected " + ScenarioDigest.Hex8(ExpectedDigest) + ", got " + bus.Digest.ToString());
            return bus.Digest.Value;
        }

        private static string? Bytes(DigestSpiDevice bus, long commandBytes, long dataBytes)
        {
            return bus.CommandBytes == commandBytes && bus.DataBytes == dataBytes
                ? null
                : "expected " + commandBytes.ToString() + " command and " + dataBytes.ToString() + " data bytes, got " + bus.CommandBytes.ToString() + " and " + bus.DataBytes.ToString();
        }
    }
}
