namespace CydShunt.Firmware.Display.Ili9341
{
    /// <summary>ILI9341 command codes, named as in the datasheet's command list (ILITEK ILI9341 V1.11, section 8).</summary>
    public enum Ili9341Command : byte
    {
        /// <summary>SWRESET (01h): registers to their reset values; wait 5 ms before the next command (120 ms if it was awake).</summary>
        SoftwareReset = 0x01,

        /// <summary>SLPIN (10h): enter sleep mode.</summary>
        EnterSleepMode = 0x10,

        /// <summary>SLPOUT (11h): leave sleep mode; wait 120 ms before SLPIN and 5 ms before the next command.</summary>
        SleepOut = 0x11,

        /// <summary>INVOFF (20h): display inversion off.</summary>
        DisplayInversionOff = 0x20,

        /// <summary>INVON (21h): display inversion on.</summary>
        DisplayInversionOn = 0x21,

        /// <summary>GAMSET (26h): select a gamma curve (parameter 01h = curve 1).</summary>
        GammaSet = 0x26,

        /// <summary>DISPOFF (28h): frame memory kept, panel blank.</summary>
        DisplayOff = 0x28,

        /// <summary>DISPON (29h): show the frame memory.</summary>
        DisplayOn = 0x29,

        /// <summary>CASET (2Ah): column window, start and end column, 16 bits each, high byte first.</summary>
        ColumnAddressSet = 0x2A,

        /// <summary>PASET (2Bh): page (row) window, start and end page, 16 bits each, high byte first.</summary>
        PageAddressSet = 0x2B,

        /// <summary>RAMWR (2Ch): the data that follows fills the window from its start.</summary>
        MemoryWrite = 0x2C,

        /// <summary>MADCTL (36h): scan direction and colour order (<see cref="MemoryAccessControl"/>).</summary>
        MemoryAccessControl = 0x36,

        /// <summary>PIXSET / COLMOD (3Ah): pixel format; 55h = 16 bits per pixel on the MCU interface.</summary>
        PixelFormatSet = 0x3A,

        /// <summary>FRMCTR1 (B1h): frame rate in normal mode (DIVA, RTNA).</summary>
        FrameRateControlNormal = 0xB1,
    }
}
