using System;
using CydShunt.Firmware.Monitor;

namespace CydShunt.Firmware.Settings
{
    /// <summary>
    /// Battery monitor settings, with the meaning and defaults of Victron's BMV-712/SmartShunt "Battery settings"
    /// and "Alarm settings". Every quantity is an integer in the unit its name says. <see cref="Validate"/> names the
    /// first invalid field; <see cref="CreatePreset"/> gives the documented defaults for a 12, 24 or 48 V system.
    /// </summary>
    /// <remarks>
    /// Voltage-dependent defaults scale with the nominal voltage from Victron's 12 V values (charged voltage 13.2 V
    /// on 12 V, 26.4 V on 24 V, 52.8 V on 48 V). Alarms are off by default, as on the BMV; their levels are preset to
    /// sensible values so that enabling one is a single switch. The capacity is not configured by default: the user
    /// sets it (the screen or BLE control point 0x03), and until then SOC and time to go are not available.
    /// </remarks>
    public sealed partial class BatterySettings
    {
        /// <summary>Largest capacity in Ah (the BLE device-info field reserves 65535 for "not configured").</summary>
        public const int MaximumCapacityAmpHours = 65534;

        /// <summary>Capacity value meaning "not configured".</summary>
        public const int CapacityNotConfigured = 0;

        /// <summary>Smallest tail current, in 0.1 % of the capacity (0.5 %).</summary>
        public const int MinimumTailCurrentPermille = 5;

        /// <summary>Largest tail current, in 0.1 % of the capacity (10.0 %).</summary>
        public const int MaximumTailCurrentPermille = 100;

        /// <summary>Largest charged-detection time in minutes.</summary>
        public const int MaximumChargedDetectionMinutes = 50;

        /// <summary>Smallest Peukert exponent × 100 (1.00 = no correction).</summary>
        public const int MinimumPeukertExponentHundredths = 100;

        /// <summary>Largest Peukert exponent × 100 (1.50).</summary>
        public const int MaximumPeukertExponentHundredths = 150;

        /// <summary>Smallest charge efficiency factor in percent.</summary>
        public const int MinimumChargeEfficiencyPercent = 50;

        /// <summary>Largest current threshold in mA (2 A).</summary>
        public const int MaximumCurrentThresholdMilliamps = 2000;

        /// <summary>Largest time-to-go averaging period in minutes.</summary>
        public const int MaximumTimeToGoAveragingMinutes = 12;

        /// <summary>Largest discharge floor in percent.</summary>
        public const int MaximumDischargeFloorPercent = 99;

        /// <summary>Lowest temperature alarm level in 0.01 °C (−40 °C).</summary>
        public const int MinimumTemperatureCentidegrees = -4000;

        /// <summary>Highest temperature alarm level in 0.01 °C (+100 °C).</summary>
        public const int MaximumTemperatureCentidegrees = 10000;

        /// <summary>Creates the 12 V lead-acid preset (Victron's factory defaults).</summary>
        public BatterySettings()
            : this(12, BatteryChemistry.LeadAcid)
        {
        }

        private BatterySettings(int nominalVoltageVolts, BatteryChemistry chemistry)
        {
            ApplyPreset(nominalVoltageVolts, chemistry);
        }

        /// <summary>Nominal system voltage in volts: 12, 24 or 48.</summary>
        public int NominalVoltageVolts { get; set; }

        /// <summary>Battery chemistry.</summary>
        public BatteryChemistry Chemistry { get; set; }

        /// <summary>Rated capacity at the 20 h discharge rate, in Ah; 0 = not configured.</summary>
        public int CapacityAmpHours { get; set; }

        /// <summary>The battery counts as full only at or above this voltage (mV). Default 13.2 V per 12 V.</summary>
        public int ChargedVoltageMillivolts { get; set; }

        /// <summary>The charge current must fall to this share of the capacity (0.1 % units, default 40 = 4.0 %).</summary>
        public int TailCurrentPermille { get; set; }

        /// <summary>How long both full conditions must hold before the monitor synchronises, in minutes (default 3).</summary>
        public int ChargedDetectionMinutes { get; set; }

        /// <summary>Peukert exponent × 100 (default 125; 105 for lithium; 100 turns the correction off).</summary>
        public int PeukertExponentHundredths { get; set; }

        /// <summary>Share of the charge current that ends up stored, in percent (default 95; 99 for lithium).</summary>
        public int ChargeEfficiencyPercent { get; set; }

        /// <summary>Currents with a magnitude up to this value (mA) count as zero (default 100 mA).</summary>
        public int CurrentThresholdMilliamps { get; set; }

        /// <summary>Time constant of the time-to-go current filter, in minutes; 0 = no filter (default 3).</summary>
        public int TimeToGoAveragingMinutes { get; set; }

