using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host.Display;

/// <summary>An <see cref="IDelay"/> that does not wait: it adds the requested time up, so tests can check the driver's pauses.</summary>
public sealed class SimulatedDelay : IDelay
{
    /// <summary>Milliseconds requested so far.</summary>
    public long TotalMilliseconds { get; private set; }

    /// <summary>Calls so far.</summary>
    public int Calls { get; private set; }

    /// <inheritdoc />
    public void Sleep(int milliseconds)
    {
        if (milliseconds < 0)
        {
            throw new System.ArgumentOutOfRangeException(nameof(milliseconds), "A delay is not negative.");
        }

        TotalMilliseconds += milliseconds;
        Calls++;
    }
}
