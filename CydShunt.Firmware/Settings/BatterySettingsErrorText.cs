namespace CydShunt.Firmware.Settings
{
    /// <summary>English descriptions of <see cref="BatterySettingsError"/> (nanoFramework's Enum.ToString gives a number).</summary>
    public static class BatterySettingsErrorText
    {
        /// <summary>A short English description of <paramref name="error"/>.</summary>
        public static string Describe(BatterySettingsError error)
        {
            switch (error)
            {
                case BatterySettingsError.None: return "valid";
                case BatterySettingsError.NominalVoltageNotSupported: return "nominal voltage must be 12, 24 or 48 V";
                case BatterySettingsError.ChemistryUnknown: return "unknown battery chemistry";
                case BatterySettingsError.CapacityOutOfRange: return "capacity must be 1..65534 Ah (0 = not configured)";
                case BatterySettingsError.ChargedVoltageOutOfRange: return "charged voltage must be 0.8..1.4 x the nominal voltage";
                case BatterySettingsError.TailCurrentOutOfRange: return "tail current must be 0.5..10.0 % of the capacity";
                case BatterySettingsError.ChargedDetectionTimeOutOfRange: return "charged detection time must be 1..50 min";
                case BatterySettingsError.PeukertExponentOutOfRange: return "Peukert exponent must be 1.00..1.50";
                case BatterySettingsError.ChargeEfficiencyOutOfRange: return "charge efficiency factor must be 50..100 %";
                case BatterySettingsError.CurrentThresholdOutOfRange: return "current threshold must be 0..2.00 A";
                case BatterySettingsError.TimeToGoAveragingOutOfRange: return "time-to-go averaging period must be 0..12 min";
                case BatterySettingsError.DischargeFloorOutOfRange: return "discharge floor must be 0..99 %";
                case BatterySettingsError.LowVoltageAlarmOutOfRange: return "low-voltage alarm levels must be 0.5..1.5 x the nominal voltage";
                case BatterySettingsError.LowVoltageAlarmClearBelowSet: return "low-voltage alarm must clear at or above its set level";
                case BatterySettingsError.HighVoltageAlarmOutOfRange: return "high-voltage alarm levels must be 0.5..1.5 x the nominal voltage";
                case BatterySettingsError.HighVoltageAlarmClearAboveSet: return "high-voltage alarm must clear at or below its set level";
                case BatterySettingsError.LowSocAlarmOutOfRange: return "low-SOC alarm levels must be 0..100 %";
                case BatterySettingsError.LowSocAlarmClearBelowSet: return "low-SOC alarm must clear at or above its set level";
                case BatterySettingsError.HighTemperatureAlarmOutOfRange: return "high-temperature alarm levels must be -40..100 C";
                case BatterySettingsError.HighTemperatureAlarmClearAboveSet: return "high-temperature alarm must clear at or below its set level";
                case BatterySettingsError.LowTemperatureAlarmOutOfRange: return "low-temperature alarm levels must be -40..100 C";
                case BatterySettingsError.LowTemperatureAlarmClearBelowSet: return "low-temperature alarm must clear at or above its set level";
                case BatterySettingsError.PayloadTooShort: return "settings payload too short";
                case BatterySettingsError.PayloadVersionUnknown: return "settings payload version unknown";
                case BatterySettingsError.PayloadReservedBitsSet: return "settings payload has reserved bits set";
                default: return "unknown settings error";
            }
        }
    }
}
