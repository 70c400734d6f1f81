namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// A UART, byte-oriented. On the ESP32 this wraps nanoFramework's <c>System.IO.Ports.SerialPort</c> (opened by the
    /// adapter with the line settings its user needs, e.g. 19200 8N1 for VE.Direct); on the host a fake records what
    /// was written and lets a test inject received bytes.
    /// </summary>
    /// <remarks>
    /// Reading never blocks, so one firmware loop can serve the serial port between other work: the adapter copies
    /// only what <c>SerialPort.BytesToRead</c> reports. Writing hands all bytes to the driver's transmit buffer in
    /// one call, so two writes never interleave on the wire.
    /// </remarks>
    public interface ISerialPort
    {
        /// <summary>
        /// Copies up to <paramref name="count"/> bytes that have already arrived into <paramref name="buffer"/> at
        /// <paramref name="offset"/>, without waiting.
        /// </summary>
        /// <returns>The number of bytes copied; 0 when nothing has arrived.</returns>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Queues <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/> for transmission, in order.</summary>
        void Write(byte[] buffer, int offset, int count);
    }
}
