using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Application
{
    /// <summary>Reports what happened at boot, for the screen ("settings reset", "no sensor") and logs.</summary>
    public sealed class BootReport
    {
        internal BootReport(RecordLoadStatus battery, RecordLoadStatus shunt, RecordLoadStatus integration, RecordLoadStatus ble, RecordLoadStatus state, bool settingsReset, ShuntSensorType sensor, SensorError sensorError, RestartReason previousRestart)
        {
            BatterySettings = battery;
            ShuntSettings = shunt;
            IntegrationSettings = integration;
            BleSettings = ble;
            BatteryState = state;
            SettingsReset = settingsReset;
            Sensor = sensor;
            SensorError = sensorError;
            PreviousRestart = previousRestart;
        }

        /// <summary>How the battery settings loaded.</summary>
        public RecordLoadStatus BatterySettings { get; }

        /// <summary>How the shunt settings loaded.</summary>
        public RecordLoadStatus ShuntSettings { get; }

        /// <summary>How the integration settings loaded.</summary>
        public RecordLoadStatus IntegrationSettings { get; }

        /// <summary>How the BLE settings loaded.</summary>
        public RecordLoadStatus BleSettings { get; }

        /// <summary>How the saved battery state loaded.</summary>
        public RecordLoadStatus BatteryState { get; }

        /// <summary>Whether stored settings were lost and replaced by defaults (the screen says so).</summary>
        public bool SettingsReset { get; }

        /// <summary>The detected shunt sensor, or <see cref="ShuntSensorType.None"/>.</summary>
        public ShuntSensorType Sensor { get; }

        /// <summary>Why no sensor is measuring, or <see cref="Sensors.SensorError.None"/>.</summary>
        public SensorError SensorError { get; }

        /// <summary>
        /// Why the firmware restarted the device just before this boot (its restart note), or <see cref="RestartReason.None"/>
        /// for any other start (power-on, reset, crash).
        /// </summary>
        public RestartReason PreviousRestart { get; }
    }
}
