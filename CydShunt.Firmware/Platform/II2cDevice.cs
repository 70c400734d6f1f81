namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// One device on an I2C bus, already bound to its 7-bit address and bus speed (the port mirrors nanoFramework's
    /// <c>System.Device.I2c.I2cDevice</c>, whose <c>Write</c>/<c>WriteRead</c> take <c>SpanByte</c> views; the
    /// adapter builds them with <c>new SpanByte(buffer, offset, count)</c>, which does not allocate).
    /// Implementations must not throw for bus failures: they return a status so drivers can map it to a specific
    /// error and keep their state intact.
    /// </summary>
    public interface II2cDevice
    {
        /// <summary>Writes <paramref name="count"/> bytes in one transfer (START, address+W, bytes, STOP).</summary>
        /// <param name="buffer">Bytes to send.</param>
        /// <param name="offset">Index of the first byte to send.</param>
        /// <param name="count">How many bytes to send; at least 1.</param>
        /// <returns>The transfer outcome.</returns>
        I2cStatus Write(byte[] buffer, int offset, int count);

        /// <summary>
        /// Writes <paramref name="writeCount"/> bytes, then reads <paramref name="readCount"/> bytes after a repeated
        /// START (the usual "set register pointer, read register" sequence).
        /// </summary>
        /// <param name="writeBuffer">Bytes to send.</param>
        /// <param name="writeOffset">Index of the first byte to send.</param>
        /// <param name="writeCount">How many bytes to send; at least 1.</param>
        /// <param name="readBuffer">Where the received bytes go.</param>
        /// <param name="readOffset">Index of the first received byte.</param>
        /// <param name="readCount">How many bytes to receive; at least 1.</param>
        /// <returns>The transfer outcome; on failure the content of the read range is unspecified.</returns>
        I2cStatus WriteRead(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount);
    }
}
