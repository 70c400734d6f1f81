namespace CydShunt.Firmware.Platform
{
    /// <summary>Shows the BLE pairing passkey on the device's screen (the root of trust for pairing).</summary>
    public interface IPasskeyDisplay
    {
        /// <summary>Shows a passkey until <see cref="HidePasskey"/>.</summary>
        /// <param name="passkey">0..999999, to be shown as six digits with leading zeros.</param>
        void ShowPasskey(int passkey);

        /// <summary>Removes the passkey from the screen (pairing ended or the central left).</summary>
        void HidePasskey();
    }
}
