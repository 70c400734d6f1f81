namespace CydShunt.Firmware.Host.Display;

/// <summary>
/// ILI9341 command codes and parameter counts, named as in the ILITEK ILI9341 datasheet (V1.11, chapter 8: level 1
/// commands 8.2, level 2 commands 8.3, extended commands 8.4). The emulator's oracle table: it was typed from the
/// datasheet, not from any driver.
/// </summary>
public static class Ili9341Command
{
    /// <summary>No operation (00h); ends a memory write.</summary>
    public const byte NOP = 0x00;

    /// <summary>Software reset (01h): registers to their S/W reset values, sleep in, display off; memory kept.</summary>
    public const byte SWRESET = 0x01;

    /// <summary>Enter sleep mode (10h).</summary>
    public const byte SLPIN = 0x10;

    /// <summary>Sleep out (11h).</summary>
    public const byte SLPOUT = 0x11;

    /// <summary>Partial mode on (12h).</summary>
    public const byte PTLON = 0x12;

    /// <summary>Normal display mode on (13h).</summary>
    public const byte NORON = 0x13;

    /// <summary>Display inversion off (20h).</summary>
    public const byte DINVOFF = 0x20;

    /// <summary>Display inversion on (21h).</summary>
    public const byte DINVON = 0x21;

    /// <summary>Gamma set (26h), 1 parameter.</summary>
    public const byte GAMSET = 0x26;

    /// <summary>Display off (28h): frame memory output disabled, a blank page shown.</summary>
    public const byte DISPOFF = 0x28;

    /// <summary>Display on (29h).</summary>
    public const byte DISPON = 0x29;

    /// <summary>Column address set (2Ah): SC[15:0], EC[15:0], high byte first.</summary>
    public const byte CASET = 0x2A;

    /// <summary>Page address set (2Bh): SP[15:0], EP[15:0], high byte first.</summary>
    public const byte PASET = 0x2B;

    /// <summary>Memory write (2Ch): pointer to (SC, SP), then pixel data until the next command.</summary>
    public const byte RAMWR = 0x2C;

    /// <summary>Memory access control (36h), 1 parameter: MY MX MV ML BGR MH - -.</summary>
    public const byte MADCTL = 0x36;

    /// <summary>Vertical scrolling start address (37h), 2 parameters.</summary>
    public const byte VSCRSADD = 0x37;

    /// <summary>Pixel format set (3Ah), 1 parameter: DPI[2:0] (RGB interface) and DBI[2:0] (MCU interface).</summary>
    public const byte PIXSET = 0x3A;

    /// <summary>Write memory continue (3Ch): pixel data from where the last write stopped.</summary>
    public const byte WriteMemoryContinue = 0x3C;

    /// <summary>Frame rate control, normal mode (B1h), 2 parameters.</summary>
    public const byte FRMCTR1 = 0xB1;

    /// <summary>Display function control (B6h), 4 parameters.</summary>
    public const byte DISCTRL = 0xB6;

    /// <summary>Power control 1 (C0h), 1 parameter.</summary>
    public const byte PWCTRL1 = 0xC0;

    /// <summary>Power control 2 (C1h), 1 parameter.</summary>
    public const byte PWCTRL2 = 0xC1;

    /// <summary>VCOM control 1 (C5h), 2 parameters.</summary>
    public const byte VMCTRL1 = 0xC5;

    /// <summary>VCOM control 2 (C7h), 1 parameter.</summary>
    public const byte VMCTRL2 = 0xC7;

    /// <summary>Power control A (CBh), 5 parameters.</summary>
    public const byte PowerControlA = 0xCB;

    /// <summary>Power control B (CFh), 3 parameters.</summary>
    public const byte PowerControlB = 0xCF;

    /// <summary>Positive gamma correction (E0h), 15 parameters.</summary>
    public const byte PGAMCTRL = 0xE0;

    /// <summary>Negative gamma correction (E1h), 15 parameters.</summary>
    public const byte NGAMCTRL = 0xE1;

    /// <summary>Driver timing control A (E8h), 3 parameters.</summary>
    public const byte DriverTimingControlA = 0xE8;

    /// <summary>Driver timing control B (EAh), 2 parameters.</summary>
    public const byte DriverTimingControlB = 0xEA;

    /// <summary>Power on sequence control (EDh), 4 parameters.</summary>
    public const byte PowerOnSequenceControl = 0xED;

    /// <summary>Enable 3 gamma control (F2h), 1 parameter.</summary>
    public const byte Enable3G = 0xF2;

    /// <summary>Pump ratio control (F7h), 1 parameter.</summary>
    public const byte PumpRatioControl = 0xF7;

    /// <summary>Parameter count of a write command that takes any number of data bytes (memory writes).</summary>
    public const int Unbounded = -1;

