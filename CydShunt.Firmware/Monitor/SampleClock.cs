namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Measures the time between the monitor's calls on the monotonic clock; a clock that stands still or steps back
    /// gives 0 and is not followed backwards.
    /// </summary>
    internal sealed class SampleClock
    {
        private bool hasTime;
        private long lastCallMilliseconds;

        /// <summary>Notes a call at <paramref name="nowMilliseconds"/>.</summary>
        /// <returns>Milliseconds since the previous call; 0 on the first call.</returns>
        public long Advance(long nowMilliseconds)
        {
            long elapsed = 0;
            if (hasTime && nowMilliseconds > lastCallMilliseconds)
            {
                elapsed = nowMilliseconds - lastCallMilliseconds;
            }

            if (!hasTime || nowMilliseconds > lastCallMilliseconds)
            {
                lastCallMilliseconds = nowMilliseconds;
            }

            hasTime = true;
            return elapsed;
        }
    }
}
