using System.Linq;
using CydShunt.Firmware.Host.Display;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Display;

/// <summary>
/// The panel emulator against byte streams written by hand from the ILI9341 datasheet (V1.11): 8.2 for the commands,
/// 9.3 for the MADCTL address mapping. Expected screen positions are computed by hand from the datasheet's table and
/// the documented CYD mounting (screen x = physical row, screen y = physical column).
/// </summary>
public class Ili9341EmulatorTests
{
    private const ushort Red = 0xF800, Green = 0x07E0, Blue = 0x001F, White = 0xFFFF;

    private static void Send(Ili9341Emulator panel, byte command, params byte[] parameters)
    {
        panel.DataCommand.Write(false);
        panel.Spi.Write([command], 0, 1);
        if (parameters.Length > 0)
        {
            panel.DataCommand.Write(true);
            panel.Spi.Write(parameters, 0, parameters.Length);
        }
    }

    private static byte[] Pixels(params ushort[] colors) =>
        colors.SelectMany(c => new[] { (byte)(c >> 8), (byte)c }).ToArray();

    private static void Window(Ili9341Emulator panel, int sc, int ec, int sp, int ep)
    {
        Send(panel, 0x2A, (byte)(sc >> 8), (byte)sc, (byte)(ec >> 8), (byte)ec);
        Send(panel, 0x2B, (byte)(sp >> 8), (byte)sp, (byte)(ep >> 8), (byte)ep);
    }

    /// <summary>SWRESET, SLPOUT, PIXSET 55h (16 bpp), MADCTL, DISPON.</summary>
    private static Ili9341Emulator ReadyPanel(byte madctl = 0x28, bool panelIsBgr = true)
    {
        Ili9341Emulator panel = new(panelIsBgr);
        Send(panel, 0x01);
        Send(panel, 0x11);
        Send(panel, 0x3A, 0x55);
        Send(panel, 0x36, madctl);
        Send(panel, 0x29);
        return panel;
    }

    [Test]
    public void TwoByTwoWindowInTheTopLeftCornerFillsColumnFirst()
    {
        Ili9341Emulator panel = ReadyPanel();
        Window(panel, 0, 1, 0, 1);
        Send(panel, 0x2C, Pixels(Red, Green, Blue, White));

        Assert.Multiple(() =>
        {
            Assert.That(panel.PixelAt(0, 0), Is.EqualTo(Red));
            Assert.That(panel.PixelAt(1, 0), Is.EqualTo(Green));
            Assert.That(panel.PixelAt(0, 1), Is.EqualTo(Blue));
            Assert.That(panel.PixelAt(1, 1), Is.EqualTo(White));
            Assert.That(panel.PixelAt(2, 0), Is.Zero);
            Assert.That(panel.UnwrittenPixels, Is.EqualTo((320 * 240) - 4));
            Assert.That(panel.DisplayOn && !panel.Sleeping && panel.ShowsImage, Is.True);
            Assert.That(panel.ProtocolViolations, Is.Empty);
        });

        ushort[] frame = panel.GetFrame();
        Assert.That(new[] { frame[0], frame[1], frame[320], frame[321] }, Is.EqualTo(new[] { Red, Green, Blue, White }));
    }

    [Test]
    public void TwoByTwoWindowInTheBottomRightCorner()
    {
        Ili9341Emulator panel = ReadyPanel();
        Window(panel, 318, 319, 238, 239);
        Send(panel, 0x2C, Pixels(Red, Green, Blue, White));

        Assert.Multiple(() =>
        {
            Assert.That(panel.PixelAt(318, 238), Is.EqualTo(Red));
            Assert.That(panel.PixelAt(319, 238), Is.EqualTo(Green));
            Assert.That(panel.PixelAt(318, 239), Is.EqualTo(Blue));
            Assert.That(panel.PixelAt(319, 239), Is.EqualTo(White));
            Assert.That(panel.ProtocolViolations, Is.Empty);
        });
    }

