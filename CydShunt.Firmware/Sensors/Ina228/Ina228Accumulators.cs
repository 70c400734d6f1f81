namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// The INA228's hardware CHARGE and ENERGY accumulators, converted and corrected like the current
    /// (<see cref="Ina228.TryReadAccumulators"/>). The chip integrates every conversion, so nothing is lost between reads.
    /// </summary>
    public struct Ina228Accumulators
    {
        /// <summary>Net charge in µAh since the chip's last reset or accumulator reset; + = into the battery (after <see cref="ShuntSettings.InvertCurrent"/>).</summary>
        public long ChargeMicroampHours;

        /// <summary>Energy in mWh since the last reset. The chip accumulates |power|: throughput in either direction, never negative.</summary>
        public long EnergyMilliwattHours;

        /// <summary>
        /// CHARGE or ENERGY overflowed its 40 bits and wrapped since the previous read: the values jumped and must not be
        /// taken as a continuation of the earlier ones.
        /// </summary>
        public bool Overflow;
    }
}
