namespace CydShunt.Firmware.Storage
{
    /// <summary>A <see cref="PayloadValidator"/>'s judgement of a stored payload.</summary>
    public enum PayloadVerdict : byte
    {
        /// <summary>The payload decodes and every value is in range.</summary>
        Valid = 0,

        /// <summary>The payload's own version byte is one this firmware does not know.</summary>
        UnknownVersion = 1,

        /// <summary>The payload is of a known version but malformed or out of range.</summary>
        Invalid = 2,
    }
}
