namespace CydShunt.Firmware.Host.Display;

/// <summary>
/// The CRC-32 that guards every PNG chunk (PNG specification, annex D: polynomial EDB88320h reflected, initial value
/// and final XOR FFFFFFFFh), computed over the chunk type and data.
/// </summary>
public static class PngCrc32
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>Continues a CRC over more bytes; start with <c>0xFFFFFFFF</c> and XOR the result with it at the end.</summary>
    /// <param name="crc">The running register.</param>
    /// <param name="data">Bytes to add.</param>
    /// <param name="offset">First byte.</param>
    /// <param name="count">Number of bytes.</param>
    /// <returns>The updated register.</returns>
    public static uint Update(uint crc, byte[] data, int offset, int count)
    {
        System.ArgumentNullException.ThrowIfNull(data);
        for (int i = offset; i < offset + count; i++)
        {
            crc = Table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    /// <summary>The CRC-32 of a byte range.</summary>
    /// <param name="data">The bytes.</param>
    /// <param name="offset">First byte.</param>
    /// <param name="count">Number of bytes.</param>
    /// <returns>The finished CRC.</returns>
    public static uint Compute(byte[] data, int offset, int count) => Update(0xFFFFFFFFu, data, offset, count) ^ 0xFFFFFFFFu;

    private static uint[] BuildTable()
    {
        uint[] table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
