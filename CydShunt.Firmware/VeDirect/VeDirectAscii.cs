namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// ASCII number formatting and parsing for VE.Direct, written out by hand: <c>int.ToString</c> and
    /// <c>Encoding</c> allocate, and the text and HEX writers must not allocate per block.
    /// </summary>
    internal static class VeDirectAscii
    {
        private const string HexDigits = "0123456789ABCDEF";

        /// <summary>Writes <paramref name="value"/> in decimal (with a leading '-' when negative) and returns the offset after it.</summary>
        public static int WriteDecimal(long value, byte[] buffer, int offset)
        {
            if (value < 0)
            {
                buffer[offset++] = (byte)'-';
                value = -value;
            }

            // Count the digits first so they can be written left to right without a scratch buffer.
            int digits = 1;
            for (long rest = value / 10; rest != 0; rest /= 10)
            {
                digits++;
            }

            int end = offset + digits;
            for (int i = end - 1; i >= offset; i--)
            {
                buffer[i] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }

            return end;
        }

        /// <summary>
        /// Writes <paramref name="value"/> (non-negative) as upper-case hexadecimal with at least
        /// <paramref name="minimumDigits"/> digits and returns the offset after it.
        /// </summary>
        public static int WriteHex(int value, int minimumDigits, byte[] buffer, int offset)
        {
            int digits = 1;
            for (int rest = value >> 4; rest != 0; rest >>= 4)
            {
                digits++;
            }

            if (digits < minimumDigits)
            {
                digits = minimumDigits;
            }

            int end = offset + digits;
            for (int i = end - 1; i >= offset; i--)
            {
                buffer[i] = (byte)HexDigits[value & 0xF];
                value >>= 4;
            }

            return end;
        }

        /// <summary>Writes one byte as two upper-case hexadecimal digits (the HEX protocol's only accepted case).</summary>
        public static void WriteHexByte(int value, byte[] buffer, int offset)
        {
            buffer[offset] = (byte)HexDigits[(value >> 4) & 0xF];
            buffer[offset + 1] = (byte)HexDigits[value & 0xF];
        }

        /// <summary>Writes the characters of <paramref name="text"/>, which the caller has checked are ASCII.</summary>
        public static int WriteText(string text, byte[] buffer, int offset)
        {
            for (int i = 0; i < text.Length; i++)
            {
                buffer[offset++] = (byte)text[i];
            }

            return offset;
        }

        /// <summary>Returns the value of an upper-case hexadecimal digit, or −1 for any other byte.</summary>
        public static int HexDigitValue(byte b)
        {
            if (b >= '0' && b <= '9')
            {
                return b - '0';
            }

            if (b >= 'A' && b <= 'F')
            {
                return b - 'A' + 10;
            }

            return -1;
        }

        /// <summary>
        /// Parses an optionally negative decimal number, or a "0x"-prefixed hexadecimal one (as in the PID field),
        /// from <paramref name="count"/> bytes; returns <see langword="false"/> for anything else or on overflow.
        /// </summary>
        public static bool TryParseInt32(byte[] buffer, int offset, int count, out int value)
        {
            value = 0;
            if (count <= 0)
            {
                return false;
            }

            if (count > 2 && buffer[offset] == '0' && (buffer[offset + 1] == 'x' || buffer[offset + 1] == 'X'))
            {
                if (count > 10)
                {
                    return false;
                }

                long hex = 0;
                for (int i = offset + 2; i < offset + count; i++)
                {
                    int digit = HexDigitValue(ToUpper(buffer[i]));
                    if (digit < 0)
                    {
                        return false;
                    }

                    hex = (hex << 4) | (long)digit;
                }

                if (hex > int.MaxValue)
                {
                    return false;
                }

                value = (int)hex;
                return true;
            }

            bool negative = buffer[offset] == '-';
            int start = negative ? offset + 1 : offset;
            if (start == offset + count || count - (start - offset) > 10)
            {
                return false;
            }

            long result = 0;
            for (int i = start; i < offset + count; i++)
            {
                byte b = buffer[i];
                if (b < '0' || b > '9')
                {
                    return false;
                }

                result = (result * 10) + (b - '0');
            }

            if (negative)
            {
                result = -result;
            }

            if (result > int.MaxValue || result < int.MinValue)
            {
                return false;
            }

            value = (int)result;
            return true;
        }

        /// <summary>Returns whether <paramref name="text"/> holds only printable ASCII (0x20–0x7E).</summary>
        public static bool IsPrintable(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < 0x20 || text[i] > 0x7E)
                {
                    return false;
                }
            }

            return true;
        }

        private static byte ToUpper(byte b)
        {
            return b >= 'a' && b <= 'z' ? (byte)(b - 32) : b;
        }
    }
}
