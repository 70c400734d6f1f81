namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// The firmware's one rule for periodic work on the main loop: keep a fixed grid, and after a stall (a slow loop, a
    /// paused simulator) start a new grid instead of catching up in a burst.
    /// </summary>
    internal static class FixedRate
    {
        /// <summary>Returns when the work is next due after running it at <paramref name="now"/>, due at <paramref name="due"/>.</summary>
        public static long Next(long due, long now, long interval)
        {
            due += interval;
            return due <= now ? now + interval : due;
        }
    }
}
