namespace CydShunt.Firmware.Settings
{
    /// <summary>Why a <see cref="BatterySettings"/> value or payload was rejected. One reason per field and rule.</summary>
    public enum BatterySettingsError
    {
        /// <summary>The settings are valid.</summary>
        None = 0,

        /// <summary>Nominal system voltage is not 12, 24 or 48 V.</summary>
        NominalVoltageNotSupported,

        /// <summary>Battery chemistry is not a defined <see cref="CydShunt.Firmware.Monitor.BatteryChemistry"/>.</summary>
        ChemistryUnknown,

        /// <summary>Capacity is neither 0 (not configured) nor 1..65534 Ah.</summary>
        CapacityOutOfRange,

        /// <summary>Charged voltage is outside 0.8..1.4 × the nominal voltage.</summary>
        ChargedVoltageOutOfRange,

        /// <summary>Tail current is outside 0.5..10.0 % of the capacity.</summary>
        TailCurrentOutOfRange,

        /// <summary>Charged-detection time is outside 1..50 min.</summary>
        ChargedDetectionTimeOutOfRange,

        /// <summary>Peukert exponent is outside 1.00..1.50.</summary>
        PeukertExponentOutOfRange,

        /// <summary>Charge efficiency factor is outside 50..100 %.</summary>
        ChargeEfficiencyOutOfRange,

        /// <summary>Current threshold is outside 0..2000 mA.</summary>
        CurrentThresholdOutOfRange,

        /// <summary>Time-to-go averaging period is outside 0..12 min.</summary>
        TimeToGoAveragingOutOfRange,

        /// <summary>Discharge floor is outside 0..99 %.</summary>
        DischargeFloorOutOfRange,

        /// <summary>A low-voltage alarm level is outside 0.5..1.5 × the nominal voltage.</summary>
        LowVoltageAlarmOutOfRange,

        /// <summary>The low-voltage alarm clears below the level that sets it (clear must be ≥ set).</summary>
        LowVoltageAlarmClearBelowSet,

        /// <summary>A high-voltage alarm level is outside 0.5..1.5 × the nominal voltage.</summary>
        HighVoltageAlarmOutOfRange,

        /// <summary>The high-voltage alarm clears above the level that sets it (clear must be ≤ set).</summary>
        HighVoltageAlarmClearAboveSet,

        /// <summary>A low-SOC alarm level is outside 0..100 %.</summary>
        LowSocAlarmOutOfRange,

        /// <summary>The low-SOC alarm clears below the level that sets it (clear must be ≥ set).</summary>
        LowSocAlarmClearBelowSet,

        /// <summary>A high-temperature alarm level is outside −40..+100 °C.</summary>
        HighTemperatureAlarmOutOfRange,

        /// <summary>The high-temperature alarm clears above the level that sets it (clear must be ≤ set).</summary>
        HighTemperatureAlarmClearAboveSet,

        /// <summary>A low-temperature alarm level is outside −40..+100 °C.</summary>
        LowTemperatureAlarmOutOfRange,

        /// <summary>The low-temperature alarm clears below the level that sets it (clear must be ≥ set).</summary>
        LowTemperatureAlarmClearBelowSet,

        /// <summary>The payload is shorter than its version's layout.</summary>
        PayloadTooShort,

        /// <summary>The payload's version byte is not one this firmware reads.</summary>
        PayloadVersionUnknown,

        /// <summary>The payload sets flag bits this version does not define.</summary>
        PayloadReservedBitsSet,
    }
}
