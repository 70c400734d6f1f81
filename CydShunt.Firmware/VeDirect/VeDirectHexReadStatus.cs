namespace CydShunt.Firmware.VeDirect
{
    /// <summary>What <see cref="VeDirectHexFrameReader.Accept"/> made of one more byte.</summary>
    public enum VeDirectHexReadStatus
    {
        /// <summary>The frame is not finished yet.</summary>
        InProgress = 0,

        /// <summary>The newline ended a well-formed frame whose checksum is right: <see cref="VeDirectHexFrameReader.Frame"/> holds it.</summary>
        Complete = 1,

        /// <summary>The frame is malformed: a byte that is not an upper-case hex digit, an odd digit count, no checksum, or too long.</summary>
        FramingError = 2,

        /// <summary>The frame is well-formed but its bytes do not sum to 0x55.</summary>
        ChecksumError = 3,
    }
}
