namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// ATT error codes a GATT server answers (Core Spec Vol 3 Part F 3.4.1.1 and the Core Specification Supplement
    /// Part B for 0xFD/0xFE). <see cref="None"/> means "answer with success".
    /// </summary>
    public static class AttError
    {
        /// <summary>Not an error: the request succeeds.</summary>
        public const byte None = 0x00;

        /// <summary>The attribute cannot be read.</summary>
        public const byte ReadNotPermitted = 0x02;

        /// <summary>The attribute cannot be written.</summary>
        public const byte WriteNotPermitted = 0x03;

        /// <summary>The link is not authenticated.</summary>
        public const byte InsufficientAuthentication = 0x05;

        /// <summary>The request (e.g. Write Command) is not supported by the attribute.</summary>
        public const byte RequestNotSupported = 0x06;

        /// <summary>Unexpected condition; nanoFramework also answers this when a handler does not respond within 2 s.</summary>
        public const byte UnlikelyError = 0x0E;

        /// <summary>The link is not encrypted (typically: bonded, but encryption not yet restored).</summary>
        public const byte InsufficientEncryption = 0x0F;

        /// <summary>Client Characteristic Configuration Descriptor Improperly Configured.</summary>
        public const byte CccdImproperlyConfigured = 0xFD;

        /// <summary>Procedure Already in Progress.</summary>
        public const byte ProcedureAlreadyInProgress = 0xFE;
    }
}
