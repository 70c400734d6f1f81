namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// What an <see cref="IBlePeripheral"/> reports to the application. On nanoFramework every call comes from the BLE
    /// event thread while the library holds its characteristic-map lock, and NimBLE waits at most 2 s for read, write and
    /// passkey answers: implementations only copy prepared bytes and record state, never block or call back into the port.
    /// </summary>
    public interface IBlePeripheralHandler
    {
        /// <summary>A central connected (<see langword="true"/>) or the connection ended (<see langword="false"/>).</summary>
        /// <param name="connected">The new state.</param>
        void OnConnectionChanged(bool connected);

        /// <summary>
        /// The link's security changed: after pairing, after encryption with a stored bond, or on disconnect.
        /// </summary>
        /// <param name="authenticated">Whether the link is encrypted and authenticated (MITM).</param>
        void OnLinkSecurityChanged(bool authenticated);

        /// <summary>
        /// A CCCD changed. nanoFramework does not say whether notifications or indications were enabled, only that the
        /// central is (or is no longer) in the characteristic's subscribed clients.
        /// </summary>
        /// <param name="characteristicIndex">Index in the <see cref="BleGattTable"/>.</param>
        /// <param name="subscribed">Whether the central is now subscribed.</param>
        void OnSubscriptionChanged(int characteristicIndex, bool subscribed);

        /// <summary>
        /// A read of a characteristic value that passed the stack's protection check. Copy the value and return.
        /// </summary>
        /// <param name="characteristicIndex">Index in the <see cref="BleGattTable"/>.</param>
        /// <param name="destination">Where to copy the value (at least the characteristic's maximum length).</param>
        /// <param name="length">The value's length when the read succeeds.</param>
        /// <returns><see cref="AttError.None"/> to answer with the value, otherwise the ATT error to answer.</returns>
        byte OnRead(int characteristicIndex, byte[] destination, out int length);

        /// <summary>
        /// A write (with response) of a characteristic value that passed the stack's protection check.
        /// </summary>
        /// <param name="characteristicIndex">Index in the <see cref="BleGattTable"/>.</param>
        /// <param name="value">The written bytes (valid only during the call).</param>
        /// <param name="length">How many bytes were written.</param>
        /// <returns><see cref="AttError.None"/> to send the Write Response, otherwise the ATT error to answer.</returns>
        byte OnWrite(int characteristicIndex, byte[] value, int length);

        /// <summary>
        /// Passkey entry with the device as DisplayOnly (nanoFramework: <c>PairingRequested</c> with
        /// <c>DisplayPin</c> and pin 0). The returned passkey is handed to <c>Accept(passkey)</c> and must be shown
        /// on the device so that the user can type it on the central.
        /// </summary>
        /// <returns>The passkey, 0..999999.</returns>
        int OnPasskeyRequested();

        /// <summary>Pairing ended (<c>PairingComplete</c>).</summary>
        /// <param name="success">Whether pairing succeeded.</param>
        void OnPairingCompleted(bool success);

        /// <summary>
        /// The central confirmed an indication sent with <see cref="IBlePeripheral.Indicate"/>. On nanoFramework 1.1.x,
        /// which can only notify, the adapter reports this right after the value was handed to the stack.
        /// </summary>
        /// <param name="characteristicIndex">Index in the <see cref="BleGattTable"/>.</param>
        void OnIndicationConfirmed(int characteristicIndex);
    }
}
