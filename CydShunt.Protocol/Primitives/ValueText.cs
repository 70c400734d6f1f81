namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// The pieces of the value types' <c>ToString()</c>: fixed-point quantities and flag and enum names, with integer
    /// arithmetic only, because nanoFramework formats no doubles the same way and its <c>Enum.ToString()</c> gives a number.
    /// </summary>
    internal static class ValueText
    {
        /// <summary>The text of an unavailable quantity (<see cref="Measurement.NotAvailable"/>).</summary>
        public const string NotAvailable = "n/a";

        /// <summary>
        /// <paramref name="value"/> in units of 10^-<paramref name="decimals"/> <paramref name="unit"/>, e.g. (13250, 3, "V")
        /// gives "13.250 V"; <see cref="Measurement.NotAvailable"/> gives "n/a".
        /// </summary>
        public static string Fixed(int value, int decimals, string unit)
        {
            if (!Measurement.IsAvailable(value))
            {
                return NotAvailable;
            }

            string sign = value < 0 ? "-" : string.Empty;
            int magnitude = value < 0 ? -value : value; // int.MinValue is NotAvailable, handled above
            int scale = 1;
            for (int i = 0; i < decimals; i++)
            {
                scale *= 10;
            }

            string text = sign + (magnitude / scale).ToString();
            if (decimals > 0)
            {
                string fraction = (magnitude % scale).ToString();
                while (fraction.Length < decimals)
                {
                    fraction = "0" + fraction;
                }

                text += "." + fraction;
            }

            return text + " " + unit;
        }

        /// <summary>A number without a unit, or "n/a".</summary>
        public static string Number(int value)
        {
            return Measurement.IsAvailable(value) ? value.ToString() : NotAvailable;
        }

        /// <summary>A whole quantity with its unit, e.g. "95 min", or "n/a".</summary>
        public static string Whole(int value, string unit)
        {
            return Fixed(value, 0, unit);
        }

        /// <summary>The set flags' names, e.g. "Synchronised, Discharging", or "None".</summary>
        public static string Status(StatusFlags status)
        {
            int bits = (int)status;
            string text = string.Empty;
            text = Flag(text, ref bits, (int)StatusFlags.Synchronised, "Synchronised");
            text = Flag(text, ref bits, (int)StatusFlags.AlarmActive, "AlarmActive");
            text = Flag(text, ref bits, (int)StatusFlags.Charging, "Charging");
            text = Flag(text, ref bits, (int)StatusFlags.Discharging, "Discharging");
            text = Flag(text, ref bits, (int)StatusFlags.SensorFault, "SensorFault");
            return Finish(text, bits);
        }

        /// <summary>The set alarms' names, e.g. "LowVoltage, HighTemperature", or "None".</summary>
        public static string Alarms(AlarmFlags alarms)
        {
            int bits = (int)alarms;
            string text = string.Empty;
            text = Flag(text, ref bits, (int)AlarmFlags.LowVoltage, "LowVoltage");
            text = Flag(text, ref bits, (int)AlarmFlags.HighVoltage, "HighVoltage");
            text = Flag(text, ref bits, (int)AlarmFlags.LowStateOfCharge, "LowStateOfCharge");
            text = Flag(text, ref bits, (int)AlarmFlags.HighTemperature, "HighTemperature");
            text = Flag(text, ref bits, (int)AlarmFlags.LowTemperature, "LowTemperature");
            return Finish(text, bits);
        }

        /// <summary>The set features' names, e.g. "TemperatureSensor, BTHomeAdvertising", or "None".</summary>
        public static string Features(DeviceFeatures features)
        {
            int bits = (int)features;
            string text = string.Empty;
            text = Flag(text, ref bits, (int)DeviceFeatures.TemperatureSensor, "TemperatureSensor");
            text = Flag(text, ref bits, (int)DeviceFeatures.BTHomeAdvertising, "BTHomeAdvertising");
            text = Flag(text, ref bits, (int)DeviceFeatures.PairingRequiredForAll, "PairingRequiredForAll");
            return Finish(text, bits);
        }

        /// <summary>The opcode's name, or its number when version 1 does not define it.</summary>
        public static string Opcode(ControlPointOpcode opcode)
        {
            switch (opcode)
            {
                case ControlPointOpcode.None: return "None";
                case ControlPointOpcode.ResetEnergyCounters: return "ResetEnergyCounters";
                case ControlPointOpcode.SynchroniseStateOfCharge: return "SynchroniseStateOfCharge";
                case ControlPointOpcode.SetBatteryCapacity: return "SetBatteryCapacity";
                case ControlPointOpcode.SetNotificationInterval: return "SetNotificationInterval";
                case ControlPointOpcode.Response: return "Response";
                default: return ((int)opcode).ToString();
            }
        }

        /// <summary>The result's name, or its number when version 1 does not define it.</summary>
        public static string Result(ControlPointResult result)
        {
            switch (result)
            {
                case ControlPointResult.Success: return "Success";
                case ControlPointResult.OpcodeNotSupported: return "OpcodeNotSupported";
                case ControlPointResult.InvalidLength: return "InvalidLength";
                case ControlPointResult.InvalidParameter: return "InvalidParameter";
                case ControlPointResult.OperationFailed: return "OperationFailed";
                default: return ((int)result).ToString();
            }
        }

        /// <summary>The sensor's name, or its number when unknown to this version.</summary>
        public static string Sensor(SensorType sensor)
        {
            switch (sensor)
            {
                case SensorType.Unknown: return "Unknown";
                case SensorType.Ina226: return "Ina226";
                case SensorType.Ina228: return "Ina228";
                default: return ((int)sensor).ToString();
            }
        }

        /// <summary>"true" or "false" (the same on every runtime).</summary>
        public static string Bool(bool value)
        {
            return value ? "true" : "false";
        }

        private static string Flag(string text, ref int bits, int flag, string name)
        {
            if ((bits & flag) == 0)
            {
                return text;
            }

            bits &= ~flag;
            return text.Length == 0 ? name : text + ", " + name;
        }

        // Bits no name covers are shown as their number, so that nothing read from the air is hidden.
        private static string Finish(string text, int unnamedBits)
        {
            if (unnamedBits != 0)
            {
                text = text.Length == 0 ? unnamedBits.ToString() : text + ", " + unnamedBits.ToString();
            }

            return text.Length == 0 ? "None" : text;
        }
    }
}
