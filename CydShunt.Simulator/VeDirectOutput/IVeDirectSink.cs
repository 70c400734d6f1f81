using System;

namespace CydShunt.Simulator;

/// <summary>
/// The far end of the simulated VE.Direct UART: whatever the firmware transmits goes out to it, whatever a reader
/// sends back (HEX commands) is handed to the firmware. Implementations never block the simulation: when nobody
/// reads, bytes are dropped, as on a real UART with nothing attached.
/// </summary>
internal interface IVeDirectSink : IDisposable
{
    /// <summary>Where readers attach (printed for the user), e.g. "tcp:127.0.0.1:7700" or "/dev/pts/5".</summary>
    string Description { get; }

    /// <summary>Bytes dropped because no reader kept up.</summary>
    long DroppedBytes { get; }

    /// <summary>Sends bytes the firmware wrote.</summary>
    void Send(byte[] buffer, int offset, int count);

    /// <summary>Copies up to <paramref name="count"/> received bytes; 0 when none are waiting.</summary>
    int Receive(byte[] buffer, int offset, int count);
}
