namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// One device on an SPI bus, already bound to its chip-select pin, mode and clock (the port mirrors nanoFramework's
    /// <c>System.Device.Spi.SpiDevice</c>, whose <c>Write</c>/<c>TransferFullDuplex</c> take <c>SpanByte</c> views; the
    /// adapter builds them from the array, offset and count). Chip select is asserted for the whole of one call.
    /// SPI has no acknowledge, so a transfer cannot fail in a way the bus reports: implementations do not return a status.
    /// </summary>
    public interface ISpiDevice
    {
        /// <summary>Clocks out <paramref name="count"/> bytes; what the device sends back is discarded.</summary>
        /// <param name="buffer">Bytes to send.</param>
        /// <param name="offset">Index of the first byte to send.</param>
        /// <param name="count">How many bytes to send; at least 1.</param>
        void Write(byte[] buffer, int offset, int count);

        /// <summary>Clocks out <paramref name="count"/> bytes and stores the <paramref name="count"/> bytes clocked in.</summary>
        /// <param name="writeBuffer">Bytes to send.</param>
        /// <param name="writeOffset">Index of the first byte to send.</param>
        /// <param name="readBuffer">Where the received bytes go.</param>
        /// <param name="readOffset">Index of the first received byte.</param>
        /// <param name="count">How many bytes to exchange; at least 1.</param>
        void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int count);
    }
}
