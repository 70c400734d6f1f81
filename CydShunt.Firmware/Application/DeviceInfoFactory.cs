using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Settings;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Application
{
    /// <summary>Builds the BLE Device Info value from the firmware's identity, the detected sensor and the battery settings.</summary>
    internal static class DeviceInfoFactory
    {
        /// <summary>The Device Info value (the BLE service adds its own feature bits).</summary>
        /// <param name="identity">Firmware version.</param>
        /// <param name="sensorType">The detected sensor.</param>
        /// <param name="battery">The battery settings in force.</param>
        /// <returns>The value.</returns>
        public static DeviceInfo Create(FirmwareIdentity identity, ShuntSensorType sensorType, BatterySettings battery)
        {
            return new DeviceInfo(
                CydShuntGatt.ProtocolVersion,
                identity.Major,
                identity.Minor,
                identity.Patch,
                sensorType == ShuntSensorType.Ina228 ? Protocol.SensorType.Ina228 : sensorType == ShuntSensorType.Ina226 ? Protocol.SensorType.Ina226 : Protocol.SensorType.Unknown,
                DeviceFeatures.None, // the BLE service adds the feature bits it owns
                battery.CapacityAmpHours == BatterySettings.CapacityNotConfigured ? Measurement.NotAvailable : battery.CapacityAmpHours,
                (byte)battery.NominalVoltageVolts);
        }
    }
}
