namespace CydShunt.Firmware.VeDirect
{
    /// <summary>Response codes of the VE.Direct HEX protocol (the nibble after ':' in a device's answer).</summary>
    public static class VeDirectHexResponse
    {
        /// <summary>Successful execution (application version, product id).</summary>
        public const int Done = 0x1;

        /// <summary>Unknown command; the payload is the unknown command.</summary>
        public const int Unknown = 0x3;

        /// <summary>Frame error (payload 0xAAAA) or unable to enter the bootloader (payload 0).</summary>
        public const int Error = 0x4;

        /// <summary>Ping response; the payload is the 16-bit version with the firmware type in the top two bits.</summary>
        public const int Ping = 0x5;

        /// <summary>Get response: uint16 id, uint8 flags, value.</summary>
        public const int Get = 0x7;

        /// <summary>Set response: uint16 id, uint8 flags, value.</summary>
        public const int Set = 0x8;

        /// <summary>The payload of an error response to a malformed frame (bad checksum, not hex, truncated).</summary>
        public const int FrameErrorPayload = 0xAAAA;
    }
}
