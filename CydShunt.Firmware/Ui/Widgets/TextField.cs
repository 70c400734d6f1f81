using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>
    /// A line of text in a fixed number of fixed-width cells. Setting new text compares it cell by cell with what is on
    /// the screen and invalidates only the cells that differ: 13.27 V becoming 13.28 V redraws one glyph.
    /// </summary>
    public sealed class TextField : Widget
    {
        private readonly BitmapFont _font;
        private readonly int _scale;
        private readonly TextAlignment _alignment;
        private readonly char[] _cells;
        private readonly int _cellWidth;
        private ushort _color;
        private ushort _background;
        private int _runStart = -1;

        /// <summary>Creates an empty field.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="cells">Characters the field holds; longer text is cut.</param>
        /// <param name="font">The font.</param>
        /// <param name="scale">Pixel size of one font pixel.</param>
        /// <param name="alignment">Where shorter text sits.</param>
        /// <param name="color">Ink.</param>
        /// <param name="background">The field's background (the page's, unless the field sits on a panel).</param>
        public TextField(int x, int y, int cells, BitmapFont font, int scale, TextAlignment alignment, ushort color, ushort background)
            : base(x, y, cells * font.Width * scale, font.Height * scale)
        {
            if (scale < 1 || scale > 8)
            {
                throw new System.ArgumentOutOfRangeException("scale", "The scale is 1..8.");
            }

            _font = font;
            _scale = scale;
            _alignment = alignment;
            _cells = new char[cells];
            _cellWidth = font.Width * scale;
            _color = color;
            _background = background;
            for (int i = 0; i < cells; i++)
            {
                _cells[i] = ' ';
            }
        }

        /// <summary>Cells in the field.</summary>
        public int Cells
        {
            get { return _cells.Length; }
        }

        /// <summary>The ink colour; a change redraws the field.</summary>
        public ushort Color
        {
            get
            {
                return _color;
            }

            set
            {
                Change(ref _color, value);
            }
        }

        /// <summary>The background colour; a change redraws the field.</summary>
        public ushort Background
        {
            get
            {
                return _background;
            }

            set
            {
                Change(ref _background, value);
            }
        }

        /// <summary>The character shown in a cell (for tests).</summary>
        /// <param name="index">0..Cells - 1.</param>
        /// <returns>The character, ' ' for an empty cell.</returns>
        public char CellAt(int index)
        {
            return _cells[index];
        }

        /// <summary>Shows the text of a buffer.</summary>
        /// <param name="text">The text.</param>
        public void SetText(TextBuffer text)
        {
            SetText(text.Chars, 0, text.Length);
        }

        /// <summary>Shows characters from an array.</summary>
        /// <param name="text">The characters.</param>
        /// <param name="start">Index of the first.</param>
        /// <param name="count">How many.</param>
        public void SetText(char[] text, int start, int count)
        {
            int cells = _cells.Length;
            if (count > cells)
            {
                count = cells;
            }

            int first = FirstCell(count);
            _runStart = -1;
            for (int i = 0; i < cells; i++)
            {
                int source = i - first;
                Put(i, source >= 0 && source < count ? text[start + source] : ' ');
            }

            EndRun(cells);
        }

        /// <summary>Shows a string (labels and words; values go through <see cref="SetText(TextBuffer)"/>).</summary>
        /// <param name="text">The text; <c>null</c> empties the field.</param>
        public void SetText(string? text)
        {
            int cells = _cells.Length;
            int count = text == null ? 0 : text.Length;
            if (count > cells)
            {
                count = cells;
            }

            int first = FirstCell(count);
            _runStart = -1;
            for (int i = 0; i < cells; i++)
            {
                int source = i - first;
                Put(i, source >= 0 && source < count ? text![source] : ' ');
            }

            EndRun(cells);
        }

        /// <inheritdoc />
        public override void Draw(Canvas canvas)
        {
            if (!canvas.Intersects(X, Y, Width, Height))
            {
                return;
            }

            if (_background != Theme.Background)
            {
                canvas.FillRectangle(X, Y, Width, Height, _background);
            }

            canvas.DrawText(_font, _scale, X, Y, _cells, 0, _cells.Length, _color);
        }

        private int FirstCell(int count)
        {
            int spare = _cells.Length - count;
            if (_alignment == TextAlignment.Right)
            {
                return spare;
            }

            return _alignment == TextAlignment.Center ? spare / 2 : 0;
        }

        // Consecutive changed cells form one run, one rectangle to redraw; no second buffer is kept.
        private void Put(int index, char character)
        {
            if (_cells[index] != character)
            {
                _cells[index] = character;
                if (_runStart < 0)
                {
                    _runStart = index;
                }
            }
            else
            {
                EndRun(index);
            }
        }

        private void EndRun(int end)
        {
            if (_runStart >= 0)
            {
                Invalidate(X + (_runStart * _cellWidth), Y, (end - _runStart) * _cellWidth, Height);
                _runStart = -1;
            }
        }
    }
}