        /// <summary>Time to go counts down to this state of charge, in percent (default 50).</summary>
        public int DischargeFloorPercent { get; set; }

        /// <summary>Whether a battery without a saved state starts synchronised at 100 % (default on).</summary>
        public bool BatteryStartsSynchronised { get; set; }

        /// <summary>Whether the low-voltage alarm is enabled (default off).</summary>
        public bool LowVoltageAlarmEnabled { get; set; }

        /// <summary>The low-voltage alarm sets below this voltage (mV).</summary>
        public int LowVoltageAlarmSetMillivolts { get; set; }

        /// <summary>The low-voltage alarm clears above this voltage (mV); at least the set level.</summary>
        public int LowVoltageAlarmClearMillivolts { get; set; }

        /// <summary>Whether the high-voltage alarm is enabled (default off).</summary>
        public bool HighVoltageAlarmEnabled { get; set; }

        /// <summary>The high-voltage alarm sets above this voltage (mV).</summary>
        public int HighVoltageAlarmSetMillivolts { get; set; }

        /// <summary>The high-voltage alarm clears below this voltage (mV); at most the set level.</summary>
        public int HighVoltageAlarmClearMillivolts { get; set; }

        /// <summary>Whether the low-state-of-charge alarm is enabled (default off).</summary>
        public bool LowSocAlarmEnabled { get; set; }

        /// <summary>The low-SOC alarm sets below this state of charge (percent).</summary>
        public int LowSocAlarmSetPercent { get; set; }

        /// <summary>The low-SOC alarm clears above this state of charge (percent); at least the set level.</summary>
        public int LowSocAlarmClearPercent { get; set; }

        /// <summary>Whether the high-temperature alarm is enabled (default off).</summary>
        public bool HighTemperatureAlarmEnabled { get; set; }

        /// <summary>The high-temperature alarm sets above this temperature (0.01 °C).</summary>
        public int HighTemperatureAlarmSetCentidegrees { get; set; }

        /// <summary>The high-temperature alarm clears below this temperature (0.01 °C); at most the set level.</summary>
        public int HighTemperatureAlarmClearCentidegrees { get; set; }

        /// <summary>Whether the low-temperature alarm is enabled (default off).</summary>
        public bool LowTemperatureAlarmEnabled { get; set; }

        /// <summary>The low-temperature alarm sets below this temperature (0.01 °C).</summary>
        public int LowTemperatureAlarmSetCentidegrees { get; set; }

        /// <summary>The low-temperature alarm clears above this temperature (0.01 °C); at least the set level.</summary>
        public int LowTemperatureAlarmClearCentidegrees { get; set; }

        /// <summary>Tail current in µA for the configured capacity (0 while the capacity is not configured).</summary>
        public long TailCurrentMicroamps
        {
            // capacity [Ah] × 10^6 µA/A × permille / 1000
            get { return (long)CapacityAmpHours * TailCurrentPermille * 1000; }
        }

        /// <summary>
        /// Returns the documented defaults for a 12, 24 or 48 V battery of the given chemistry (capacity not
        /// configured, alarms off).
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">Another nominal voltage, or an undefined chemistry.</exception>
        public static BatterySettings CreatePreset(int nominalVoltageVolts, BatteryChemistry chemistry)
        {
            if (!IsSupportedNominalVoltage(nominalVoltageVolts))
            {
                throw new ArgumentOutOfRangeException("nominalVoltageVolts", "nominal voltage must be 12, 24 or 48 V");
            }

            if (chemistry != BatteryChemistry.LeadAcid && chemistry != BatteryChemistry.Lithium)
            {
                throw new ArgumentOutOfRangeException("chemistry", "unknown battery chemistry");
            }

            return new BatterySettings(nominalVoltageVolts, chemistry);
        }

        /// <summary>Whether the monitor supports <paramref name="volts"/> as a nominal system voltage.</summary>
        public static bool IsSupportedNominalVoltage(int volts)
        {
            return volts == 12 || volts == 24 || volts == 48;
        }

