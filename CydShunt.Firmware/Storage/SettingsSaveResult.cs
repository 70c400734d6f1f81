namespace CydShunt.Firmware.Storage
{
    /// <summary>The outcome of saving settings through <see cref="SettingsRepository"/>. Whenever it is not <see cref="Saved"/> or <see cref="Unchanged"/>, the stored settings are the previous ones.</summary>
    public enum SettingsSaveResult : byte
    {
        /// <summary>The settings were written and read back.</summary>
        Saved = 0,

        /// <summary>The settings equal the stored ones; nothing was written (saves flash wear).</summary>
        Unchanged = 1,

        /// <summary>The settings failed validation; nothing was written. The reason is returned alongside.</summary>
        Rejected = 2,

        /// <summary>The storage reported an error while writing.</summary>
        WriteFailed = 3,

        /// <summary>The written record did not read back correctly.</summary>
        VerifyFailed = 4,
    }
}
