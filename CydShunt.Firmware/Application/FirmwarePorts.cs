using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Application
{
    /// <summary>Bundles the hardware ports the firmware runs on: on the ESP32 the adapters in Platform/Esp32, on a PC the host implementations.</summary>
    public sealed class FirmwarePorts
    {
        /// <summary>Collects the ports.</summary>
        /// <param name="clock">Monotonic time.</param>
        /// <param name="shuntSensor">The I2C device at the shunt sensor's address.</param>
        /// <param name="veDirect">The VE.Direct UART (19200 8N1).</param>
        /// <param name="storage">Persistent storage (internal flash).</param>
        /// <param name="ble">The BLE peripheral.</param>
        /// <param name="passkeyDisplay">Where the pairing passkey is shown (the screen).</param>
        /// <param name="random">Random numbers for pairing passkeys.</param>
        /// <param name="restart">Restarts the device when BLE needs it (see <see cref="ShuntFirmware.RestartRequested"/>).</param>
        public FirmwarePorts(IClock clock, II2cDevice shuntSensor, ISerialPort veDirect, IPersistentStorage storage, IBlePeripheral ble, IPasskeyDisplay passkeyDisplay, IRandomSource random, IDeviceRestart restart)
        {
            Clock = clock ?? throw new System.ArgumentNullException("clock");
            ShuntSensor = shuntSensor ?? throw new System.ArgumentNullException("shuntSensor");
            VeDirect = veDirect ?? throw new System.ArgumentNullException("veDirect");
            Storage = storage ?? throw new System.ArgumentNullException("storage");
            Ble = ble ?? throw new System.ArgumentNullException("ble");
            PasskeyDisplay = passkeyDisplay ?? throw new System.ArgumentNullException("passkeyDisplay");
            Random = random ?? throw new System.ArgumentNullException("random");
            Restart = restart ?? throw new System.ArgumentNullException("restart");
        }

        /// <summary>Monotonic time.</summary>
        public IClock Clock { get; }

        /// <summary>The shunt sensor's I2C device.</summary>
        public II2cDevice ShuntSensor { get; }

        /// <summary>The VE.Direct UART.</summary>
        public ISerialPort VeDirect { get; }

        /// <summary>Persistent storage.</summary>
        public IPersistentStorage Storage { get; }

        /// <summary>The BLE peripheral.</summary>
        public IBlePeripheral Ble { get; }

        /// <summary>Where the pairing passkey is shown.</summary>
        public IPasskeyDisplay PasskeyDisplay { get; }

        /// <summary>Random numbers for pairing passkeys.</summary>
        public IRandomSource Random { get; }

        /// <summary>Restarts the device.</summary>
        public IDeviceRestart Restart { get; }
    }
}
