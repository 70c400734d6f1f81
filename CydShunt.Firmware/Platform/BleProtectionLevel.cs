namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// What a link needs before the stack lets a central read or write a characteristic value. Same values as
    /// nanoFramework's <c>GattProtectionLevel</c>, which NimBLE enforces natively (the request never reaches managed code).
    /// </summary>
    public enum BleProtectionLevel
    {
        /// <summary>No security needed.</summary>
        Plain = 0,

        /// <summary>An authenticated (MITM-protected) link.</summary>
        AuthenticationRequired = 1,

        /// <summary>An encrypted link.</summary>
        EncryptionRequired = 2,

        /// <summary>An encrypted, authenticated link: LE Secure Connections with passkey entry.</summary>
        EncryptionAndAuthenticationRequired = 3,
    }
}
