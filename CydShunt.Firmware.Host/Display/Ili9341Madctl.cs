namespace CydShunt.Firmware.Host.Display;

/// <summary>
/// The bits of the MADCTL (36h) parameter, ILI9341 datasheet 8.2.29. MY, MX and MV set the MCU-to-memory write
/// direction (section 9.3): MX mirrors the physical column address (0..239), MY the physical page (row) address
/// (0..319), and MV makes CASET drive the physical page counter and PASET the physical column counter. ML and MH only
/// set the LCD refresh order, which a still image does not show; BGR selects the colour filter order.
/// </summary>
public static class Ili9341Madctl
{
    /// <summary>Row address order (D7): physical page address runs 319..0.</summary>
    public const byte MY = 0x80;

    /// <summary>Column address order (D6): physical column address runs 239..0.</summary>
    public const byte MX = 0x40;

    /// <summary>Row/column exchange (D5): CASET addresses physical pages (0..319), PASET physical columns (0..239).</summary>
    public const byte MV = 0x20;

    /// <summary>Vertical refresh order (D4): LCD refresh bottom to top.</summary>
    public const byte ML = 0x10;

    /// <summary>RGB-BGR order (D3): 1 for a BGR colour filter panel.</summary>
    public const byte BGR = 0x08;

    /// <summary>Horizontal refresh order (D2): LCD refresh right to left.</summary>
    public const byte MH = 0x04;

    /// <summary>
    /// The value that shows 320×240 landscape upright on the emulated CYD panel (USB connector on the right):
    /// MV | BGR, the value TFT_eSPI's rotation 1 sends, which the CYD reference examples use for landscape.
    /// </summary>
    public const byte CydLandscape = MV | BGR;
}
