namespace CydShunt.Firmware.Sensors
{
    /// <summary>English text for <see cref="ShuntSettingsError"/> (nanoFramework's Enum.ToString gives only the number).</summary>
    public static class ShuntSettingsErrorText
    {
        /// <summary>Says what is wrong, for the settings screen and logs.</summary>
        /// <param name="error">The error.</param>
        /// <returns>One sentence.</returns>
        public static string Describe(ShuntSettingsError error)
        {
            switch (error)
            {
                case ShuntSettingsError.None: return "No error.";
                case ShuntSettingsError.RatedCurrentNotPositive: return "The shunt's rated current must be at least 1 A.";
                case ShuntSettingsError.RatedCurrentTooHigh: return "The shunt's rated current is higher than supported.";
                case ShuntSettingsError.RatedMillivoltsNotPositive: return "The shunt's rated voltage drop must be at least 1 mV.";
                case ShuntSettingsError.RatedMillivoltsTooHigh: return "The shunt's rated voltage drop is beyond the sensor's input range.";
                case ShuntSettingsError.CorrectionOutOfRange: return "The known-load correction is outside ±10 %.";
                case ShuntSettingsError.AddressOutOfRange: return "The I2C address must be between 0x40 and 0x4F.";
                case ShuntSettingsError.PayloadTooShort: return "The stored shunt settings are truncated.";
                case ShuntSettingsError.PayloadVersionUnknown: return "The stored shunt settings have an unknown version.";
                case ShuntSettingsError.NotSupportedBySensor: return "The detected shunt sensor cannot measure this shunt (its voltage drop is beyond the chip's input range).";
                case ShuntSettingsError.ZeroOffsetOutOfRange: return "The zero offset is more than 2 % of the shunt's rated current.";
                case ShuntSettingsError.ZeroingWithoutReading: return "No current reading yet: wait for the sensor, then zero again.";
                case ShuntSettingsError.ZeroingLoadFlowing: return "Not zeroed: a load is flowing (over 2 % of the rating). Disconnect all loads and chargers first.";
                default: return "Unknown shunt settings error.";
            }
        }
    }
}
