namespace CydShunt.Firmware.Ui
{
    /// <summary>
    /// A reusable character buffer that formats numbers without allocating (no <c>ToString</c>, no string
    /// concatenation on the device's hot path): the screen formats a value into it, then hands the characters to a
    /// text field, which redraws only the cells that changed. Text longer than the capacity is cut.
    /// </summary>
    public sealed class TextBuffer
    {
        private readonly char[] _chars;
        private readonly char[] _digits = new char[20];
        private int _length;

        /// <summary>Creates an empty buffer.</summary>
        /// <param name="capacity">Characters it holds, at least 1.</param>
        public TextBuffer(int capacity)
        {
            if (capacity < 1)
            {
                throw new System.ArgumentOutOfRangeException("capacity", "At least one character.");
            }

            _chars = new char[capacity];
        }

        /// <summary>The characters; the first <see cref="Length"/> are the text.</summary>
        public char[] Chars
        {
            get { return _chars; }
        }

        /// <summary>Characters written.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>Empties the buffer.</summary>
        /// <returns>This buffer, for chaining.</returns>
        public TextBuffer Clear()
        {
            _length = 0;
            return this;
        }

        /// <summary>Appends one character.</summary>
        /// <param name="character">The character.</param>
        /// <returns>This buffer.</returns>
        public TextBuffer Append(char character)
        {
            if (_length < _chars.Length)
            {
                _chars[_length++] = character;
            }

            return this;
        }

        /// <summary>Appends a string (fixed words and units).</summary>
        /// <param name="text">The text; <c>null</c> appends nothing.</param>
        /// <returns>This buffer.</returns>
        public TextBuffer Append(string text)
        {
            if (text != null)
            {
                int length = text.Length;
                for (int i = 0; i < length; i++)
                {
                    Append(text[i]);
                }
            }

            return this;
        }

        /// <summary>Appends another buffer's text.</summary>
        /// <param name="text">The other buffer (not this one).</param>
        /// <returns>This buffer.</returns>
        public TextBuffer Append(TextBuffer text)
        {
            char[] chars = text.Chars;
            int length = text.Length;
            for (int i = 0; i < length; i++)
            {
                Append(chars[i]);
            }

            return this;
        }

        /// <summary>Appends an integer in decimal.</summary>
        /// <param name="value">Any value.</param>
        /// <returns>This buffer.</returns>
        public TextBuffer Append(long value)
        {
            return AppendFixed(value, 0, 1);
        }

        /// <summary>
        /// Appends a fixed-point value: <paramref name="value"/> / 10^<paramref name="scaleDigits"/>, shown with
        /// <paramref name="decimals"/> decimals (rounded half away from zero when decimals are dropped).
        /// </summary>
        /// <param name="value">The scaled value, e.g. millivolts.</param>
        /// <param name="scaleDigits">Decimal digits of the scale, e.g. 3 for milli.</param>
        /// <param name="decimals">Decimals to show, 0..scaleDigits.</param>
        /// <returns>This buffer.</returns>
        public TextBuffer AppendScaled(long value, int scaleDigits, int decimals)
        {
            if (decimals < 0 || decimals > scaleDigits || scaleDigits > 9)
            {
                throw new System.ArgumentOutOfRangeException("decimals", "0 <= decimals <= scaleDigits <= 9.");
            }

            long divisor = 1;
            for (int i = decimals; i < scaleDigits; i++)
            {
                divisor *= 10;
            }

            bool negative = value < 0;
            ulong magnitude = negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            ulong rounded = (magnitude + ((ulong)divisor / 2)) / (ulong)divisor;
            if (negative && rounded != 0)
            {
                Append('-');
            }

            return AppendUnsigned(rounded, decimals);
        }

        /// <summary>Appends a fixed-point value with its decimals, e.g. 1327 with 2 decimals as "13.27".</summary>
        /// <param name="value">The value in units of 10^-decimals.</param>
        /// <param name="decimals">0..9.</param>
        /// <param name="minimumIntegerDigits">Leading zeros up to this many integer digits, at least 1.</param>
        /// <returns>This buffer.</returns>
        public TextBuffer AppendFixed(long value, int decimals, int minimumIntegerDigits)
        {
            bool negative = value < 0;
            ulong magnitude = negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            if (negative)
            {
                Append('-');
            }

            return AppendUnsigned(magnitude, decimals, minimumIntegerDigits);
        }

        /// <summary>Appends a non-negative integer with at least <paramref name="minimumDigits"/> digits (leading zeros).</summary>
        /// <param name="value">0 or more.</param>
        /// <param name="minimumDigits">1..19.</param>
        /// <returns>This buffer.</returns>
        public TextBuffer AppendPadded(long value, int minimumDigits)
        {
            return AppendFixed(value, 0, minimumDigits);
        }

        /// <summary>A copy as a string (for tests and logs; the screen never needs it).</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return new string(_chars, 0, _length);
        }

        private TextBuffer AppendUnsigned(ulong magnitude, int decimals)
        {
            return AppendUnsigned(magnitude, decimals, 1);
        }

        private TextBuffer AppendUnsigned(ulong magnitude, int decimals, int minimumIntegerDigits)
        {
            int count = 0;
            do
            {
                _digits[count++] = (char)('0' + (int)(magnitude % 10));
                magnitude /= 10;
            }
            while (magnitude != 0 && count < _digits.Length);

            while (count < decimals + minimumIntegerDigits && count < _digits.Length)
            {
                _digits[count++] = '0';
            }

            for (int i = count - 1; i >= 0; i--)
            {
                if (i == decimals - 1)
                {
                    Append('.');
                }

                Append(_digits[i]);
            }

            return this;
        }
    }
}
