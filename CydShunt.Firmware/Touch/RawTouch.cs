namespace CydShunt.Firmware.Touch
{
    /// <summary>
    /// One touch reading in the controller's own units, before calibration: a class the caller owns and the sensor fills
    /// in place (no allocation per read). Positions are 12-bit ADC codes, 0..<see cref="MaximumValue"/>.
    /// </summary>
    public sealed class RawTouch
    {
        /// <summary>The largest 12-bit code.</summary>
        public const int MaximumValue = 4095;

        /// <summary>X-Position code (the panel's X axis, which on the CYD runs along the screen's short side).</summary>
        public int X { get; set; }

        /// <summary>Y-Position code.</summary>
        public int Y { get; set; }

        /// <summary>Z1-Position code (first cross-panel measurement).</summary>
        public int Z1 { get; set; }

        /// <summary>Z2-Position code (second cross-panel measurement).</summary>
        public int Z2 { get; set; }

        /// <summary>
        /// Touch pressure, 0 (no contact) .. 4095 (contact resistance 0): 4096 / (1 + R_touch / R_X-plate), see
        /// <see cref="TouchPressure.FromPositions"/>.
        /// </summary>
        public int Pressure { get; set; }

        /// <summary>Copies another reading into this one.</summary>
        /// <param name="other">The reading to copy.</param>
        public void CopyFrom(RawTouch other)
        {
            X = other.X;
            Y = other.Y;
            Z1 = other.Z1;
            Z2 = other.Z2;
            Pressure = other.Pressure;
        }
    }
}
