namespace CydShunt.Protocol
{
    /// <summary>The value of the device-info characteristic (spec/gatt.md, "Device info").</summary>
    public struct DeviceInfo
    {
        /// <summary>Protocol version the device speaks (1 for this library), never 0.</summary>
        public byte ProtocolVersion { get; set; }

        /// <summary>Firmware major version.</summary>
        public byte FirmwareMajor { get; set; }

        /// <summary>Firmware minor version.</summary>
        public byte FirmwareMinor { get; set; }

        /// <summary>Firmware patch version.</summary>
        public byte FirmwarePatch { get; set; }

        /// <summary>Shunt sensor IC.</summary>
        public SensorType SensorType { get; set; }

        /// <summary>Feature flags.</summary>
        public DeviceFeatures Features { get; set; }

        /// <summary>Battery capacity in ampere hours, 1–65534, or <see cref="Measurement.NotAvailable"/> when not configured.</summary>
        public int CapacityAmpHours { get; set; }

        /// <summary>Nominal system voltage in volts (12, 24, 48), 0 when unknown.</summary>
        public byte NominalVoltage { get; set; }
    }
}
