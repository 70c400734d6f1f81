namespace CydShunt.Firmware.Ui.Backlight
{
    /// <summary>Words for each <see cref="DisplaySettingsError"/>, for the settings page and logs.</summary>
    public static class DisplaySettingsErrorText
    {
        /// <summary>Describes an error in a short sentence.</summary>
        /// <param name="error">The error.</param>
        /// <returns>The words.</returns>
        public static string Describe(DisplaySettingsError error)
        {
            switch (error)
            {
                case DisplaySettingsError.None:
                    return "no error";
                case DisplaySettingsError.WrongLength:
                    return "stored display settings have the wrong length";
                case DisplaySettingsError.UnknownVersion:
                    return "stored display settings have an unknown version";
                case DisplaySettingsError.TimeoutNotOffered:
                    return "the backlight timeout must be never, 1, 2, 5, 10 or 30 min";
                case DisplaySettingsError.BrightnessOutOfRange:
                    return "the brightness must be 10 to 100 %";
                default:
                    return "unknown display settings error";
            }
        }
    }
}
