namespace CydShunt.Firmware.Settings
{
    /// <summary>Why integration settings were rejected (by <see cref="IntegrationSettings.Validate"/> or <see cref="IntegrationSettings.TryReadFrom"/>).</summary>
    public enum IntegrationSettingsError : byte
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>The device name is missing or empty.</summary>
        DeviceNameEmpty = 1,

        /// <summary>The device name is longer than 20 bytes in UTF-8.</summary>
        DeviceNameTooLong = 2,

        /// <summary>The device name holds a control character or is not well-formed text.</summary>
        DeviceNameInvalidCharacter = 3,

        /// <summary>The advertising format is not one of <see cref="CydShunt.Protocol.AdvertisingFormat"/>.</summary>
        UnknownAdvertisingFormat = 4,

        /// <summary>The serialized settings are shorter or longer than their layout says.</summary>
        WrongLength = 5,

        /// <summary>The serialized settings carry a version byte this firmware does not know.</summary>
        UnknownVersion = 6,

        /// <summary>The serialized flags byte has bits set that this version does not define.</summary>
        UndefinedFlags = 7,
    }
}