    [Test]
    public void PointerWrapsToTheNextPageAndPastTheEndToTheWindowStart()
    {
        Ili9341Emulator panel = ReadyPanel();
        Window(panel, 10, 12, 20, 21);
        Send(panel, 0x2C, Pixels(1, 2, 3, 4, 5, 6));

        Assert.Multiple(() =>
        {
            Assert.That(new[] { panel.PixelAt(10, 20), panel.PixelAt(11, 20), panel.PixelAt(12, 20) }, Is.EqualTo(new ushort[] { 1, 2, 3 }));
            Assert.That(new[] { panel.PixelAt(10, 21), panel.PixelAt(11, 21), panel.PixelAt(12, 21) }, Is.EqualTo(new ushort[] { 4, 5, 6 }));
            Assert.That(panel.PixelAt(13, 20), Is.Zero);
            Assert.That(panel.ProtocolViolations, Is.Empty);
        });

        // A seventh pixel in the same write: back to (SC, SP), and a driver bug worth reporting.
        panel.Spi.Write(Pixels(7), 0, 2);
        Assert.That(panel.PixelAt(10, 20), Is.EqualTo(7));
        Assert.That(panel.ProtocolViolations, Has.Count.EqualTo(1).And.Some.Contains("more pixels than the window"));
    }

    // Logical (column 5, page 3) through MADCTL, by the datasheet's table (9.3) and the CYD mounting:
    // MV=0: physical column = MX ? 239-c : c, physical row = MY ? 319-p : p; MV=1: row = MY ? 319-c : c, column = MX ? 239-p : p;
    // screen x = physical row, screen y = physical column.
    [TestCase(0x28, 5, 3, TestName = "MADCTL 28h (MV, the CYD landscape): x = column, y = page")]
    [TestCase(0xE8, 314, 236, TestName = "MADCTL E8h (MY MX MV): landscape turned 180°")]
    [TestCase(0x68, 5, 236, TestName = "MADCTL 68h (MX MV): landscape mirrored top to bottom")]
    [TestCase(0xA8, 314, 3, TestName = "MADCTL A8h (MY MV): landscape mirrored left to right")]
    [TestCase(0x08, 3, 5, TestName = "MADCTL 08h (no exchange): memory order, portrait on its side")]
    [TestCase(0x48, 3, 234, TestName = "MADCTL 48h (MX)")]
    [TestCase(0x88, 316, 5, TestName = "MADCTL 88h (MY)")]
    [TestCase(0xC8, 316, 234, TestName = "MADCTL C8h (MY MX)")]
    [TestCase(0x3C, 5, 3, TestName = "MADCTL 3Ch (MV with ML and MH): refresh order does not move the image")]
    public void MadctlMapsTheAddressPointerToTheScreen(int madctl, int x, int y)
    {
        Ili9341Emulator panel = ReadyPanel((byte)madctl);
        Window(panel, 5, 5, 3, 3);
        Send(panel, 0x2C, Pixels(Red));

        Assert.That(panel.PixelAt(x, y), Is.EqualTo(Red));
        Assert.That(panel.UnwrittenPixels, Is.EqualTo((320 * 240) - 1));
        Assert.That(panel.ProtocolViolations, Is.Empty);
    }

    [Test]
    public void MadctlE8hRunsTheColumnsRightToLeft()
    {
        Ili9341Emulator panel = ReadyPanel(0xE8);
        Window(panel, 0, 2, 0, 0);
        Send(panel, 0x2C, Pixels(1, 2, 3));

        Assert.That(new[] { panel.PixelAt(319, 239), panel.PixelAt(318, 239), panel.PixelAt(317, 239) }, Is.EqualTo(new ushort[] { 1, 2, 3 }));
    }

    [Test]
    public void BgrBitAgainstTheBgrPanelDecidesWhetherRedAndBlueSwap()
    {
        Ili9341Emulator panel = ReadyPanel(0x20); // MV without BGR on the CYD's BGR glass
        Window(panel, 0, 0, 0, 0);
        Send(panel, 0x2C, Pixels(Red));
        Assert.That(panel.PixelAt(0, 0), Is.EqualTo(Blue));

        Send(panel, 0x36, 0x28); // BGR acts on the way to the source drivers: the stored pixel shows red now
        Assert.That(panel.PixelAt(0, 0), Is.EqualTo(Red));

        Ili9341Emulator rgbGlass = ReadyPanel(0x20, panelIsBgr: false);
        Window(rgbGlass, 0, 0, 0, 0);
        Send(rgbGlass, 0x2C, Pixels(0xF810)); // red 31, blue 16: no swap with BGR = 0 on RGB glass
        Assert.That(rgbGlass.PixelAt(0, 0), Is.EqualTo(0xF810));

        Send(panel, 0x36, 0x20);
        Window(panel, 1, 1, 0, 0);
        Send(panel, 0x2C, Pixels(0xF810)); // red 31, green 0, blue 16 → red 16, blue 31
        Assert.That(panel.PixelAt(1, 0), Is.EqualTo(0x801F));
        Assert.That(panel.ProtocolViolations.Concat(rgbGlass.ProtocolViolations), Is.Empty);
    }

