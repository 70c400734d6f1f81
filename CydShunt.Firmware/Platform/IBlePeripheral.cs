using CydShunt.Protocol;

namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// The BLE peripheral (GATT server + legacy advertising) as nanoFramework.Device.Bluetooth 1.1.x on the ESP32 provides
    /// it. The port keeps the platform's rules so the logic above it is tested against them:
    /// <list type="bullet">
    /// <item>Advertising data is fixed while advertising: changing it means <see cref="Stop"/> and <see cref="Start"/>.</item>
    /// <item><see cref="Stop"/> tears the native GATT server down and drops a connected central; there is no other way to
    /// disconnect a central. <see cref="Start"/> registers the built table again (no new characteristics).</item>
    /// <item>The stack advertises only while no central is connected, so at most one central is connected, and it resumes
    /// advertising (with the same data) by itself when that central disconnects.</item>
    /// <item><see cref="BuildGattTable"/> creates new characteristics. nanoFramework numbers characteristics with a
    /// counter that never resets and routes events by its low 8 bits, so builds since boot must stay few
    /// (see <c>BleTelemetryPolicy.MaximumGattTableBuildsPerBoot</c>).</item>
    /// <item>Protection levels are checked by the stack before the handler sees a request; CCCD writes are never
    /// protected (NimBLE registers every CCCD with plain read/write permission).</item>
    /// </list>
    /// Values are <see cref="byte"/> arrays with a length; the ESP32 adapter wraps preallocated arrays in
    /// nanoFramework <c>Buffer</c> objects.
    /// </summary>
    public interface IBlePeripheral
    {
        /// <summary>Whether the stack is fully stopped: <see cref="Stop"/> completes asynchronously on nanoFramework.</summary>
        bool IsStopped { get; }

        /// <summary>Sets the receiver of requests and events. Call once, before <see cref="Start"/>.</summary>
        /// <param name="handler">The handler.</param>
        void SetHandler(IBlePeripheralHandler handler);

        /// <summary>
        /// Creates the services, characteristics and descriptors of <paramref name="table"/>, replacing any earlier table.
        /// Only while stopped. Consumes <see cref="BleGattTable.CharacteristicCount"/> characteristic ids.
        /// </summary>
        /// <param name="table">The table.</param>
        void BuildGattTable(BleGattTable table);

        /// <summary>
        /// Starts the stack with <paramref name="name"/> as GAP device name, DisplayOnly passkey pairing with bonding,
        /// registers the built table and starts connectable legacy advertising. Only while stopped, after
        /// <see cref="BuildGattTable"/>.
        /// </summary>
        /// <param name="name">GAP device name (0x2A00).</param>
        /// <param name="adStructures">
        /// AD structures in the order they should be sent. nanoFramework lays them out first-fit into the 31-byte
        /// advertising packet and puts the rest, in order, into the 31-byte scan response; manufacturer-specific data
        /// (0xFF) always goes after every other structure. The bytes are copied.
        /// </param>
        /// <param name="length">Number of bytes in <paramref name="adStructures"/>.</param>
        void Start(DeviceName name, byte[] adStructures, int length);

        /// <summary>Stops advertising and the GATT server; drops a connected central. Completes when <see cref="IsStopped"/>.</summary>
        void Stop();

        /// <summary>Notifies <paramref name="length"/> bytes of <paramref name="value"/> to every subscribed client of a characteristic.</summary>
        /// <param name="characteristicIndex">Index in the table.</param>
        /// <param name="value">The value (copied before return).</param>
        /// <param name="length">Its length.</param>
        /// <returns>Whether at least one client was sent the value.</returns>
        bool Notify(int characteristicIndex, byte[] value, int length);

        /// <summary>
        /// Indicates a value to the subscribed client; the handler's <see cref="IBlePeripheralHandler.OnIndicationConfirmed"/>
        /// follows when the central confirms. nanoFramework 1.1.x has no indication primitive: the adapter sends a
        /// notification (NimBLE <c>ble_gattc_notify_custom</c>) and confirms at once.
        /// </summary>
        /// <param name="characteristicIndex">Index in the table.</param>
        /// <param name="value">The value (copied before return).</param>
        /// <param name="length">Its length.</param>
        /// <returns>Whether the value was sent.</returns>
        bool Indicate(int characteristicIndex, byte[] value, int length);

        /// <summary>
        /// Forgets every bonded central (the stored long-term keys): each must pair again, with the passkey on the screen,
        /// before it gets an encrypted link. A connected central keeps its link until it disconnects. nanoFramework's bond
        /// API needs the stack running, so this works only between <see cref="Start"/> and <see cref="Stop"/>.
        /// </summary>
        /// <returns><see langword="false"/> when the stack is not running or the stack refused; the bonds are then unchanged.</returns>
        bool ClearBonds();
    }
}
