namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// Step sizes for -/+ editing that grow with the value, so a finger gets from 100 Ah to 1000 Ah in tens of taps,
    /// not hundreds, and stays precise for small values.
    /// </summary>
    public static class SettingSteps
    {
        /// <summary>One step up or down on a 1-2-5 ladder of step sizes: 1 below 20, 5 below 100, 10 below 500, 50 below 2000, 100 above.</summary>
        /// <param name="value">The current value (0 or more).</param>
        /// <param name="direction">-1 or +1.</param>
        /// <param name="minimum">The smallest value reachable.</param>
        /// <param name="maximum">The largest value reachable.</param>
        /// <returns>The stepped value, clamped, and aligned to the step so values stay round.</returns>
        public static int Ladder(int value, int direction, int minimum, int maximum)
        {
            int probe = direction < 0 ? value - 1 : value;
            int step = probe < 20 ? 1 : probe < 100 ? 5 : probe < 500 ? 10 : probe < 2000 ? 50 : 100;
            int next = direction < 0 ? ((value - 1) / step) * step : ((value / step) + 1) * step;
            return Clamp(next, minimum, maximum);
        }

        /// <summary>A fixed step, clamped.</summary>
        /// <param name="value">The current value.</param>
        /// <param name="direction">-1 or +1.</param>
        /// <param name="step">The step size.</param>
        /// <param name="minimum">The smallest value reachable.</param>
        /// <param name="maximum">The largest value reachable.</param>
        /// <returns>The stepped value.</returns>
        public static int Fixed(int value, int direction, int step, int minimum, int maximum)
        {
            return Clamp(value + (direction * step), minimum, maximum);
        }

        private static int Clamp(int value, int minimum, int maximum)
        {
            return value < minimum ? minimum : value > maximum ? maximum : value;
        }
    }
}
