namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// Command nibbles of the VE.Direct HEX protocol, sent by the host after ':' ("VE.Direct Protocol – BlueSolar and
    /// SmartSolar MPPT chargers", rev 10, section 1). 2, 5, 9 and B–F are reserved.
    /// </summary>
    public static class VeDirectHexCommand
    {
        /// <summary>Enter the bootloader (not supported here: answered with an error, payload 0).</summary>
        public const int EnterBoot = 0x0;

        /// <summary>Presence check; answered with a ping response carrying the application version.</summary>
        public const int Ping = 0x1;

        /// <summary>Application version; answered with a done response carrying the version.</summary>
        public const int AppVersion = 0x3;

        /// <summary>Product id; answered with a done response carrying the product id.</summary>
        public const int ProductId = 0x4;

        /// <summary>Restart the device; the protocol sends no response.</summary>
        public const int Restart = 0x6;

        /// <summary>Read a register: uint16 id, uint8 flags.</summary>
        public const int Get = 0x7;

        /// <summary>Write a register: uint16 id, uint8 flags, value.</summary>
        public const int Set = 0x8;

        /// <summary>Asynchronous data message; never answered.</summary>
        public const int Async = 0xA;
    }
}
