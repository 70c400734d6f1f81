namespace CydShunt.Firmware.Ui.Backlight
{
    /// <summary>Why display settings were refused (by <see cref="DisplaySettings.Validate"/> or <see cref="DisplaySettings.TryReadFrom"/>).</summary>
    public enum DisplaySettingsError : byte
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>The serialized settings are not exactly <see cref="DisplaySettings.SerializedSize"/> bytes long.</summary>
        WrongLength = 1,

        /// <summary>The serialized settings carry a version byte this firmware does not know.</summary>
        UnknownVersion = 2,

        /// <summary>The backlight timeout is not one of the offered choices (never, 1, 2, 5, 10, 30 min).</summary>
        TimeoutNotOffered = 3,

        /// <summary>The brightness is outside <see cref="DisplaySettings.MinimumBrightnessPerMille"/>..1000 per mille.</summary>
        BrightnessOutOfRange = 4,
    }
}
