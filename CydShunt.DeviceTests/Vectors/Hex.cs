using System;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>
    /// Lowercase hexadecimal without separators, the vectors' byte notation. Allocates nothing but the arrays and strings
    /// it returns; <see cref="Matches"/> compares without allocating at all.
    /// </summary>
    public static class Hex
    {
        /// <summary>Parses hexadecimal digits (either case) into a new array.</summary>
        /// <param name="hex">An even number of hexadecimal digits, possibly none.</param>
        /// <returns>The bytes.</returns>
        public static byte[] Parse(string hex)
        {
            if (hex == null)
            {
                throw new ArgumentNullException("hex");
            }

            int length = hex.Length;
            if ((length & 1) != 0)
            {
                throw new ArgumentException("odd number of hexadecimal digits", "hex");
            }

            byte[] bytes = new byte[length / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)((Digit(hex[2 * i]) << 4) | Digit(hex[(2 * i) + 1]));
            }

            return bytes;
        }

        /// <summary>Formats <paramref name="count"/> bytes from <paramref name="offset"/> as lowercase hexadecimal.</summary>
        /// <param name="bytes">The buffer.</param>
        /// <param name="offset">The first byte.</param>
        /// <param name="count">How many bytes.</param>
        /// <returns>The digits, two per byte.</returns>
        public static string Format(byte[] bytes, int offset, int count)
        {
            CheckRange(bytes, offset, count);
            if (count == 0)
            {
                return string.Empty;
            }

            char[] chars = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                int b = bytes[offset + i];
                chars[2 * i] = DigitChar(b >> 4);
                chars[(2 * i) + 1] = DigitChar(b & 0x0F);
            }

            return new string(chars);
        }

        /// <summary>Whether <paramref name="count"/> bytes from <paramref name="offset"/> are exactly the bytes <paramref name="hex"/> spells.</summary>
        /// <param name="hex">Expected bytes as hexadecimal digits (either case).</param>
        /// <param name="bytes">The buffer.</param>
        /// <param name="offset">The first byte.</param>
        /// <param name="count">How many bytes.</param>
        /// <returns><see langword="true"/> when length and every byte agree.</returns>
        public static bool Matches(string hex, byte[] bytes, int offset, int count)
        {
            CheckRange(bytes, offset, count);
            if (hex == null || hex.Length != count * 2)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                int expected = (Digit(hex[2 * i]) << 4) | Digit(hex[(2 * i) + 1]);
                if (expected != bytes[offset + i])
                {
                    return false;
                }
            }

            return true;
        }

        private static int Digit(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            throw new ArgumentException("not a hexadecimal digit (character code " + ((int)c).ToString() + ")", "hex");
        }

        private static char DigitChar(int value)
        {
            return (char)(value < 10 ? '0' + value : 'a' + value - 10);
        }

        private static void CheckRange(byte[] bytes, int offset, int count)
        {
            if (bytes == null)
            {
                throw new ArgumentNullException("bytes");
            }

            if (offset < 0 || count < 0 || offset > bytes.Length || count > bytes.Length - offset)
            {
                throw new ArgumentOutOfRangeException("count");
            }
        }
    }
}