    [Test]
    public void InversionOnInvertsEveryBitOfWhatIsShown()
    {
        Ili9341Emulator panel = ReadyPanel();
        Window(panel, 0, 1, 0, 0);
        Send(panel, 0x2C, Pixels(Red, 0x0000));
        Send(panel, 0x21);

        Assert.Multiple(() =>
        {
            Assert.That(panel.Inverted, Is.True);
            Assert.That(panel.PixelAt(0, 0), Is.EqualTo(0x07FF));
            Assert.That(panel.PixelAt(1, 0), Is.EqualTo(White));
        });

        Send(panel, 0x20);
        Assert.That(panel.PixelAt(0, 0), Is.EqualTo(Red));
    }

    [Test]
    public void RamwrWithoutAWindowSinceResetIsAViolation()
    {
        Ili9341Emulator panel = ReadyPanel();
        Send(panel, 0x2C, Pixels(Red));

        // The reset window (columns 0..EFh, pages 0..13Fh) is portrait, so with MV = 1 it also overruns the panel.
        Assert.That(panel.ProtocolViolations, Has.Count.EqualTo(3));
        Assert.That(panel.ProtocolViolations[0], Does.Contain("RAMWR (2Ch) before CASET"));
        Assert.That(panel.ProtocolViolations[1], Does.Contain("RAMWR (2Ch) before PASET"));
        Assert.That(panel.ProtocolViolations[2], Does.Contain("outside the panel: columns 0..239 (last 319), pages 0..319 (last 239, MV=1)"));

        // The stream position: SWRESET 1 + SLPOUT 1 + PIXSET 2 + MADCTL 2 + DISPON 1 = 7 bytes before RAMWR.
        Assert.That(panel.ProtocolViolations[0], Does.StartWith("byte 7:"));
    }

    [Test]
    public void TooFewParametersAreReportedWhenTheNextCommandArrives()
    {
        Ili9341Emulator panel = ReadyPanel();
        Send(panel, 0x2A, 0x00, 0x00, 0x00);
        Send(panel, 0x2B, 0x00, 0x00, 0x00, 0x01);

        Assert.That(panel.ProtocolViolations, Is.EqualTo(new[] { "byte 7: CASET (2Ah) got 3 of its 4 parameter(s)" }));
    }

    [Test]
    public void AShortCommandAtTheEndOfTheStreamIsListed()
    {
        Ili9341Emulator panel = ReadyPanel();
        Send(panel, 0xC5, 0x3E);

        Assert.That(panel.ProtocolViolations, Is.EqualTo(new[] { "byte 7: VMCTRL1 (C5h) got 1 of its 2 parameter(s)" }));
    }

    [Test]
    public void TooManyParametersAreAViolation()
    {
        Ili9341Emulator panel = ReadyPanel();
        Send(panel, 0x36, 0x28, 0x00);

        Assert.That(panel.ProtocolViolations, Has.Count.EqualTo(1));
        Assert.That(panel.ProtocolViolations[0], Does.StartWith("byte 9: MADCTL (36h) sent at byte 7 takes 1 parameter(s)"));
        Assert.That(panel.Madctl, Is.EqualTo(0x28));
    }

    [Test]
    public void AWindowBeyondThePanelForTheCurrentExchangeIsAViolation()
    {
        Ili9341Emulator portrait = ReadyPanel(0x08);
        Window(portrait, 0, 319, 0, 239); // 320 columns only exist with MV = 1
        Send(portrait, 0x2C, Pixels(Red));
        Assert.That(portrait.ProtocolViolations, Has.Count.EqualTo(1).And.Some.Contains("outside the panel"));

        Ili9341Emulator landscape = ReadyPanel(0x28);
        Window(landscape, 0, 319, 0, 239);
        Send(landscape, 0x2C, Pixels(Red));
        Assert.That(landscape.ProtocolViolations, Is.Empty);
    }

