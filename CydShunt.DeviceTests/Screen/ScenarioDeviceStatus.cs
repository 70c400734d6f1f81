using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Ui;

namespace CydShunt.DeviceTests.Screen
{
    /// <summary>Links and sensor for the screen self-test: BLE advertising, VE.Direct on, an INA228.</summary>
    public sealed class ScenarioDeviceStatus : IDeviceStatus
    {
        /// <inheritdoc />
        public bool BleEnabled { get; set; } = true;

        /// <inheritdoc />
        public bool BleRunning { get; set; } = true;

        /// <inheritdoc />
        public bool BleConnected { get; set; }

        /// <inheritdoc />
        public bool VeDirectEnabled { get; set; } = true;

        /// <inheritdoc />
        public int VeDirectBlocksSent { get; set; }

        /// <inheritdoc />
        public int PairingsCompleted { get; set; }

        /// <inheritdoc />
        public bool LastPairingSucceeded { get; set; }

        /// <inheritdoc />
        public ShuntSensorType SensorType { get; set; } = ShuntSensorType.Ina228;

        /// <inheritdoc />
        public SensorError SensorError { get; set; }
    }
}
