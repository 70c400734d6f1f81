namespace CydShunt.Firmware.Storage
{
    /// <summary>The outcome of <see cref="RecordStore.Save"/>. On every failure the previously saved record is still intact and is what the next load returns.</summary>
    public enum RecordSaveStatus : byte
    {
        /// <summary>The record was written and read back correctly.</summary>
        Saved = 0,

        /// <summary>The storage reported an error while writing (e.g. file system full or damaged).</summary>
        WriteFailed = 1,

        /// <summary>The write reported success but reading the record back failed or returned different bytes.</summary>
        VerifyFailed = 2,
    }
}
