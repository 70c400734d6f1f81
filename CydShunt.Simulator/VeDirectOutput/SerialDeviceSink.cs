using System;
using System.IO;
using System.IO.Ports;
using System.Threading;

namespace CydShunt.Simulator;

/// <summary>VE.Direct on a real serial device at 19200 8N1, e.g. a USB-serial adapter wired to a GX device's VE.Direct port.</summary>
internal sealed class SerialDeviceSink : IVeDirectSink
{
    private readonly SerialPort _port;
    private long _dropped;

    /// <summary>Opens <paramref name="device"/>; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot.</summary>
    public SerialDeviceSink(string device)
    {
        _port = new SerialPort(device, 19200, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake.None,
            WriteTimeout = 200,
            ReadTimeout = 1,
        };
        _port.Open();
        Description = device;
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public long DroppedBytes => Interlocked.Read(ref _dropped);

    /// <inheritdoc/>
    public void Send(byte[] buffer, int offset, int count)
    {
        try
        {
            _port.Write(buffer, offset, count);
        }
        catch (TimeoutException)
        {
            // Faster than 19200 baud (an accelerated run): the UART cannot carry it, the rest is lost.
            Interlocked.Add(ref _dropped, count);
        }
    }

    /// <inheritdoc/>
    public int Receive(byte[] buffer, int offset, int count)
    {
        int available = _port.BytesToRead;
        return available == 0 ? 0 : _port.Read(buffer, offset, Math.Min(available, count));
    }

    /// <inheritdoc/>
    public void Dispose() => _port.Dispose();
}
