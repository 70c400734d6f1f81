using System;
using System.IO.Ports;
using System.Threading;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// <see cref="ISerialPort"/> over nanoFramework's <c>System.IO.Ports.SerialPort</c>, opened at construction with
    /// 8 data bits, no parity, one stop bit and no handshake. The pins must be assigned
    /// (<c>Configuration.SetPinFunction(..., COMn_TX/COMn_RX)</c>) before this is constructed.
    /// </summary>
    /// <remarks>
    /// ESP32 native behaviour (nf-interpreter <c>targets/ESP32/_nanoCLR/System.IO.Ports/sys_io_ser_native_System_IO_Ports_SerialPort.cpp</c>):
    /// received bytes collect in a ring buffer of <c>ReadBufferSize</c> bytes; <c>Read</c> returns at once when the
    /// ring holds the requested count. Transmission is unbuffered: a write longer than one thread quantum of wire time
    /// (about 38 bytes at 19200 baud) is handed to a FreeRTOS task and the calling thread waits, up to
    /// <c>WriteTimeout</c>, until the bytes are out: ≈0.52 ms per byte at 19200 baud, about 100 ms for a VE.Direct block.
    /// So <see cref="Write"/> only queues (<see cref="TransmitQueue"/>, whole writes or nothing) and a transmit thread
    /// does the blocking writes: the main loop keeps its tick period while a block goes out.
    /// </remarks>
    public sealed class Esp32SerialPort : ISerialPort
    {
        // 512 bytes hold 260 ms of input at 19200 baud: ample for a loop that reads every 20-50 ms.
        private const int ReceiveBufferBytes = 512;

        // Never reached when reading (only what has arrived is read); it bounds a read if the driver misbehaves.
        private const int ReadTimeoutMilliseconds = 10;

        // Far above the wire time of the longest write (a 256-byte chunk ≈ 135 ms at 19200 baud), so it never cuts a write
        // short: after a timeout the native TX task would still be reading the caller's array.
        private const int WriteTimeoutMilliseconds = 2000;

        // Two main blocks and a history block with room to spare: the loop writes at most one block a second, the
        // drain sends one in about 100 ms, so the queue only fills when the driver fails.
        private const int TransmitQueueBytes = 1024;

        // What the transmit thread hands to one SerialPort.Write.
        private const int TransmitChunkBytes = 256;

        private readonly SerialPort _port;
        private readonly TransmitQueue _transmitQueue = new TransmitQueue(TransmitQueueBytes);
        private readonly AutoResetEvent _transmitPending = new AutoResetEvent(false);
        private readonly byte[] _transmitChunk = new byte[TransmitChunkBytes];
        private int _writeFailures;

        /// <summary>Opens <paramref name="portName"/> at <paramref name="baudRate"/> 8N1.</summary>
        /// <param name="portName">"COM2" or "COM3" (COM1 is the debug console).</param>
        /// <param name="baudRate">Bits per second.</param>
        public Esp32SerialPort(string portName, int baudRate)
        {
            _port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One);
            _port.Handshake = Handshake.None;
            _port.ReadTimeout = ReadTimeoutMilliseconds;
            _port.WriteTimeout = WriteTimeoutMilliseconds;

            // Must be set before Open (it sizes the native ring buffer and the driver's RX buffer).
            _port.ReadBufferSize = ReceiveBufferBytes;
            _port.Open();

            Thread transmitter = new Thread(Transmit);
            transmitter.Start();
        }

        /// <summary>Reads that failed with an exception (counted, reported as "nothing arrived").</summary>
        public int ReadFailures { get; private set; }

        /// <summary>
        /// Writes whose bytes were lost: refused because the transmit queue was full, or failed in the driver (the next
        /// write is sent normally).
        /// </summary>
        public int WriteFailures
        {
            get { return _writeFailures + _transmitQueue.Refused; }
        }

        /// <inheritdoc/>
        /// <remarks>A driver failure is counted in <see cref="ReadFailures"/> and reported as 0 bytes: the port never throws here.</remarks>
        public int Read(byte[] buffer, int offset, int count)
        {
            try
            {
                int available = _port.BytesToRead;
                if (available <= 0 || count <= 0)
                {
                    return 0;
                }

                // Ask only for what is buffered, so the native read never waits.
                return _port.Read(buffer, offset, available < count ? available : count);
            }
            catch (Exception)
            {
                ReadFailures++;
                return 0;
            }
        }

        /// <inheritdoc/>
        /// <remarks>
        /// Queues the bytes whole (or, when the queue is full, drops them and counts a failure) and wakes the transmit
        /// thread; never waits and never throws: VE.Direct output is periodic and a lost block is followed by the next
        /// one, whereas an exception would restart the shunt.
        /// </remarks>
        public void Write(byte[] buffer, int offset, int count)
        {
            if (count > 0 && _transmitQueue.TryEnqueue(buffer, offset, count))
            {
                _transmitPending.Set();
            }
        }

        // The transmit thread: drains the queue in order into the blocking driver write. One thread, so writes never
        // interleave on the wire.
        private void Transmit()
        {
            while (true)
            {
                _transmitPending.WaitOne();
                int length;
                while ((length = _transmitQueue.Dequeue(_transmitChunk, 0, _transmitChunk.Length)) > 0)
                {
                    try
                    {
                        _port.Write(_transmitChunk, 0, length);
                    }
                    catch (Exception)
                    {
                        Interlocked.Increment(ref _writeFailures);
                    }
                }
            }
        }
    }
}
