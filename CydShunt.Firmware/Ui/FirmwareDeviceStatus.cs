using CydShunt.Firmware.Application;
using CydShunt.Firmware.Sensors;

namespace CydShunt.Firmware.Ui
{
    /// <summary>Tells the status bar the state of the running firmware's links and sensor (reads its properties; allocates nothing).</summary>
    public sealed class FirmwareDeviceStatus : IDeviceStatus
    {
        private readonly ShuntFirmware _firmware;

        /// <summary>Wraps the firmware; read only after it has booted.</summary>
        /// <param name="firmware">The firmware.</param>
        public FirmwareDeviceStatus(ShuntFirmware firmware)
        {
            _firmware = firmware ?? throw new System.ArgumentNullException("firmware");
        }

        /// <inheritdoc />
        public bool BleEnabled
        {
            get { return _firmware.BleEnabled; }
        }

        /// <inheritdoc />
        public bool BleRunning
        {
            get { return _firmware.Ble.IsRunning; }
        }

        /// <inheritdoc />
        public bool BleConnected
        {
            get { return _firmware.Ble.IsCentralConnected; }
        }

        /// <inheritdoc />
        public bool VeDirectEnabled
        {
            get { return _firmware.VeDirectEnabled; }
        }

        /// <inheritdoc />
        public int VeDirectBlocksSent
        {
            get { return _firmware.VeDirect.BlocksSent; }
        }

        /// <inheritdoc />
        public int PairingsCompleted
        {
            get { return _firmware.Ble.PairingsCompleted; }
        }

        /// <inheritdoc />
        public bool LastPairingSucceeded
        {
            get { return _firmware.Ble.LastPairingSucceeded; }
        }

        /// <inheritdoc />
        public ShuntSensorType SensorType
        {
            get { return _firmware.SensorType; }
        }

        /// <inheritdoc />
        public SensorError SensorError
        {
            get { return _firmware.SensorError; }
        }
    }
}
