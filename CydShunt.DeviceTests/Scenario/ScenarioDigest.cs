namespace CydShunt.DeviceTests.Scenario
{
    /// <summary>
    /// FNV-1a (32-bit) over everything the firmware sent, each item tagged with its kind, characteristic and length, so
    /// the same bytes in another order or split differently give another digest. Same result on every runtime.
    /// </summary>
    public sealed class ScenarioDigest
    {
        private const uint OffsetBasis = 2166136261;
        private const uint Prime = 16777619;

        private uint _hash = OffsetBasis;

        /// <summary>The digest so far.</summary>
        public uint Value
        {
            get { return _hash; }
        }

        /// <summary>Adds one tagged item.</summary>
        /// <param name="tag">What it is (e.g. 'N' notification, 'A' advertisement, 'V' VE.Direct bytes).</param>
        /// <param name="channel">Characteristic index or 0.</param>
        /// <param name="data">The bytes.</param>
        /// <param name="offset">First byte.</param>
        /// <param name="count">Number of bytes.</param>
        public void Add(char tag, int channel, byte[] data, int offset, int count)
        {
            AddByte((byte)tag);
            AddByte((byte)channel);
            AddByte((byte)count);
            AddByte((byte)(count >> 8));
            for (int i = 0; i < count; i++)
            {
                AddByte(data[offset + i]);
            }
        }

        /// <summary>The digest as 8 hexadecimal digits.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return Hex8(_hash);
        }

        /// <summary>Formats a 32-bit value as 8 lower-case hexadecimal digits.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The text.</returns>
        public static string Hex8(uint value)
        {
            char[] digits = new char[8];
            for (int i = 7; i >= 0; i--)
            {
                int nibble = (int)(value & 0xF);
                digits[i] = (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
                value >>= 4;
            }

            return new string(digits);
        }

        private void AddByte(byte b)
        {
            _hash = unchecked((_hash ^ b) * Prime);
        }
    }
}
