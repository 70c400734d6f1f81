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
            DeviceInfo info = default(DeviceInfo);
            info.ProtocolVersion = CydShuntGatt.ProtocolVersion;
            info.FirmwareMajor = identity.Major;
            info.FirmwareMinor = identity.Minor;
            info.FirmwarePatch = identity.Patch;
            info.SensorType = sensorType == ShuntSensorType.Ina228 ? Protocol.SensorType.Ina228 : sensorType == ShuntSensorType.Ina226 ? Protocol.SensorType.Ina226 : Protocol.SensorType.Unknown;
            info.CapacityAmpHours = battery.CapacityAmpHours == BatterySettings.CapacityNotConfigured ? Measurement.NotAvailable : battery.CapacityAmpHours;
            info.NominalVoltage = (byte)battery.NominalVoltageVolts;
            return info;
        }
    }
}
