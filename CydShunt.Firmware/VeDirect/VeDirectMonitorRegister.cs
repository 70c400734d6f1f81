namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// HEX register ids of a battery monitor's live values and history, with the types and units of Victron's register
    /// list (velib ve_regs.h): VE_REG_SOC, VE_REG_TTG, VE_REG_CONSUMED_AH, VE_REG_DC_CHANNEL1_*, VE_REG_ALARM_REASON and
    /// VE_REG_HIST_* (0x0300–0x0311, "H1#"–"H18").
    /// </summary>
    public static class VeDirectMonitorRegister
    {
        /// <summary>State of charge: un16, 0.01 %, 0xFFFF = not available.</summary>
        public const int StateOfCharge = 0x0FFF;

        /// <summary>Time to go: un16, 1 minute, 0xFFFF = not available.</summary>
        public const int TimeToGo = 0x0FFE;

        /// <summary>Consumed Ah: sn32, 0.1 Ah.</summary>
        public const int ConsumedAmpHours = 0x0FFC;

        /// <summary>Battery (channel 1) voltage: sn16, 0.01 V, 0x7FFF = not available.</summary>
        public const int Voltage = 0xED8D;

        /// <summary>Battery current: sn16, 0.1 A, 0x7FFF = not available.</summary>
        public const int Current = 0xED8F;

        /// <summary>Battery current: sn32, 0.001 A, 0x7FFFFFFF = not available.</summary>
        public const int CurrentMilliamps = 0xED8C;

        /// <summary>Battery power: sn16, 1 W, 0x7FFF = not available.</summary>
        public const int Power = 0xED8E;

        /// <summary>Alarm reason: the <c>AR</c> bits, un16.</summary>
        public const int AlarmReason = 0x031E;

        /// <summary>H1 deepest discharge: sn32, 0.1 Ah.</summary>
        public const int DeepestDischarge = 0x0300;

        /// <summary>H2 last discharge: sn32, 0.1 Ah.</summary>
        public const int LastDischarge = 0x0301;

        /// <summary>H3 average discharge: sn32, 0.1 Ah.</summary>
        public const int AverageDischarge = 0x0302;

        /// <summary>H4 charge cycles: sn32.</summary>
        public const int ChargeCycles = 0x0303;

        /// <summary>H5 full discharges: sn32.</summary>
        public const int FullDischarges = 0x0304;

        /// <summary>H6 cumulative Ah drawn: sn32, 0.1 Ah.</summary>
        public const int CumulativeAmpHours = 0x0305;

        /// <summary>H7 minimum battery voltage: sn32, 0.01 V.</summary>
        public const int MinimumVoltage = 0x0306;

        /// <summary>H8 maximum battery voltage: sn32, 0.01 V.</summary>
        public const int MaximumVoltage = 0x0307;

        /// <summary>H9 seconds since the last full charge: sn32.</summary>
        public const int SecondsSinceFullCharge = 0x0308;

        /// <summary>H10 automatic synchronisations: sn32.</summary>
        public const int AutomaticSynchronisations = 0x0309;

        /// <summary>H11 low voltage alarms: sn32.</summary>
        public const int LowVoltageAlarms = 0x030A;

        /// <summary>H12 high voltage alarms: sn32.</summary>
        public const int HighVoltageAlarms = 0x030B;

        /// <summary>H13 low auxiliary voltage alarms: sn32.</summary>
        public const int LowAuxiliaryVoltageAlarms = 0x030C;

        /// <summary>H14 high auxiliary voltage alarms: sn32.</summary>
        public const int HighAuxiliaryVoltageAlarms = 0x030D;

        /// <summary>H15 minimum auxiliary voltage: sn32, 0.01 V.</summary>
        public const int MinimumAuxiliaryVoltage = 0x030E;

        /// <summary>H16 maximum auxiliary voltage: sn32, 0.01 V.</summary>
        public const int MaximumAuxiliaryVoltage = 0x030F;

        /// <summary>H17 discharged energy: un32, 0.01 kWh.</summary>
        public const int DischargedEnergy = 0x0310;

        /// <summary>H18 charged energy: un32, 0.01 kWh.</summary>
        public const int ChargedEnergy = 0x0311;
    }
}
