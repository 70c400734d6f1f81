using System;

namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// A fixed ring of bytes between a writer that must not wait (the main loop) and one thread that drains it into a
    /// driver whose writes block for the wire time (nanoFramework's ESP32 UART: a 200-byte VE.Direct block at 19200
    /// baud takes about 100 ms). A write is queued whole or not at all, so the wire never carries part of a block; the
    /// drain takes bytes in order, so writes never interleave. Thread-safe for one writer and one reader; allocates
    /// nothing after construction.
    /// </summary>
    public sealed class TransmitQueue
    {
        private readonly object _sync = new object();
        private readonly byte[] _ring;
        private int _start;
        private int _count;

        /// <summary>Creates an empty queue.</summary>
        /// <param name="capacity">Bytes it can hold; at least 1.</param>
        public TransmitQueue(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _ring = new byte[capacity];
        }

        /// <summary>Bytes it can hold.</summary>
        public int Capacity
        {
            get { return _ring.Length; }
        }

        /// <summary>Bytes waiting to be sent.</summary>
        public int Count
        {
            get
            {
                lock (_sync)
                {
                    return _count;
                }
            }
        }

        /// <summary>Writes refused because they did not fit (the drain fell behind or the driver failed).</summary>
        public int Refused { get; private set; }

        /// <summary>Queues <paramref name="count"/> bytes, or nothing when they do not all fit.</summary>
        /// <param name="buffer">Source.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>Whether the bytes were queued.</returns>
        public bool TryEnqueue(byte[] buffer, int offset, int count)
        {
            CheckRange(buffer, offset, count, "buffer");
            lock (_sync)
            {
                if (count > _ring.Length - _count)
                {
                    Refused++;
                    return false;
                }

                int end = (_start + _count) % _ring.Length;
                int first = count < _ring.Length - end ? count : _ring.Length - end;
                Array.Copy(buffer, offset, _ring, end, first);
                Array.Copy(buffer, offset + first, _ring, 0, count - first);
                _count += count;
                return true;
            }
        }

        /// <summary>Takes up to <paramref name="count"/> of the oldest bytes.</summary>
        /// <param name="destination">Where they go.</param>
        /// <param name="offset">First byte to write.</param>
        /// <param name="count">Most bytes to take.</param>
        /// <returns>How many bytes were taken; 0 when the queue is empty.</returns>
        public int Dequeue(byte[] destination, int offset, int count)
        {
            CheckRange(destination, offset, count, "destination");
            lock (_sync)
            {
                int taken = count < _count ? count : _count;
                int first = taken < _ring.Length - _start ? taken : _ring.Length - _start;
                Array.Copy(_ring, _start, destination, offset, first);
                Array.Copy(_ring, 0, destination, offset + first, taken - first);
                _start = (_start + taken) % _ring.Length;
                _count -= taken;
                return taken;
            }
        }

        private static void CheckRange(byte[] buffer, int offset, int count, string name)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(name);
            }

            if (offset < 0 || count < 0 || offset > buffer.Length || count > buffer.Length - offset)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }
    }
}