    [Test]
    public void AWindowWithStartAfterEndDiscardsItsPixels()
    {
        Ili9341Emulator panel = ReadyPanel();
        Window(panel, 5, 4, 0, 0);
        Send(panel, 0x2C, Pixels(Red));

        Assert.That(panel.ProtocolViolations, Has.Count.EqualTo(1).And.Some.Contains("start after end"));
        Assert.That(panel.UnwrittenPixels, Is.EqualTo(320 * 240));
    }

    [Test]
    public void PixelsBeforeSleepOutOrPixelFormatAreViolations()
    {
        Ili9341Emulator panel = new();
        Send(panel, 0x01);
        Send(panel, 0x36, 0x28);
        Window(panel, 0, 0, 0, 0);
        Send(panel, 0x2C, Pixels(Red));

        Assert.Multiple(() =>
        {
            Assert.That(panel.Sleeping, Is.True);
            Assert.That(panel.PixelFormat, Is.EqualTo(0x66));
            Assert.That(panel.ProtocolViolations, Has.Count.EqualTo(2));
            Assert.That(panel.ProtocolViolations, Has.Some.Contains("PIXSET is 66h"));
            Assert.That(panel.ProtocolViolations, Has.Some.Contains("sleep mode"));
            Assert.That(panel.UnwrittenPixels, Is.EqualTo(320 * 240), "18-bit data is not decoded as 16-bit pixels");
        });
    }

    [Test]
    public void CommandsOutsideTheDatasheetReadsAndStrayDataAreViolations()
    {
        Ili9341Emulator panel = new();
        panel.DataCommand.Write(true);
        panel.Spi.Write([0x12, 0x34], 0, 2);
        Send(panel, 0xFE);
        Send(panel, 0xD3);
        panel.Spi.TransferFullDuplex([0, 0], 0, new byte[2], 0, 2);

        Assert.That(panel.ProtocolViolations, Is.EqualTo(new[]
        {
            "byte 0: data byte 0x12 before any command",
            "byte 2: command FEh is not in the datasheet",
            "byte 3: read command D3h (reads are not modelled)",
            "byte 4: full-duplex transfer of 2 bytes (reads are not modelled; 0s returned)",
        }));
    }

    [Test]
    public void MemoryWriteEndingInHalfAPixelIsAViolation()
    {
        Ili9341Emulator panel = ReadyPanel();
        Window(panel, 0, 1, 0, 0);
        Send(panel, 0x2C, 0xF8, 0x00, 0x07);
        Send(panel, 0x00);

        Assert.That(panel.ProtocolViolations, Is.EqualTo(new[] { "byte 20: memory write ended in the middle of a pixel (odd byte count)" }));
        Assert.That(panel.PixelAt(0, 0), Is.EqualTo(Red));
    }

    [Test]
    public void PixelsSplitAcrossTransfersAtOddBoundariesLandTheSame()
    {
        Ili9341Emulator panel = ReadyPanel();
        Window(panel, 0, 1, 0, 1);
        Send(panel, 0x2C);
        byte[] data = Pixels(Red, Green, Blue, White);
        panel.DataCommand.Write(true);
        panel.Spi.Write(data, 0, 3);
        panel.Spi.Write(data, 3, 1);
        panel.Spi.Write(data, 4, 4);

        Assert.That(new[] { panel.PixelAt(0, 0), panel.PixelAt(1, 0), panel.PixelAt(0, 1), panel.PixelAt(1, 1) },
            Is.EqualTo(new[] { Red, Green, Blue, White }));
        Assert.That(panel.ProtocolViolations, Is.Empty);
    }

    [Test]
    public void WriteMemoryContinueResumesWhereTheLastWriteStopped()
    {
        Ili9341Emulator panel = ReadyPanel();
        Window(panel, 0, 2, 0, 0);
        Send(panel, 0x2C, Pixels(1));
        Send(panel, 0x3C, Pixels(2, 3));

        Assert.That(new[] { panel.PixelAt(0, 0), panel.PixelAt(1, 0), panel.PixelAt(2, 0) }, Is.EqualTo(new ushort[] { 1, 2, 3 }));
        Assert.That(panel.ProtocolViolations, Is.Empty);
    }

