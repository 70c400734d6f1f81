namespace CydShunt.Protocol
{
    /// <summary>Advertising-data (AD) type codes used by the protocol (Bluetooth Assigned Numbers, "Common Data Types").</summary>
    public static class AdType
    {
        /// <summary>Flags.</summary>
        public const byte Flags = 0x01;

        /// <summary>Incomplete list of 128-bit service UUIDs.</summary>
        public const byte IncompleteServiceUuids128 = 0x06;

        /// <summary>Complete list of 128-bit service UUIDs.</summary>
        public const byte CompleteServiceUuids128 = 0x07;

        /// <summary>Shortened local name.</summary>
        public const byte ShortenedLocalName = 0x08;

        /// <summary>Complete local name.</summary>
        public const byte CompleteLocalName = 0x09;

        /// <summary>Service data, 16-bit UUID (BTHome uses it with 0xFCD2).</summary>
        public const byte ServiceData16 = 0x16;

        /// <summary>Manufacturer specific data.</summary>
        public const byte ManufacturerSpecificData = 0xFF;
    }
}