        /// <summary>Copies every field of <paramref name="source"/> into this instance (no allocation).</summary>
        public void CopyFrom(BatterySettings source)
        {
            if (source == null)
            {
                throw new ArgumentNullException("source");
            }

            NominalVoltageVolts = source.NominalVoltageVolts;
            Chemistry = source.Chemistry;
            CapacityAmpHours = source.CapacityAmpHours;
            ChargedVoltageMillivolts = source.ChargedVoltageMillivolts;
            TailCurrentPermille = source.TailCurrentPermille;
            ChargedDetectionMinutes = source.ChargedDetectionMinutes;
            PeukertExponentHundredths = source.PeukertExponentHundredths;
            ChargeEfficiencyPercent = source.ChargeEfficiencyPercent;
            CurrentThresholdMilliamps = source.CurrentThresholdMilliamps;
            TimeToGoAveragingMinutes = source.TimeToGoAveragingMinutes;
            DischargeFloorPercent = source.DischargeFloorPercent;
            BatteryStartsSynchronised = source.BatteryStartsSynchronised;
            LowVoltageAlarmEnabled = source.LowVoltageAlarmEnabled;
            LowVoltageAlarmSetMillivolts = source.LowVoltageAlarmSetMillivolts;
            LowVoltageAlarmClearMillivolts = source.LowVoltageAlarmClearMillivolts;
            HighVoltageAlarmEnabled = source.HighVoltageAlarmEnabled;
            HighVoltageAlarmSetMillivolts = source.HighVoltageAlarmSetMillivolts;
            HighVoltageAlarmClearMillivolts = source.HighVoltageAlarmClearMillivolts;
            LowSocAlarmEnabled = source.LowSocAlarmEnabled;
            LowSocAlarmSetPercent = source.LowSocAlarmSetPercent;
            LowSocAlarmClearPercent = source.LowSocAlarmClearPercent;
            HighTemperatureAlarmEnabled = source.HighTemperatureAlarmEnabled;
            HighTemperatureAlarmSetCentidegrees = source.HighTemperatureAlarmSetCentidegrees;
            HighTemperatureAlarmClearCentidegrees = source.HighTemperatureAlarmClearCentidegrees;
            LowTemperatureAlarmEnabled = source.LowTemperatureAlarmEnabled;
            LowTemperatureAlarmSetCentidegrees = source.LowTemperatureAlarmSetCentidegrees;
            LowTemperatureAlarmClearCentidegrees = source.LowTemperatureAlarmClearCentidegrees;
        }

        /// <summary>A new instance with the same values.</summary>
        public BatterySettings Clone()
        {
            BatterySettings copy = new BatterySettings();
            copy.CopyFrom(this);
            return copy;
        }

        /// <summary>Checks every field; returns the first problem found, or <see cref="BatterySettingsError.None"/>.</summary>
        public BatterySettingsError Validate()
        {
            if (!IsSupportedNominalVoltage(NominalVoltageVolts))
            {
                return BatterySettingsError.NominalVoltageNotSupported;
            }

            if (Chemistry != BatteryChemistry.LeadAcid && Chemistry != BatteryChemistry.Lithium)
            {
                return BatterySettingsError.ChemistryUnknown;
            }

            if (CapacityAmpHours < 0 || CapacityAmpHours > MaximumCapacityAmpHours)
            {
                return BatterySettingsError.CapacityOutOfRange;
            }

            // Voltage limits scale with the system: 0.8..1.4 × nominal for the charged voltage (9.6..16.8 V on 12 V),
            // 0.5..1.5 × nominal for alarm levels (6..18 V on 12 V).
            int nominalMillivolts = NominalVoltageVolts * 1000;
            if (!IsWithin(ChargedVoltageMillivolts, nominalMillivolts * 8 / 10, nominalMillivolts * 14 / 10))
            {
                return BatterySettingsError.ChargedVoltageOutOfRange;
            }

            if (!IsWithin(TailCurrentPermille, MinimumTailCurrentPermille, MaximumTailCurrentPermille))
            {
                return BatterySettingsError.TailCurrentOutOfRange;
            }

            if (!IsWithin(ChargedDetectionMinutes, 1, MaximumChargedDetectionMinutes))
            {
                return BatterySettingsError.ChargedDetectionTimeOutOfRange;
            }

            if (!IsWithin(PeukertExponentHundredths, MinimumPeukertExponentHundredths, MaximumPeukertExponentHundredths))
            {
                return BatterySettingsError.PeukertExponentOutOfRange;
            }

            if (!IsWithin(ChargeEfficiencyPercent, MinimumChargeEfficiencyPercent, 100))
            {
                return BatterySettingsError.ChargeEfficiencyOutOfRange;
            }

            if (!IsWithin(CurrentThresholdMilliamps, 0, MaximumCurrentThresholdMilliamps))
            {
                return BatterySettingsError.CurrentThresholdOutOfRange;
            }

            if (!IsWithin(TimeToGoAveragingMinutes, 0, MaximumTimeToGoAveragingMinutes))
            {
                return BatterySettingsError.TimeToGoAveragingOutOfRange;
            }

            if (!IsWithin(DischargeFloorPercent, 0, MaximumDischargeFloorPercent))
            {
                return BatterySettingsError.DischargeFloorOutOfRange;
            }

            int lowestAlarmMillivolts = nominalMillivolts / 2;
            int highestAlarmMillivolts = nominalMillivolts * 3 / 2;
            if (!IsWithin(LowVoltageAlarmSetMillivolts, lowestAlarmMillivolts, highestAlarmMillivolts)
                || !IsWithin(LowVoltageAlarmClearMillivolts, lowestAlarmMillivolts, highestAlarmMillivolts))
            {
                return BatterySettingsError.LowVoltageAlarmOutOfRange;
            }

            if (LowVoltageAlarmClearMillivolts < LowVoltageAlarmSetMillivolts)
            {
                return BatterySettingsError.LowVoltageAlarmClearBelowSet;
            }

            if (!IsWithin(HighVoltageAlarmSetMillivolts, lowestAlarmMillivolts, highestAlarmMillivolts)
                || !IsWithin(HighVoltageAlarmClearMillivolts, lowestAlarmMillivolts, highestAlarmMillivolts))
            {
                return BatterySettingsError.HighVoltageAlarmOutOfRange;
            }

            if (HighVoltageAlarmClearMillivolts > HighVoltageAlarmSetMillivolts)
            {
                return BatterySettingsError.HighVoltageAlarmClearAboveSet;
            }

            if (!IsWithin(LowSocAlarmSetPercent, 0, 100) || !IsWithin(LowSocAlarmClearPercent, 0, 100))
            {
                return BatterySettingsError.LowSocAlarmOutOfRange;
            }

            if (LowSocAlarmClearPercent < LowSocAlarmSetPercent)
            {
                return BatterySettingsError.LowSocAlarmClearBelowSet;
            }

            if (!IsWithin(HighTemperatureAlarmSetCentidegrees, MinimumTemperatureCentidegrees, MaximumTemperatureCentidegrees)
                || !IsWithin(HighTemperatureAlarmClearCentidegrees, MinimumTemperatureCentidegrees, MaximumTemperatureCentidegrees))
            {
                return BatterySettingsError.HighTemperatureAlarmOutOfRange;
            }

            if (HighTemperatureAlarmClearCentidegrees > HighTemperatureAlarmSetCentidegrees)
            {
                return BatterySettingsError.HighTemperatureAlarmClearAboveSet;
            }

            if (!IsWithin(LowTemperatureAlarmSetCentidegrees, MinimumTemperatureCentidegrees, MaximumTemperatureCentidegrees)
                || !IsWithin(LowTemperatureAlarmClearCentidegrees, MinimumTemperatureCentidegrees, MaximumTemperatureCentidegrees))
            {
                return BatterySettingsError.LowTemperatureAlarmOutOfRange;
            }

            if (LowTemperatureAlarmClearCentidegrees < LowTemperatureAlarmSetCentidegrees)
            {
                return BatterySettingsError.LowTemperatureAlarmClearBelowSet;
            }

            return BatterySettingsError.None;
        }

