using System;
using System.Collections.Generic;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host.Serial;

/// <summary>
/// A serial port in memory: the caller fills its receive side and inspects its transmit side: every <see cref="Write"/> is
/// kept as one chunk, in order, so a caller can tell which bytes went out in one call.
/// </summary>
public sealed class InMemorySerialPort : ISerialPort
{
    private readonly Queue<byte> _incoming = new();

    /// <summary>Each write, in order.</summary>
    public List<byte[]> Writes { get; } = [];

    /// <summary>Everything written, concatenated.</summary>
    public byte[] Transmitted
    {
        get
        {
            var all = new List<byte>();
            foreach (byte[] w in Writes)
            {
                all.AddRange(w);
            }

            return [.. all];
        }
    }

    /// <summary>Makes <paramref name="bytes"/> available to the next reads.</summary>
    public void Receive(byte[] bytes)
    {
        foreach (byte b in bytes)
        {
            _incoming.Enqueue(b);
        }
    }

    /// <summary>Makes the ASCII text <paramref name="text"/> available to the next reads.</summary>
    public void Receive(string text) => Receive(System.Text.Encoding.ASCII.GetBytes(text));

    public int Read(byte[] buffer, int offset, int count)
    {
        int n = 0;
        while (n < count && _incoming.Count > 0)
        {
            buffer[offset + n++] = _incoming.Dequeue();
        }

        return n;
    }

    public void Write(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        Writes.Add(buffer.AsSpan(offset, count).ToArray());
    }
}
