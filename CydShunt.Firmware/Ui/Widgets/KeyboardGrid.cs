using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>
    /// An on-screen keyboard as one widget: a grid of <see cref="Columns"/> x <see cref="Rows"/> cells drawn from a
    /// layout table and hit-tested by arithmetic (one object instead of ~45 buttons: the screen's heap budget is 8 KB).
    /// Neighbouring cells with the same key code form one wider key (space, CANCEL, OK). Keys are drawn inset by
    /// <see cref="KeyInset"/> so there is a visible gap; a tap in a gap presses nothing. Three layers: lower case,
    /// upper case (SHIFT, stays on until tapped again) and symbols, which together offer every printable ASCII
    /// character (the 6x13 font draws exactly those).
    /// </summary>
    public sealed class KeyboardGrid : Widget
    {
        /// <summary>Key columns.</summary>
        public const int Columns = 10;

        /// <summary>Key rows.</summary>
        public const int Rows = 5;

        /// <summary>Width of a cell in pixels (10 x 32 = the screen's width).</summary>
        public const int CellWidth = 32;

        /// <summary>Height of a cell in pixels.</summary>
        public const int CellHeight = 33;

        /// <summary>Pixels between a cell's edge and its key; taps there press nothing.</summary>
        public const int KeyInset = 2;

        /// <summary>Key code of SHIFT (upper/lower case).</summary>
        public const char Shift = '\u0001';

        /// <summary>Key code of the symbols/letters switch.</summary>
        public const char Symbols = '\u0002';

        /// <summary>Key code of BACKSPACE (ASCII BS).</summary>
        public const char Backspace = '\u0008';

        /// <summary>Key code of CANCEL (ASCII CAN).</summary>
        public const char Cancel = '\u0018';

        /// <summary>Key code of OK (ASCII CR).</summary>
        public const char Ok = '\r';

        /// <summary>Key code returned for a tap that hits no key.</summary>
        public const char None = '\0';

        // Rows of 10 cells, top to bottom. Runs of one code are one key.
        private const string LowerLayout =
            "1234567890" +
            "qwertyuiop" +
            "asdfghjkl-" +
            "\u0001zxcvbnm.\u0008" +
            "\u0002\u0002   _\u0018\u0018\r\r";

        private const string UpperLayout =
            "1234567890" +
            "QWERTYUIOP" +
            "ASDFGHJKL-" +
            "\u0001ZXCVBNM.\u0008" +
            "\u0002\u0002   _\u0018\u0018\r\r";

        private const string SymbolLayout =
            "1234567890" +
            "!@#$%^&*()" +
            "~`\"':;+={}" +
            "[]<>|\\/?,\u0008" +
            "\u0002\u0002   .\u0018\u0018\r\r";

        private readonly BitmapFont _font;
        private readonly char[] _lower;
        private readonly char[] _upper;
        private readonly char[] _symbols;
        private readonly KeyPressedHandler _pressed;
        private char[] _layout;

        /// <summary>Creates the keyboard, lower case, across the screen's width.</summary>
        /// <param name="y">Top row.</param>
        /// <param name="font">The key labels' font (6x13: all printable ASCII).</param>
        /// <param name="pressed">Gets the code of every key pressed: a printable character or one of the key codes above.</param>
        public KeyboardGrid(int y, BitmapFont font, KeyPressedHandler pressed)
            : base(0, y, Columns * CellWidth, Rows * CellHeight)
        {
            _font = font;
            _pressed = pressed ?? throw new System.ArgumentNullException("pressed");
            _lower = LowerLayout.ToCharArray();
            _upper = UpperLayout.ToCharArray();
            _symbols = SymbolLayout.ToCharArray();
            _layout = _lower;
        }

        /// <summary>Whether SHIFT is on (letters upper case).</summary>
        public bool IsUpperCase
        {
            get { return _layout == _upper; }
        }

        /// <summary>Whether the symbols layer is shown.</summary>
        public bool IsSymbols
        {
            get { return _layout == _symbols; }
        }

        /// <summary>Shows the lower-case letters again (when the keyboard opens).</summary>
        public void Reset()
        {
            SetLayout(_lower);
        }

        /// <summary>The key code under a screen point in the layer shown, or <see cref="None"/> in a gap or outside.</summary>
        /// <param name="x">Column.</param>
        /// <param name="y">Row.</param>
        /// <returns>The code.</returns>
        public char KeyAt(int x, int y)
        {
            int dx = x - X;
            int dy = y - Y;
            if (dx < 0 || dy < 0 || dx >= Width || dy >= Height)
            {
                return None;
            }

            int row = dy / CellHeight;
            int inRow = dy - (row * CellHeight);
            if (inRow < KeyInset || inRow >= CellHeight - KeyInset)
            {
                return None;
            }

            int column = dx / CellWidth;
            int first = RunStart(row, column);
            int last = RunEnd(row, column);
            if (dx < (first * CellWidth) + KeyInset || dx >= ((last + 1) * CellWidth) - KeyInset)
            {
                return None;
            }

            return _layout[(row * Columns) + column];
        }

        /// <inheritdoc />
        public override bool Tap(int x, int y)
        {
            char code = KeyAt(x, y);
            if (code == None)
            {
                return false;
            }

            if (code == Shift)
            {
                SetLayout(IsUpperCase ? _lower : _upper);
            }
            else if (code == Symbols)
            {
                SetLayout(IsSymbols ? _lower : _symbols);
            }

            _pressed(code);
            return true;
        }

        /// <inheritdoc />
        public override void Draw(Canvas canvas)
        {
            canvas.FillRectangle(X, Y, Width, Height, Theme.Background);
            for (int row = 0; row < Rows; row++)
            {
                int top = Y + (row * CellHeight);
                if (!canvas.Intersects(X, top, Width, CellHeight))
                {
                    continue;
                }

                int column = 0;
                while (column < Columns)
                {
                    int last = RunEnd(row, column);
                    DrawKey(canvas, (row * Columns) + column, X + (column * CellWidth), top, (last - column + 1) * CellWidth);
                    column = last + 1;
                }
            }
        }

        private void DrawKey(Canvas canvas, int index, int x, int y, int width)
        {
            char code = _layout[index];
            int keyX = x + KeyInset;
            int keyY = y + KeyInset;
            int keyWidth = width - (2 * KeyInset);
            int keyHeight = CellHeight - (2 * KeyInset);
            bool selected = (code == Shift && IsUpperCase) || (code == Symbols && IsSymbols) || code == Ok;
            canvas.FillRectangle(keyX, keyY, keyWidth, keyHeight, selected ? Theme.SurfaceSelected : Theme.Surface);
            canvas.DrawRectangle(keyX, keyY, keyWidth, keyHeight, 1, selected ? Theme.Accent : Theme.Outline);
            string? label = Label(code);
            if (label == null)
            {
                // A character key: its glyph at twice the font's size, centred.
                int glyphWidth = _font.Width * 2;
                int glyphHeight = _font.Height * 2;
                canvas.DrawText(_font, 2, keyX + ((keyWidth - glyphWidth) / 2), keyY + ((keyHeight - glyphHeight) / 2), _layout, index, 1, Theme.Text);
                return;
            }

            int scale = (label.Length * _font.Width * 2) <= keyWidth - 8 ? 2 : 1; // doubled only with room to spare
            int textWidth = label.Length * _font.Width * scale;
            int textHeight = _font.Height * scale;
            canvas.DrawString(_font, scale, keyX + ((keyWidth - textWidth) / 2), keyY + ((keyHeight - textHeight) / 2), label, label.Length, code == Ok ? Theme.Accent : Theme.TextDim);
        }

        // Words on the special keys; null for a key that types its character.
        private string? Label(char code)
        {
            switch (code)
            {
                case Shift:
                    return "Aa";
                case Symbols:
                    return IsSymbols ? "abc" : "#+=";
                case Backspace:
                    return "DEL";
                case Cancel:
                    return "CANCEL";
                case Ok:
                    return "OK";
                case ' ':
                    return "space";
                default:
                    return null;
            }
        }

        private int RunStart(int row, int column)
        {
            int start = row * Columns;
            char code = _layout[start + column];
            while (column > 0 && _layout[start + column - 1] == code)
            {
                column--;
            }

            return column;
        }

        private int RunEnd(int row, int column)
        {
            int start = row * Columns;
            char code = _layout[start + column];
            while (column < Columns - 1 && _layout[start + column + 1] == code)
            {
                column++;
            }

            return column;
        }

        private void SetLayout(char[] layout)
        {
            if (_layout != layout)
            {
                _layout = layout;
                Invalidate();
            }
        }
    }
}
