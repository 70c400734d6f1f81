using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Tests.Fakes;

/// <summary>A clock the test moves by hand.</summary>
public sealed class FakeClock : IClock
{
    public long MillisecondsSinceBoot { get; set; }

    public void Advance(long milliseconds) => MillisecondsSinceBoot += milliseconds;
}
