using System;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// <see cref="IPasskeyDisplay"/> on the debug output, until the screen shows the passkey. Pairing is then only
    /// possible with the debugger attached (Visual Studio's Output window).
    /// </summary>
    /// <remarks>
    /// Written with <c>Console.WriteLine</c>, which on nanoFramework goes to the same debug channel as
    /// <c>Debug.WriteLine</c> (both call <c>Debug.WriteLineNative</c>) but is not <c>[Conditional("DEBUG")]</c>, so the
    /// passkey is also shown by Release builds.
    /// </remarks>
    public sealed class DebugPasskeyDisplay : IPasskeyDisplay
    {
        private readonly char[] _digits = new char[6];

        /// <inheritdoc/>
        public void ShowPasskey(int passkey)
        {
            int value = passkey < 0 ? 0 : passkey % 1000000;

            // Six digits with leading zeros, without format strings.
            for (int i = _digits.Length - 1; i >= 0; i--)
            {
                _digits[i] = (char)('0' + (value % 10));
                value /= 10;
            }

            Console.WriteLine("BLE pairing passkey: " + new string(_digits));
        }

        /// <inheritdoc/>
        public void HidePasskey()
        {
            Console.WriteLine("BLE pairing passkey: (hidden)");
        }
    }
}
