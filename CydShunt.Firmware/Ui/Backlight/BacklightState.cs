namespace CydShunt.Firmware.Ui.Backlight
{
    /// <summary>What the backlight is doing.</summary>
    public enum BacklightState : byte
    {
        /// <summary>At the user's brightness.</summary>
        On = 0,

        /// <summary>The timeout passed without a touch: dimmed, about to go off.</summary>
        Dimmed = 1,

        /// <summary>Dark; a touch, a pairing passkey or a new alarm lights it again.</summary>
        Off = 2,
    }
}
