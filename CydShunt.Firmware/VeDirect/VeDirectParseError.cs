namespace CydShunt.Firmware.VeDirect
{
    /// <summary>Why <see cref="VeDirectParser"/> dropped bytes.</summary>
    public enum VeDirectParseError
    {
        /// <summary>A complete text block whose bytes do not sum to 0 modulo 256.</summary>
        TextChecksumMismatch = 1,

        /// <summary>A text block broke the field syntax (CR LF label TAB value): the parser resynchronises on the next CR LF.</summary>
        TextFramingError = 2,

        /// <summary>A label longer than 8 or a value longer than 32 characters.</summary>
        FieldTooLong = 3,

        /// <summary>More than 22 fields before <c>Checksum</c>.</summary>
        TooManyFields = 4,

        /// <summary>A HEX frame that is not upper-case hex, has an odd digit count, no checksum, or is too long.</summary>
        HexFramingError = 5,

        /// <summary>A well-formed HEX frame whose bytes do not sum to 0x55.</summary>
        HexChecksumMismatch = 6,
    }
}
