namespace CydShunt.Firmware.Settings
{
    /// <summary>Names and messages for <see cref="IntegrationSettingsError"/> (nanoFramework's Enum.ToString gives only the number).</summary>
    public static class IntegrationSettingsErrorText
    {
        /// <summary>A short English sentence for the settings screen and logs.</summary>
        /// <param name="error">The error.</param>
        /// <returns>The message.</returns>
        public static string Describe(IntegrationSettingsError error)
        {
            switch (error)
            {
                case IntegrationSettingsError.None:
                    return "OK";
                case IntegrationSettingsError.DeviceNameEmpty:
                    return "Device name is empty";
                case IntegrationSettingsError.DeviceNameTooLong:
                    return "Device name is longer than 20 bytes";
                case IntegrationSettingsError.DeviceNameInvalidCharacter:
                    return "Device name contains a control or invalid character";
                case IntegrationSettingsError.UnknownAdvertisingFormat:
                    return "Unknown advertising format";
                case IntegrationSettingsError.WrongLength:
                    return "Stored integration settings have the wrong length";
                case IntegrationSettingsError.UnknownVersion:
                    return "Stored integration settings have an unknown version";
                case IntegrationSettingsError.UndefinedFlags:
                    return "Stored integration settings have undefined flag bits";
                default:
                    return "Unknown error";
            }
        }
    }
}
