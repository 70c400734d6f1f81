namespace CydShunt.Firmware.Storage
{
    /// <summary>What <see cref="RecordStore.Load"/> found in one of a record's two slot files.</summary>
    public enum SlotState : byte
    {
        /// <summary>The slot file does not exist.</summary>
        Empty = 0,

        /// <summary>A complete record whose payload was accepted.</summary>
        Valid = 1,

        /// <summary>
        /// The file exists but is not a complete record: too short or too long, wrong magic, wrong kind, or CRC
        /// mismatch. This is what an interrupted write leaves behind.
        /// </summary>
        Corrupt = 2,

        /// <summary>
        /// An intact record (CRC correct) in a record format or payload version this firmware does not know,
        /// typically written by a newer firmware before a downgrade.
        /// </summary>
        UnknownVersion = 3,

        /// <summary>An intact record whose payload the validator rejected (e.g. a value out of range).</summary>
        Invalid = 4,

        /// <summary>The file exists but the storage reported an error while reading it.</summary>
        ReadFailed = 5,
    }
}
