namespace CydShunt.Firmware.Touch
{
    /// <summary>
    /// Touch pressure from the 4-wire cross-panel measurements. The XPT2046/TSC2046 data sheets ("Pressure Measurement",
    /// equation 3) give the contact resistance as R_touch = R_X-plate · (X-Position / 4096) · (Z2 / Z1 − 1). The X-plate
    /// resistance is not known here, so the figure used is relative to it, scaled so that a firmer press gives a larger
    /// number: pressure = 4096 / (1 + R_touch / R_X-plate), i.e. 4096 for a perfect contact, 2048 when the contact
    /// resistance equals the plate's, towards 0 for a feather touch or no touch (Z1 = 0).
    /// </summary>
    public static class TouchPressure
    {
        /// <summary>The largest pressure value.</summary>
        public const int Maximum = 4095;

        /// <summary>Computes the pressure of one sample, integer only.</summary>
        /// <param name="x">X-Position code, 0..4095.</param>
        /// <param name="z1">Z1-Position code, 0..4095.</param>
        /// <param name="z2">Z2-Position code, 0..4095.</param>
        /// <returns>0..<see cref="Maximum"/>.</returns>
        public static int FromPositions(int x, int z1, int z2)
        {
            if (z1 <= 0)
            {
                return 0;
            }

            // R_touch / R_X-plate = x·(z2 − z1) / (4096·z1); so pressure = 4096·z1 / (z1 + x·(z2 − z1) / 4096).
            // Every product stays below 2^24, well inside an int.
            int difference = z2 > z1 ? z2 - z1 : 0;
            int denominator = z1 + ((x * difference) >> 12);
            int pressure = (z1 << 12) / denominator;
            return pressure > Maximum ? Maximum : pressure;
        }
    }
}