    /// <summary>Marks a read command (the host clocks data out of the chip), which the emulator does not model.</summary>
    public const int ReadCommand = -2;

    /// <summary>Marks a code the datasheet does not list.</summary>
    public const int Unknown = -3;

    /// <summary>
    /// The parameter count the datasheet gives for a command written by the host: 0.., <see cref="Unbounded"/>,
    /// <see cref="ReadCommand"/> or <see cref="Unknown"/>.
    /// </summary>
    /// <param name="command">A command byte.</param>
    /// <returns>The number of parameter bytes.</returns>
    public static int ParameterCount(byte command) => command switch
    {
        NOP or SWRESET or SLPIN or SLPOUT or PTLON or NORON or DINVOFF or DINVON or DISPOFF or DISPON => 0,
        0x34 /* TEOFF */ or 0x38 /* IDMOFF */ or 0x39 /* IDMON */ => 0,
        GAMSET or MADCTL or PIXSET or 0x35 /* TEON */ => 1,
        0x51 /* WRDISBV */ or 0x53 /* WRCTRLD */ or 0x55 /* WRCABC */ or 0x5E /* CABC minimum brightness */ => 1,
        CASET or PASET or 0x30 /* PTLAR */ => 4,
        0x33 /* VSCRDEF */ => 6,
        VSCRSADD or 0x44 /* Set_Tear_Scanline */ => 2,
        RAMWR or WriteMemoryContinue => Unbounded,
        0x2D /* Color SET (LUT) */ => 128,
        0xB0 /* IFMODE */ or 0xB4 /* INVTR */ or 0xB7 /* ETMOD */ => 1,
        FRMCTR1 or 0xB2 /* FRMCTR2 */ or 0xB3 /* FRMCTR3 */ => 2,
        0xB5 /* PRCTR */ or DISCTRL => 4,
        0xB8 or 0xB9 or 0xBA or 0xBB or 0xBC or 0xBE or 0xBF /* backlight control 1-8 */ => 1,
        PWCTRL1 or PWCTRL2 or VMCTRL2 => 1,
        VMCTRL1 => 2,
        0xD0 /* NVMWR */ => 1,
        0xD1 /* NVMPKEY */ => 3,
        PGAMCTRL or NGAMCTRL => 15,
        0xE2 /* DGAMCTRL1 */ => 16,
        0xE3 /* DGAMCTRL2 */ => 64,
        0xF6 /* IFCTL */ => 3,
        PowerControlA => 5,
        PowerControlB or DriverTimingControlA or 0xE9 /* driver timing control A, second form */ => 3,
        DriverTimingControlB => 2,
        PowerOnSequenceControl => 4,
        Enable3G or PumpRatioControl => 1,
        0x04 or 0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x0E or 0x0F or 0x2E or 0x3E or 0x45 or 0x52 or 0x54 or 0x56
            or 0x5F or 0xD2 or 0xD3 or 0xDA or 0xDB or 0xDC => ReadCommand,
        _ => Unknown,
    };

    /// <summary>The datasheet's mnemonic for a command, or its hex code.</summary>
    /// <param name="command">A command byte.</param>
    /// <returns>For example "CASET (2Ah)".</returns>
    public static string Describe(byte command)
    {
        string? name = command switch
        {
            NOP => "NOP", SWRESET => "SWRESET", SLPIN => "SLPIN", SLPOUT => "SLPOUT", PTLON => "PTLON", NORON => "NORON",
            DINVOFF => "DINVOFF", DINVON => "DINVON", GAMSET => "GAMSET", DISPOFF => "DISPOFF", DISPON => "DISPON",
            CASET => "CASET", PASET => "PASET", RAMWR => "RAMWR", MADCTL => "MADCTL", VSCRSADD => "VSCRSADD",
            PIXSET => "PIXSET", WriteMemoryContinue => "Write_Memory_Continue", FRMCTR1 => "FRMCTR1",
            DISCTRL => "DISCTRL", PWCTRL1 => "PWCTRL1", PWCTRL2 => "PWCTRL2", VMCTRL1 => "VMCTRL1", VMCTRL2 => "VMCTRL2",
            PowerControlA => "Power control A", PowerControlB => "Power control B", PGAMCTRL => "PGAMCTRL",
            NGAMCTRL => "NGAMCTRL", DriverTimingControlA => "Driver timing control A",
            DriverTimingControlB => "Driver timing control B", PowerOnSequenceControl => "Power on sequence control",
            Enable3G => "Enable 3G", PumpRatioControl => "Pump ratio control",
            _ => null,
        };
        string code = command.ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + "h";
        return name == null ? code : name + " (" + code + ")";
    }
}
