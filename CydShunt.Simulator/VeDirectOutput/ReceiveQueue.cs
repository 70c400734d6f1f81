using System;
using System.Collections.Generic;

namespace CydShunt.Simulator;

/// <summary>Bytes received on a background thread, waiting for the firmware's non-blocking read; bounded like a UART FIFO.</summary>
internal sealed class ReceiveQueue
{
    private const int Capacity = 64 * 1024;

    private readonly Queue<byte> _bytes = new();
    private readonly object _sync = new();

    /// <summary>Adds received bytes; the oldest are dropped when the queue is full.</summary>
    public void Add(byte[] buffer, int offset, int count)
    {
        lock (_sync)
        {
            for (int i = 0; i < count; i++)
            {
                if (_bytes.Count == Capacity)
                {
                    _bytes.Dequeue();
                }

                _bytes.Enqueue(buffer[offset + i]);
            }
        }
    }

    /// <summary>Takes up to <paramref name="count"/> bytes.</summary>
    public int Take(byte[] buffer, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        lock (_sync)
        {
            int n = 0;
            while (n < count && _bytes.Count > 0)
            {
                buffer[offset + n++] = _bytes.Dequeue();
            }

            return n;
        }
    }
}
