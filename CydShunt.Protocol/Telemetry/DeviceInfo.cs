using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>The value of the device-info characteristic (spec/gatt.md, "Device info").</summary>
    public struct DeviceInfo
    {
        /// <summary>Creates a value with every field given.</summary>
        /// <param name="protocolVersion">Protocol version (1 or more).</param>
        /// <param name="firmwareMajor">Firmware major version.</param>
        /// <param name="firmwareMinor">Firmware minor version.</param>
        /// <param name="firmwarePatch">Firmware patch version.</param>
        /// <param name="sensorType">The current sensor.</param>
        /// <param name="features">Feature flags.</param>
        /// <param name="capacityAmpHours">Battery capacity in Ah.</param>
        /// <param name="nominalVoltage">Nominal battery voltage in V.</param>
        public DeviceInfo(byte protocolVersion, byte firmwareMajor, byte firmwareMinor, byte firmwarePatch, SensorType sensorType, DeviceFeatures features, int capacityAmpHours, byte nominalVoltage)
        {
            ProtocolVersion = protocolVersion;
            FirmwareMajor = firmwareMajor;
            FirmwareMinor = firmwareMinor;
            FirmwarePatch = firmwarePatch;
            SensorType = sensorType;
            Features = features;
            CapacityAmpHours = capacityAmpHours;
            NominalVoltage = nominalVoltage;
        }

        /// <summary>Protocol version the device speaks (1 for this library), never 0.</summary>
        public byte ProtocolVersion { get; }

        /// <summary>Firmware major version.</summary>
        public byte FirmwareMajor { get; }

        /// <summary>Firmware minor version.</summary>
        public byte FirmwareMinor { get; }

        /// <summary>Firmware patch version.</summary>
        public byte FirmwarePatch { get; }

        /// <summary>Shunt sensor IC.</summary>
        public SensorType SensorType { get; }

        /// <summary>Feature flags.</summary>
        public DeviceFeatures Features { get; }

        /// <summary>Battery capacity in ampere hours, 1–65534, or <see cref="Measurement.NotAvailable"/> when not configured.</summary>
        public int CapacityAmpHours { get; }

        /// <summary>Nominal system voltage in volts (12, 24, 48), 0 when unknown.</summary>
        public byte NominalVoltage { get; }

        /// <summary>The fields with their units, e.g. for logs and the debugger; "n/a" marks an unavailable quantity.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return "DeviceInfo { ProtocolVersion = " + ProtocolVersion.ToString()
                + ", Firmware = " + FirmwareMajor.ToString() + "." + FirmwareMinor.ToString() + "." + FirmwarePatch.ToString()
                + ", SensorType = " + ValueText.Sensor(SensorType)
                + ", Features = " + ValueText.Features(Features)
                + ", Capacity = " + ValueText.Whole(CapacityAmpHours, "Ah")
                + ", NominalVoltage = " + NominalVoltage.ToString() + " V }";
        }
    }
}
