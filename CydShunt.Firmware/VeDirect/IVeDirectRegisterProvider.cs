namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// The registers the HEX responder serves. Values are written in the register's wire format (little-endian
    /// numbers, strings as ASCII followed by one NUL).
    /// </summary>
    public interface IVeDirectRegisterProvider
    {
        /// <summary>
        /// Writes the value of register <paramref name="registerId"/> into <paramref name="destination"/> at
        /// <paramref name="offset"/> (at most <see cref="VeDirectHexFrame.MaximumPayloadLength"/> − 3 bytes).
        /// </summary>
        /// <returns>The number of bytes written, or −1 when the register does not exist.</returns>
        int ReadRegister(int registerId, byte[] destination, int offset);

        /// <summary>Writes <paramref name="count"/> value bytes to register <paramref name="registerId"/>.</summary>
        /// <returns>A <see cref="VeDirectHexFlags"/> value: none on success, unknown id, not supported (read-only) or parameter error.</returns>
        int WriteRegister(int registerId, byte[] value, int offset, int count);
    }
}
