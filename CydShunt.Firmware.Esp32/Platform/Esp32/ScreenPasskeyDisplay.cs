using CydShunt.Firmware.Ui;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// Shows the pairing passkey on the screen and, for a developer with the debugger attached, on the debug output
    /// as well (the passkey is no secret from someone who can read the device's own console).
    /// </summary>
    public sealed class ScreenPasskeyDisplay : IPasskeyDisplay
    {
        private readonly ShuntUserInterface _screen;
        private readonly DebugPasskeyDisplay _debug = new DebugPasskeyDisplay();

        /// <summary>Wraps the screen.</summary>
        /// <param name="screen">The user interface.</param>
        public ScreenPasskeyDisplay(ShuntUserInterface screen)
        {
            _screen = screen;
        }

        /// <inheritdoc/>
        public void ShowPasskey(int passkey)
        {
            _screen.ShowPasskey(passkey);
            _debug.ShowPasskey(passkey);
        }

        /// <inheritdoc/>
        public void HidePasskey()
        {
            _screen.HidePasskey();
            _debug.HidePasskey();
        }
    }
}
