using System;
using System.IO.Ports;

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
    /// <c>WriteTimeout</c>, until the bytes are out, so <see cref="Write"/> takes the block's wire time (≈0.52 ms per
    /// byte at 19200 baud). Other managed threads (BLE events) keep running meanwhile.
    /// </remarks>
    public sealed class Esp32SerialPort : ISerialPort
    {
        // 512 bytes hold 260 ms of input at 19200 baud: ample for a loop that reads every 20-50 ms.
        private const int ReceiveBufferBytes = 512;

        // Never reached when reading (only what has arrived is read); it bounds a read if the driver misbehaves.
        private const int ReadTimeoutMilliseconds = 10;

        // Far above the wire time of the longest write (512 bytes ≈ 270 ms at 19200 baud), so it never cuts a write
        // short: after a timeout the native TX task would still be reading the caller's array.
        private const int WriteTimeoutMilliseconds = 2000;

        private readonly SerialPort _port;

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
        }

        /// <summary>Reads that failed with an exception (counted, reported as "nothing arrived").</summary>
        public int ReadFailures { get; private set; }

        /// <summary>Writes that failed with an exception (their bytes are lost; the next write is sent normally).</summary>
        public int WriteFailures { get; private set; }

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
        /// One <c>SerialPort.Write</c> call for all bytes, so writes never interleave. A failure (timeout, driver error)
        /// is counted in <see cref="WriteFailures"/> and not thrown: VE.Direct output is periodic and a lost block is
        /// followed by the next one, whereas an exception would restart the shunt.
        /// </remarks>
        public void Write(byte[] buffer, int offset, int count)
        {
            if (count <= 0)
            {
                return;
            }

            try
            {
                _port.Write(buffer, offset, count);
            }
            catch (Exception)
            {
                WriteFailures++;
            }
        }
    }
}
