namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// The little UTF-8 the protocol needs, written out so the portable library depends on nothing beyond mscorlib
    /// (nanoFramework's <c>Encoding</c> lives in a separate package). Control characters count as invalid: a device
    /// name must be printable.
    /// </summary>
    internal static class Utf8
    {
        /// <summary>Returns the UTF-8 length of <paramref name="text"/>, or −1 if it holds a control character or a lone surrogate.</summary>
        public static int GetByteCount(string text)
        {
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x20 || c == 0x7F)
                {
                    return -1;
                }

                if (c < 0x80)
                {
                    count += 1;
                }
                else if (c < 0x800)
                {
                    count += 2;
                }
                else if (c >= 0xD800 && c <= 0xDBFF)
                {
                    if (i + 1 >= text.Length || text[i + 1] < 0xDC00 || text[i + 1] > 0xDFFF)
                    {
                        return -1;
                    }

                    count += 4;
                    i++;
                }
                else if (c >= 0xDC00 && c <= 0xDFFF)
                {
                    return -1;
                }
                else
                {
                    count += 3;
                }
            }

            return count;
        }

        /// <summary>Writes the UTF-8 bytes of <paramref name="text"/>, which <see cref="GetByteCount"/> has accepted.</summary>
        public static void GetBytes(string text, byte[] destination, int offset)
        {
            int o = offset;
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    destination[o++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    destination[o++] = (byte)(0xC0 | (c >> 6));
                    destination[o++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c >= 0xD800 && c <= 0xDBFF)
                {
                    int codePoint = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                    i++;
                    destination[o++] = (byte)(0xF0 | (codePoint >> 18));
                    destination[o++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                    destination[o++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                    destination[o++] = (byte)(0x80 | (codePoint & 0x3F));
                }
                else
                {
                    destination[o++] = (byte)(0xE0 | (c >> 12));
                    destination[o++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    destination[o++] = (byte)(0x80 | (c & 0x3F));
                }
            }
        }

        /// <summary>
        /// Checks that bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF, no sequence
        /// cut off) and hold no control character of a device name (U+0000..U+001F, U+007F). Works on the bytes alone,
        /// so it gives the same answer on nanoFramework, whose strings cannot hold every code point (they end at the first
        /// NUL, and indexing a character outside the Basic Multilingual Plane returns its high surrogate twice).
        /// </summary>
        /// <returns>Whether the bytes are a valid name text.</returns>
        public static bool IsValidNameText(byte[] source, int offset, int count)
        {
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
                    if (b < 0x20 || b == 0x7F)
                    {
                        return false;
                    }

                    i++;
                    continue;
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
                    return false;
                }

                if (end - i - 1 < needed)
                {
                    return false;
                }

                for (int k = 1; k <= needed; k++)
                {
                    int next = source[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        return false;
                    }

                    codePoint = (codePoint << 6) | (next & 0x3F);
                }

                if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
                {
                    return false;
                }

                i += needed + 1;
            }

            return true;
        }

        /// <summary>
        /// Decodes UTF-8 into a new string (this allocates: it is for showing names, not for the hot path). Each maximal
        /// subpart of an ill-formed sequence becomes one U+FFFD, as the WHATWG Encoding Standard's UTF-8 decoder (browsers'
        /// TextDecoder) and .NET's Encoding.UTF8 do (spec/advertising.md, "Parsing a scan record"): the result is always
        /// well-formed UTF-16, never a lone surrogate. nanoFramework's own decoder differs, hence this one.
        /// </summary>
        public static string GetString(byte[] source, int offset, int count)
        {
            // Every byte yields at most one UTF-16 unit, except a 4-byte sequence, which yields two.
            char[] chars = new char[count];
            int n = 0;
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int b = source[i++];
                if (b < 0x80)
                {
                    chars[n++] = (char)b;
                    continue;
                }

                int needed;
                int codePoint;
                int lower = 0x80;
                int upper = 0xBF;
                if (b >= 0xC2 && b <= 0xDF)
                {
                    needed = 1;
                    codePoint = b & 0x1F;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    // E0 would be overlong below A0; ED would be a surrogate from A0 on.
                    needed = 2;
                    codePoint = b & 0x0F;
                    lower = b == 0xE0 ? 0xA0 : 0x80;
                    upper = b == 0xED ? 0x9F : 0xBF;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    // F0 would be overlong below 90; F4 would pass U+10FFFF from 90 on.
                    needed = 3;
                    codePoint = b & 0x07;
                    lower = b == 0xF0 ? 0x90 : 0x80;
                    upper = b == 0xF4 ? 0x8F : 0xBF;
                }
                else
                {
                    // A continuation byte without a lead, or a byte that never starts a sequence (C0, C1, F5..FF).
                    chars[n++] = '\uFFFD';
                    continue;
                }

                bool complete = true;
                for (int k = 0; k < needed; k++)
                {
                    if (i >= end || source[i] < lower || source[i] > upper)
                    {
                        // The maximal subpart read so far becomes one U+FFFD; the byte that broke it is decoded afresh.
                        complete = false;
                        break;
                    }

                    codePoint = (codePoint << 6) | (source[i++] & 0x3F);
                    lower = 0x80;
                    upper = 0xBF;
                }

                if (!complete)
                {
                    chars[n++] = '\uFFFD';
                }
                else if (codePoint >= 0x10000)
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
