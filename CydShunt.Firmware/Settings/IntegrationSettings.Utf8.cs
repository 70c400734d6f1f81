using CydShunt.Protocol;

namespace CydShunt.Firmware.Settings
{
    /// <summary>
    /// Reading the stored device name back into text. Portable code may not use <c>System.Text.Encoding</c> (a separate
    /// package on nanoFramework) and CydShunt.Protocol only exposes encoding, so the decoder is written out here.
    /// </summary>
    public sealed partial class IntegrationSettings
    {
        /// <summary>Decodes well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF), or returns <see langword="null"/>.</summary>
        internal static string? DecodeUtf8(byte[] source, int offset, int count)
        {
            char[] chars = new char[count * 2];
            int n = 0;
            int i = offset;
            int end = offset + count;
            while (i < end)
            {
                int b = source[i];
                int needed;
                int codePoint;
                int smallest;
                if (b < 0x80)
                {
                    needed = 0;
                    codePoint = b;
                    smallest = 0;
                }
                else if ((b & 0xE0) == 0xC0)
                {
                    needed = 1;
                    codePoint = b & 0x1F;
                    smallest = 0x80;
                }
                else if ((b & 0xF0) == 0xE0)
                {
                    needed = 2;
                    codePoint = b & 0x0F;
                    smallest = 0x800;
                }
                else if ((b & 0xF8) == 0xF0)
                {
                    needed = 3;
                    codePoint = b & 0x07;
                    smallest = 0x10000;
                }
                else
                {
                    return null;
                }

                if (end - i - 1 < needed)
                {
                    return null;
                }

                for (int k = 1; k <= needed; k++)
                {
                    int next = source[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        return null;
                    }

                    codePoint = (codePoint << 6) | (next & 0x3F);
                }

                if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
                {
                    return null;
                }

                i += needed + 1;
                if (codePoint >= 0x10000)
                {
                    codePoint -= 0x10000;
                    chars[n++] = (char)(0xD800 + (codePoint >> 10));
                    chars[n++] = (char)(0xDC00 + (codePoint & 0x3FF));
                }
                else
                {
                    chars[n++] = (char)codePoint;
                }
            }

            return new string(chars, 0, n);
        }
    }
}
