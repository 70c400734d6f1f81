namespace CydShunt.Firmware.VeDirect
{
    /// <summary>Flags of a HEX get/set response.</summary>
    public static class VeDirectHexFlags
    {
        /// <summary>The request succeeded.</summary>
        public const int None = 0x00;

        /// <summary>The register id does not exist.</summary>
        public const int UnknownId = 0x01;

        /// <summary>Not supported, e.g. writing a read-only register.</summary>
        public const int NotSupported = 0x02;

        /// <summary>The new value is out of range or inconsistent.</summary>
        public const int ParameterError = 0x04;
    }
}
