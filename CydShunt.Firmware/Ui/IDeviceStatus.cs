using CydShunt.Firmware.Sensors;

namespace CydShunt.Firmware.Ui
{
    /// <summary>
    /// What the status bar shows besides the battery: the links and the sensor. Implemented over the running firmware
    /// by <see cref="FirmwareDeviceStatus"/>; tests set the values directly.
    /// </summary>
    public interface IDeviceStatus
    {
        /// <summary>BLE is switched on in the settings.</summary>
        bool BleEnabled { get; }

        /// <summary>The BLE service is running (advertising or connected).</summary>
        bool BleRunning { get; }

        /// <summary>A central is connected.</summary>
        bool BleConnected { get; }

        /// <summary>VE.Direct output is switched on in the settings.</summary>
        bool VeDirectEnabled { get; }

        /// <summary>VE.Direct text blocks sent since boot (the indicator shows traffic).</summary>
        int VeDirectBlocksSent { get; }

        /// <summary>Pairings that ended since boot (the screen shows each result).</summary>
        int PairingsCompleted { get; }

        /// <summary>Whether the last pairing that ended succeeded.</summary>
        bool LastPairingSucceeded { get; }

        /// <summary>The shunt sensor found at boot.</summary>
        ShuntSensorType SensorType { get; }

        /// <summary>The sensor's last error (<see cref="SensorError.None"/> when healthy).</summary>
        SensorError SensorError { get; }
    }
}
