using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host
{
    /// <summary>A clock moved by hand: tests step it, the simulator and the device self-test drive it with simulated time.</summary>
    public sealed class ManualClock : IClock
    {
        /// <inheritdoc/>
        public long MillisecondsSinceBoot { get; set; }

        /// <summary>Moves the clock on.</summary>
        /// <param name="milliseconds">How far.</param>
        public void Advance(long milliseconds)
        {
            MillisecondsSinceBoot += milliseconds;
        }
    }
}
