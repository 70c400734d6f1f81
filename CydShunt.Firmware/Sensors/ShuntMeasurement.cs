namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// One reading of the shunt sensor, in integer units. A plain value type: reading does not allocate.
    /// Sign convention: positive current (and power, and charge) flows INTO the battery (charging); negative is
    /// discharging. <see cref="ShuntSettings.InvertCurrent"/> flips it for shunts wired the other way round.
    /// </summary>
    public struct ShuntMeasurement
    {
        /// <summary>Value of <see cref="TemperatureCentidegrees"/> when the chip has no temperature sensor.</summary>
        public const int TemperatureNotAvailable = int.MinValue;

        /// <summary>Battery (bus) voltage in µV, measured at the chip's VBUS pin; never negative.</summary>
        public int VoltageMicrovolts;

        /// <summary>Battery current in µA after calibration and known-load correction; + = charging.</summary>
        public int CurrentMicroamps;

        /// <summary>Chip die temperature in 0.01 °C, or <see cref="TemperatureNotAvailable"/> (INA226).</summary>
        public int TemperatureCentidegrees;

        /// <summary>Raw shunt voltage IN+ − IN− in nV, as the chip measured it (no sign inversion, no correction).</summary>
        public int ShuntNanovolts;

        /// <summary>Power in mW computed by the chip (|I|·V), given the sign of <see cref="CurrentMicroamps"/>.</summary>
        public int PowerMilliwatts;

        /// <summary>Whether <see cref="ChargeMicroampHours"/> and <see cref="EnergyMilliwattHours"/> hold hardware values (INA228 only).</summary>
        public bool HasAccumulators;

        /// <summary>
        /// INA228 CHARGE accumulator in µAh since the chip's last reset or accumulator reset; + = net charge into the
        /// battery. The chip integrates every conversion, so no sample is missed between reads. 0 when not available.
        /// </summary>
        public long ChargeMicroampHours;

        /// <summary>
        /// INA228 ENERGY accumulator in mWh since the last reset. The chip accumulates |power|, so this is the energy
        /// that passed through the shunt in either direction (throughput), not a net value. 0 when not available.
        /// </summary>
        public long EnergyMilliwattHours;

        /// <summary>
        /// The chip flagged that CHARGE or ENERGY overflowed its 40 bits and wrapped since the previous read: the
        /// accumulator values jumped and must not be used as a continuation of the earlier ones.
        /// </summary>
        public bool AccumulatorOverflow;
    }
}
