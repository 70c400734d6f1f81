using CydShunt.Firmware.Display.Fonts;
using CydShunt.Firmware.Display.Ili9341;
using CydShunt.Firmware.Ui;

namespace CydShunt.Firmware.Host.Display;

/// <summary>
/// The CYD's screen on the host, end to end: the firmware's ILI9341 driver sends its bytes to the datasheet emulator,
/// and the user interface draws through that driver. What the emulator's frame shows is what the board would show;
/// its counters are the SPI traffic.
/// </summary>
public sealed class EmulatedScreen
{
    /// <summary>The CYD's landscape orientation (MADCTL MV | BGR), as the board file sets it.</summary>
    public const MemoryAccessControl Orientation = MemoryAccessControl.RowColumnExchange | MemoryAccessControl.Bgr;

    /// <summary>Creates the panel, initialises the driver and builds the user interface (no pages attached yet).</summary>
    public EmulatedScreen()
    {
        Panel = new Ili9341Emulator();
        Backlight = new SimulatedBacklight();
        Delay = new SimulatedDelay();
        Driver = new Ili9341(Panel.Spi, Panel.DataCommand, Backlight, Delay, Orientation);
        Driver.Initialise();
        Driver.SetBacklight(1000);
        Fonts = new UiFonts(Font6x13.Create(), Font10x20.Create());
        UserInterface = new ShuntUserInterface(Driver, Fonts);
    }

    /// <summary>The emulated panel (frame, counters, protocol violations).</summary>
    public Ili9341Emulator Panel { get; }

    /// <summary>The backlight.</summary>
    public SimulatedBacklight Backlight { get; }

    /// <summary>The driver's waits.</summary>
    public SimulatedDelay Delay { get; }

    /// <summary>The firmware's driver.</summary>
    public Ili9341 Driver { get; }

    /// <summary>The fonts.</summary>
    public UiFonts Fonts { get; }

    /// <summary>The user interface.</summary>
    public ShuntUserInterface UserInterface { get; }

    /// <summary>The frame as the user sees it (320 x 240 RGB565, index y * 320 + x).</summary>
    public ushort[] Frame() => Panel.GetFrame();

    /// <summary>Writes the frame as a PNG.</summary>
    /// <param name="path">The file.</param>
    public void SavePng(string path) => System.IO.File.WriteAllBytes(path, PngImage.EncodeRgb565(Panel.GetFrame(), Ili9341Emulator.ScreenWidth, Ili9341Emulator.ScreenHeight));
}
