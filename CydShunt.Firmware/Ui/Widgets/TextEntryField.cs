using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>
    /// The line a keyboard types into: the text, framed, with a cursor after its last character, and its length in
    /// UTF-8 bytes (the unit the device name's limit is counted in, spec/advertising.md). Editing happens at the end:
    /// append a character, remove the last one.
    /// </summary>
    public sealed class TextEntryField : Widget
    {
        private const int Padding = 4;
        private const int CursorWidth = 2;

        private readonly BitmapFont _font;
        private readonly int _scale;
        private readonly char[] _chars;
        private int _length;
        private int _byteCount;

        /// <summary>Creates an empty field.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="capacity">Characters it holds at most.</param>
        /// <param name="font">The font.</param>
        /// <param name="scale">Pixel size of one font pixel.</param>
        public TextEntryField(int x, int y, int capacity, BitmapFont font, int scale)
            : base(x, y, (2 * Padding) + (capacity * font.Width * scale) + CursorWidth + 1, (2 * Padding) + (font.Height * scale))
        {
            _font = font;
            _scale = scale;
            _chars = new char[capacity];
        }

        /// <summary>Characters held.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>The text's length in UTF-8 bytes.</summary>
        public int ByteCount
        {
            get { return _byteCount; }
        }

        /// <summary>Characters it holds at most.</summary>
        public int Capacity
        {
            get { return _chars.Length; }
        }

        /// <summary>UTF-8 length of one UTF-16 code unit (a surrogate half counts 2: a pair is 4 bytes).</summary>
        /// <param name="character">The code unit.</param>
        /// <returns>1, 2 or 3.</returns>
        public static int Utf8Length(char character)
        {
            if (character < 0x80)
            {
                return 1;
            }

            if (character < 0x800 || (character >= 0xD800 && character <= 0xDFFF))
            {
                return 2;
            }

            return 3;
        }

        /// <summary>Replaces the text; characters beyond <paramref name="maximumBytes"/> UTF-8 bytes or the capacity are left out.</summary>
        /// <param name="text">The text.</param>
        /// <param name="maximumBytes">The byte limit.</param>
        public void SetText(string text, int maximumBytes)
        {
            _length = 0;
            _byteCount = 0;
            int count = text == null ? 0 : text.Length;
            for (int i = 0; i < count; i++)
            {
                char character = text![i];
                bool pair = character >= 0xD800 && character <= 0xDBFF && i + 1 < count;
                int units = pair ? 2 : 1;
                int bytes = pair ? 4 : Utf8Length(character);
                if (_length + units > _chars.Length || _byteCount + bytes > maximumBytes)
                {
                    break;
                }

                _chars[_length++] = character;
                if (pair)
                {
                    _chars[_length++] = text[++i];
                }

                _byteCount += bytes;
            }

            Invalidate();
        }

        /// <summary>Appends a character when it fits.</summary>
        /// <param name="character">A character outside the surrogate range.</param>
        /// <param name="maximumBytes">The byte limit.</param>
        /// <returns><c>false</c> when it does not fit.</returns>
        public bool TryAppend(char character, int maximumBytes)
        {
            int bytes = Utf8Length(character);
            if (_length == _chars.Length || _byteCount + bytes > maximumBytes)
            {
                return false;
            }

            _chars[_length++] = character;
            _byteCount += bytes;
            Invalidate();
            return true;
        }

        /// <summary>Removes the last character (both halves of a surrogate pair).</summary>
        /// <returns><c>false</c> when the field is empty.</returns>
        public bool RemoveLast()
        {
            if (_length == 0)
            {
                return false;
            }

            char last = _chars[--_length];
            _byteCount -= Utf8Length(last);
            if (last >= 0xDC00 && last <= 0xDFFF && _length > 0 && _chars[_length - 1] >= 0xD800 && _chars[_length - 1] <= 0xDBFF)
            {
                _byteCount -= Utf8Length(_chars[--_length]);
            }

            Invalidate();
            return true;
        }

        /// <summary>The text as a string (allocates: call on OK, not while drawing).</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return new string(_chars, 0, _length);
        }

        /// <inheritdoc />
        public override void Draw(Canvas canvas)
        {
            canvas.FillRectangle(X, Y, Width, Height, Theme.Surface);
            canvas.DrawRectangle(X, Y, Width, Height, 1, Theme.Accent);
            int textX = X + Padding;
            int textY = Y + Padding;
            canvas.DrawText(_font, _scale, textX, textY, _chars, 0, _length, Theme.Text);
            canvas.FillRectangle(textX + (_length * _font.Width * _scale), textY, CursorWidth, _font.Height * _scale, Theme.Accent);
        }
    }
}
