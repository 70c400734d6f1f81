namespace CydShunt.Protocol
{
    /// <summary>What a link needs before a characteristic may be used (spec/connection-and-security.md).</summary>
    public enum CharacteristicSecurity
    {
        /// <summary>No pairing needed (unless the device's "pairing required" setting is on).</summary>
        Open = 0,

        /// <summary>An encrypted link from LE Secure Connections pairing with MITM protection (passkey shown on the device).</summary>
        AuthenticatedEncryption = 1,
    }
}
