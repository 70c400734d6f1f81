using CydShunt.Protocol;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// The battery settings a GX device may read over HEX (registers 0x1000–0x1009), in the registers' own units.
    /// The integration maps the monitor's settings onto this struct; a setting the monitor does not have holds
    /// <see cref="Measurement.NotAvailable"/> and its register answers "unknown id". Available values must fit 0–65535.
    /// </summary>
    public struct VeDirectBatterySettings
    {
        /// <summary>0x1000 battery capacity, Ah.</summary>
        public int CapacityAmpHours { get; set; }

        /// <summary>0x1001 charged voltage, 0.1 V.</summary>
        public int ChargedVoltageDecivolts { get; set; }

        /// <summary>0x1002 tail (charged) current, 0.1 % of capacity.</summary>
        public int TailCurrentPermille { get; set; }

        /// <summary>0x1003 charged detection time, minutes.</summary>
        public int ChargedDetectionTimeMinutes { get; set; }

        /// <summary>0x1004 charge efficiency, %.</summary>
        public int ChargeEfficiencyPercent { get; set; }

        /// <summary>0x1005 Peukert exponent, 0.01 (125 is 1.25).</summary>
        public int PeukertExponentHundredths { get; set; }

        /// <summary>0x1006 current threshold, 0.01 A.</summary>
        public int CurrentThresholdCentiamps { get; set; }

        /// <summary>0x1007 time-to-go averaging period, minutes.</summary>
        public int TimeToGoAveragingMinutes { get; set; }

        /// <summary>0x1008 low state of charge (discharge floor), 0.1 %.</summary>
        public int LowStateOfChargePermille { get; set; }

        /// <summary>0x1009 low state of charge clear level, 0.1 %.</summary>
        public int LowStateOfChargeClearPermille { get; set; }

        /// <summary>Returns settings with every value <see cref="Measurement.NotAvailable"/>.</summary>
        public static VeDirectBatterySettings CreateUnavailable()
        {
            VeDirectBatterySettings settings = default;
            settings.CapacityAmpHours = Measurement.NotAvailable;
            settings.ChargedVoltageDecivolts = Measurement.NotAvailable;
            settings.TailCurrentPermille = Measurement.NotAvailable;
            settings.ChargedDetectionTimeMinutes = Measurement.NotAvailable;
            settings.ChargeEfficiencyPercent = Measurement.NotAvailable;
            settings.PeukertExponentHundredths = Measurement.NotAvailable;
            settings.CurrentThresholdCentiamps = Measurement.NotAvailable;
            settings.TimeToGoAveragingMinutes = Measurement.NotAvailable;
            settings.LowStateOfChargePermille = Measurement.NotAvailable;
            settings.LowStateOfChargeClearPermille = Measurement.NotAvailable;
            return settings;
        }

        /// <summary>Returns the value held for battery register <paramref name="registerId"/>, or <see cref="Measurement.NotAvailable"/> for any other id.</summary>
        public int GetRegisterValue(int registerId)
        {
            switch (registerId)
            {
                case VeDirectRegister.BatteryCapacity:
                    return CapacityAmpHours;
                case VeDirectRegister.ChargedVoltage:
                    return ChargedVoltageDecivolts;
                case VeDirectRegister.TailCurrent:
                    return TailCurrentPermille;
                case VeDirectRegister.ChargedDetectionTime:
                    return ChargedDetectionTimeMinutes;
                case VeDirectRegister.ChargeEfficiency:
                    return ChargeEfficiencyPercent;
                case VeDirectRegister.PeukertExponent:
                    return PeukertExponentHundredths;
                case VeDirectRegister.CurrentThreshold:
                    return CurrentThresholdCentiamps;
                case VeDirectRegister.TimeToGoDeltaT:
                    return TimeToGoAveragingMinutes;
                case VeDirectRegister.LowStateOfCharge:
                    return LowStateOfChargePermille;
                case VeDirectRegister.LowStateOfChargeClear:
                    return LowStateOfChargeClearPermille;
                default:
                    return Measurement.NotAvailable;
            }
        }
    }
}
