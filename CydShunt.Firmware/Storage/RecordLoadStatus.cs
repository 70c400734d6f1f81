namespace CydShunt.Firmware.Storage
{
    /// <summary>What happened when a record was loaded. Every status ending in "UsedDefaults" means stored data existed but could not be used.</summary>
    public enum RecordLoadStatus : byte
    {
        /// <summary>The newest record was loaded.</summary>
        Loaded = 0,

        /// <summary>Nothing was ever stored (first boot or after an erase): the caller uses its defaults. Not an error.</summary>
        NoData = 1,

        /// <summary>
        /// One slot was damaged or unreadable, so the complete record in the other slot was loaded. This is the normal
        /// outcome after a power cut during a save (the previous record comes back); it also covers a worn flash cell.
        /// </summary>
        CorruptFellBackToOtherSlot = 2,

        /// <summary>
        /// The newer slot held an intact record of an unknown version or with an invalid payload; the older, usable
        /// record in the other slot was loaded.
        /// </summary>
        RejectedFellBackToOtherSlot = 3,

        /// <summary>Stored data existed but no slot held a complete record: defaults are used.</summary>
        CorruptUsedDefaults = 4,

        /// <summary>The newest intact record has a version this firmware does not know (after a downgrade): defaults are used.</summary>
        UnknownVersionUsedDefaults = 5,

        /// <summary>The newest intact record's payload was rejected by the validator: defaults are used.</summary>
        InvalidUsedDefaults = 6,

        /// <summary>The storage failed to read the slot files: defaults are used.</summary>
        ReadFailedUsedDefaults = 7,
    }
}