    [Test]
    public void PowerAndGammaCommandsAreRecordedWithoutTouchingTheImage()
    {
        Ili9341Emulator panel = ReadyPanel();
        Send(panel, 0xCF, 0x00, 0xC1, 0x30);
        Send(panel, 0xE0, Enumerable.Range(1, 15).Select(i => (byte)i).ToArray());
        Send(panel, 0xB6, 0x08, 0x82, 0x27, 0x00);

        Assert.Multiple(() =>
        {
            Assert.That(panel.LastParameters(0xCF), Is.EqualTo(new byte[] { 0x00, 0xC1, 0x30 }));
            Assert.That(panel.LastParameters(0xE0), Has.Length.EqualTo(15));
            Assert.That(panel.LastParameters(0xB6), Is.EqualTo(new byte[] { 0x08, 0x82, 0x27, 0x00 }));
            Assert.That(panel.LastParameters(0xE1), Is.Null);
            Assert.That(panel.UnwrittenPixels, Is.EqualTo(320 * 240));
            Assert.That(panel.ProtocolViolations, Is.Empty);
        });
    }

    [Test]
    public void SoftwareResetRestoresRegistersAndKeepsTheMemory()
    {
        Ili9341Emulator panel = ReadyPanel(0x28);
        Window(panel, 0, 0, 0, 0);
        Send(panel, 0x2C, Pixels(Red));
        Send(panel, 0x21);
        Send(panel, 0x01);

        Assert.Multiple(() =>
        {
            Assert.That(panel.Sleeping, Is.True);
            Assert.That(panel.DisplayOn, Is.False);
            Assert.That(panel.Inverted, Is.False);
            Assert.That(panel.Madctl, Is.Zero);
            Assert.That(panel.PixelFormat, Is.EqualTo(0x66));
            Assert.That((panel.ColumnStart, panel.ColumnEnd, panel.PageStart, panel.PageEnd), Is.EqualTo((0, 0xEF, 0, 0x13F)));
        });

        // MADCTL is 00h now, so BGR = 0 swaps red and blue on the BGR glass; the memory still holds the pixel.
        Assert.That(panel.PixelAt(0, 0), Is.EqualTo(Blue));
        Send(panel, 0x10);
        Send(panel, 0x28);
        Assert.That(panel.ShowsImage, Is.False);
    }

    [Test]
    public void CountersCountEveryByteAndResetForAMeasurement()
    {
        Ili9341Emulator panel = ReadyPanel();                   // 5 commands, 2 parameter bytes, 7 SPI calls
        Window(panel, 0, 1, 0, 1);                              // 2 commands, 8 parameter bytes, 4 calls
        Send(panel, 0x2C, Pixels(Red, Green, Blue, White));     // 1 command, 8 pixel bytes, 2 calls

        Assert.Multiple(() =>
        {
            Assert.That(panel.TotalBytes, Is.EqualTo(26));
            Assert.That(panel.CommandBytes, Is.EqualTo(8));
            Assert.That(panel.DataBytes, Is.EqualTo(18));
            Assert.That(panel.PixelBytes, Is.EqualTo(8));
            Assert.That(panel.PixelsWritten, Is.EqualTo(4));
            Assert.That(panel.Transfers, Is.EqualTo(13));
            Assert.That(panel.CommandCount(0x2A), Is.EqualTo(1));
            Assert.That(panel.CommandCount(0x2C), Is.EqualTo(1));
            Assert.That(panel.CommandCount(0x2E), Is.Zero);
        });

        panel.ResetCounters();
        Send(panel, 0x2C, Pixels(Red));
        Assert.Multiple(() =>
        {
            Assert.That(panel.TotalBytes, Is.EqualTo(3));
            Assert.That(panel.CommandBytes, Is.EqualTo(1));
            Assert.That(panel.PixelBytes, Is.EqualTo(2));
            Assert.That(panel.Transfers, Is.EqualTo(2));
            Assert.That(panel.CommandCount(0x2A), Is.Zero);
            Assert.That(panel.StreamPosition, Is.EqualTo(29), "positions keep counting across resets");
        });
    }

    [Test]
    public void BacklightFollowsPwmAndPlainWrites()
    {
        SimulatedBacklight backlight = new();
        Assert.That(backlight.IsLit, Is.False);
        backlight.SetDutyCycle(250);
        Assert.That(backlight.PerMille, Is.EqualTo(250));
        backlight.Write(false);
        Assert.That(backlight.IsLit, Is.False);
        backlight.Write(true);
        Assert.That((backlight.PerMille, backlight.Changes), Is.EqualTo((1000, 3)));
    }
}
