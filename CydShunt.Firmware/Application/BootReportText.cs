using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Application
{
    /// <summary>
    /// Puts the boot report into words, for the debug output and the screen. nanoFramework's <c>Enum.ToString()</c> gives the
    /// number, so every enum has its own name table here (a test checks that every value is named).
    /// </summary>
    public static class BootReportText
    {
        /// <summary>Every field of <paramref name="report"/>, one line each, in words.</summary>
        /// <param name="report">The report of <c>ShuntFirmware.Boot</c>.</param>
        /// <returns>The lines.</returns>
        public static string[] Lines(BootReport report)
        {
            return new string[]
            {
                "Battery settings:     " + Describe(report.BatterySettings),
                "Shunt settings:       " + Describe(report.ShuntSettings),
                "Integration settings: " + Describe(report.IntegrationSettings),
                "BLE settings:         " + Describe(report.BleSettings),
                "Battery state:        " + Describe(report.BatteryState),
                "Settings reset:       " + (report.SettingsReset ? "yes, stored settings were lost and defaults are in force" : "no"),
                "Shunt sensor:         " + Describe(report.Sensor),
                "Sensor error:         " + Describe(report.SensorError),
                "Previous restart:     " + Describe(report.PreviousRestart),
            };
        }

        /// <summary>Names a record load status.</summary>
        /// <param name="status">The status.</param>
        /// <returns>Its description.</returns>
        public static string Describe(RecordLoadStatus status)
        {
            switch (status)
            {
                case RecordLoadStatus.Loaded:
                    return "loaded";
                case RecordLoadStatus.NoData:
                    return "nothing stored yet, defaults";
                case RecordLoadStatus.CorruptFellBackToOtherSlot:
                    return "one slot damaged, loaded the other slot";
                case RecordLoadStatus.RejectedFellBackToOtherSlot:
                    return "newest record unusable, loaded the older slot";
                case RecordLoadStatus.CorruptUsedDefaults:
                    return "damaged, defaults in force";
                case RecordLoadStatus.UnknownVersionUsedDefaults:
                    return "unknown record version, defaults in force";
                case RecordLoadStatus.InvalidUsedDefaults:
                    return "invalid content, defaults in force";
                case RecordLoadStatus.ReadFailedUsedDefaults:
                    return "flash read failed, defaults in force";
                default:
                    return Unknown((int)status);
            }
        }

        /// <summary>Names a sensor type.</summary>
        /// <param name="type">The type.</param>
        /// <returns>Its description.</returns>
        public static string Describe(ShuntSensorType type)
        {
            switch (type)
            {
                case ShuntSensorType.None:
                    return "none found (looked for again every 5 s)";
                case ShuntSensorType.Ina226:
                    return "INA226";
                case ShuntSensorType.Ina228:
                    return "INA228";
                default:
                    return Unknown((int)type);
            }
        }

        /// <summary>Names a sensor error.</summary>
        /// <param name="error">The error.</param>
        /// <returns>Its description.</returns>
        public static string Describe(SensorError error)
        {
            switch (error)
            {
                case SensorError.None:
                    return "none";
                case SensorError.NoAcknowledge:
                    return "no acknowledge (no sensor at the address, wiring, power or pull-ups)";
                case SensorError.TransferIncomplete:
                    return "transfer incomplete";
                case SensorError.BusTimeout:
                    return "bus timeout (clock held low)";
                case SensorError.BusError:
                    return "bus error";
                case SensorError.WrongManufacturer:
                    return "not a TI chip";
                case SensorError.UnsupportedDevice:
                    return "unsupported TI device";
                case SensorError.NotConfigured:
                    return "not configured (no calibration for the shunt settings)";
                case SensorError.ConfigurationNotApplied:
                    return "configuration did not read back";
                case SensorError.DeviceReset:
                    return "chip lost its configuration (brown-out or reset)";
                case SensorError.MathOverflow:
                    return "math overflow";
                case SensorError.CalibrationForOtherChip:
                    return "calibration for another chip";
                default:
                    return Unknown((int)error);
            }
        }

        /// <summary>Names why the firmware restarted the device.</summary>
        /// <param name="reason">The reason.</param>
        /// <returns>Its description.</returns>
        public static string Describe(RestartReason reason)
        {
            switch (reason)
            {
                case RestartReason.None:
                    return "none by the firmware";
                case RestartReason.BleRecovery:
                    return "by the firmware to bring BLE back (GATT table rebuilds used up); battery state was saved";
                default:
                    return Unknown((int)reason);
            }
        }

        private static string Unknown(int value)
        {
            return "unknown (" + value.ToString() + ")";
        }
    }
}