        private void ApplyPreset(int nominalVoltageVolts, BatteryChemistry chemistry)
        {
            int scale = nominalVoltageVolts / 12;
            NominalVoltageVolts = nominalVoltageVolts;
            Chemistry = chemistry;
            CapacityAmpHours = CapacityNotConfigured;
            ChargedVoltageMillivolts = 13200 * scale;
            TailCurrentPermille = 40;
            ChargedDetectionMinutes = 3;
            PeukertExponentHundredths = chemistry == BatteryChemistry.Lithium ? 105 : 125;
            ChargeEfficiencyPercent = chemistry == BatteryChemistry.Lithium ? 99 : 95;
            CurrentThresholdMilliamps = 100;
            TimeToGoAveragingMinutes = 3;
            DischargeFloorPercent = 50;
            BatteryStartsSynchronised = true;

            LowVoltageAlarmEnabled = false;
            LowVoltageAlarmSetMillivolts = 11000 * scale;
            LowVoltageAlarmClearMillivolts = 11500 * scale;
            HighVoltageAlarmEnabled = false;
            HighVoltageAlarmSetMillivolts = 15000 * scale;
            HighVoltageAlarmClearMillivolts = 14500 * scale;
            LowSocAlarmEnabled = false;
            LowSocAlarmSetPercent = 10;
            LowSocAlarmClearPercent = 15;
            HighTemperatureAlarmEnabled = false;
            HighTemperatureAlarmSetCentidegrees = 5000;
            HighTemperatureAlarmClearCentidegrees = 4500;
            LowTemperatureAlarmEnabled = false;

            // Lithium cells must not be charged below 0 °C; lead-acid tolerates frost far better.
            LowTemperatureAlarmSetCentidegrees = chemistry == BatteryChemistry.Lithium ? 0 : -1000;
            LowTemperatureAlarmClearCentidegrees = chemistry == BatteryChemistry.Lithium ? 500 : -500;
        }

        private static bool IsWithin(int value, int minimum, int maximum)
        {
            return value >= minimum && value <= maximum;
        }
    }
}
