namespace CydShunt.Firmware.Display.Ili9341
{
    /// <summary>The MADCTL (36h) parameter bits, named as in the datasheet.</summary>
    [System.Flags]
    public enum MemoryAccessControl : byte
    {
        /// <summary>No bit set: portrait 240 x 320, RGB order.</summary>
        None = 0x00,

        /// <summary>MH (D2): horizontal refresh order.</summary>
        HorizontalRefreshOrder = 0x04,

        /// <summary>BGR (D3): the panel's colour filter order is BGR.</summary>
        Bgr = 0x08,

        /// <summary>ML (D4): vertical refresh order.</summary>
        VerticalRefreshOrder = 0x10,

        /// <summary>MV (D5): row/column exchange (landscape).</summary>
        RowColumnExchange = 0x20,

        /// <summary>MX (D6): column address order mirrored.</summary>
        ColumnAddressOrder = 0x40,

        /// <summary>MY (D7): row address order mirrored.</summary>
        RowAddressOrder = 0x80,
    }
}
