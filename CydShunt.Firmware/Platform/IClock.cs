namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// Monotonic time since boot. On the ESP32 this is <c>Environment.TickCount64</c>; on the host a test or the
    /// simulator moves it. Wall-clock time is not needed by the logic (the CYD has no RTC battery).
    /// </summary>
    public interface IClock
    {
        /// <summary>Milliseconds since boot; never goes backwards.</summary>
        long MillisecondsSinceBoot { get; }
    }
}
