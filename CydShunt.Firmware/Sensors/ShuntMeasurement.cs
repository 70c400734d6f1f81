namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// One sample of the shunt sensor: what the battery monitor needs every second, in integer units. A plain value type:
    /// reading does not allocate. Sign convention: positive current flows INTO the battery (charging); negative is
    /// discharging. <see cref="ShuntSettings.InvertCurrent"/> flips it for shunts wired the other way round.
    /// </summary>
    public struct ShuntMeasurement
    {
        /// <summary>Battery (bus) voltage in µV, measured at the chip's VBUS pin; never negative.</summary>
        public int VoltageMicrovolts;

        /// <summary>Battery current in µA after calibration and known-load correction; + = charging.</summary>
        public int CurrentMicroamps;
    }
}
