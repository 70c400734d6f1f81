using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host;

/// <summary>A clock moved by hand: tests step it, the simulator drives it with simulated time.</summary>
public sealed class ManualClock : IClock
{
    public long MillisecondsSinceBoot { get; set; }

    public void Advance(long milliseconds) => MillisecondsSinceBoot += milliseconds;
}
