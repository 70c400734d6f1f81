namespace CydShunt.Firmware.Storage
{
    /// <summary>
    /// CRC-32 as used by Ethernet, zip and PNG (reflected polynomial 0xEDB88320, initial value and final XOR
    /// 0xFFFFFFFF; check value of "123456789" is 0xCBF43926). It detects every burst error up to 32 bits and every
    /// odd number of flipped bits, which covers the damage a torn flash write or a worn cell produces.
    /// The 1 KB lookup table is built once, on first use; computing allocates nothing.
    /// </summary>
    public static class Crc32
    {
        private const uint ReflectedPolynomial = 0xEDB88320;

        private static readonly uint[] s_table = BuildTable();

        /// <summary>The running value to start <see cref="Update"/> with.</summary>
        public const uint Start = 0xFFFFFFFF;

        /// <summary>Computes the CRC-32 of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>The CRC-32.</returns>
        public static uint Compute(byte[] data, int offset, int count)
        {
            return Finish(Update(Start, data, offset, count));
        }

        /// <summary>Feeds bytes into a running CRC that began as <see cref="Start"/>; finish it with <see cref="Finish"/>.</summary>
        /// <param name="running">The running value.</param>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        /// <returns>The new running value.</returns>
        public static uint Update(uint running, byte[] data, int offset, int count)
        {
            uint[] table = s_table;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                running = table[(running ^ data[i]) & 0xFF] ^ (running >> 8);
            }

            return running;
        }

        /// <summary>Turns a running value into the CRC-32.</summary>
        /// <param name="running">The running value.</param>
        /// <returns>The CRC-32.</returns>
        public static uint Finish(uint running)
        {
            return ~running;
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int bit = 0; bit < 8; bit++)
                {
                    c = (c & 1) != 0 ? ReflectedPolynomial ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
