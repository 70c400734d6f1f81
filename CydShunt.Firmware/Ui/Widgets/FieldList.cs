using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>
    /// Several right-aligned text fields of one font in one widget: one character array for all their cells and small
    /// arrays for positions (the heap cost of one <see cref="TextField"/>, not of eighteen). Like a text field, setting
    /// a field's text invalidates only the cells that changed.
    /// </summary>
    public sealed class FieldList : Widget
    {
        private readonly BitmapFont _font;
        private readonly short[] _x;
        private readonly short[] _y;
        private readonly short[] _start;
        private readonly byte[] _cells;
        private readonly char[] _chars;
        private readonly ushort _color;
        private int _count;
        private int _used;
        private int _runStart = -1;

        /// <summary>Creates an empty list covering the whole screen (it draws only where its fields are).</summary>
        /// <param name="font">The fields' font (scale 1).</param>
        /// <param name="capacity">Fields it holds.</param>
        /// <param name="totalCells">Characters of all fields together.</param>
        /// <param name="color">Ink.</param>
        public FieldList(BitmapFont font, int capacity, int totalCells, ushort color)
            : base(0, 0, 320, 240)
        {
            _font = font ?? throw new System.ArgumentNullException("font");
            _x = new short[capacity];
            _y = new short[capacity];
            _start = new short[capacity];
            _cells = new byte[capacity];
            _chars = new char[totalCells];
            _color = color;
            for (int i = 0; i < totalCells; i++)
            {
                _chars[i] = ' ';
            }
        }

        /// <summary>Adds an empty field.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="cells">Characters it holds (1..255).</param>
        /// <returns>The field's index.</returns>
        public int Add(int x, int y, int cells)
        {
            if (_count == _x.Length || _used + cells > _chars.Length || cells < 1 || cells > 255)
            {
                throw new System.InvalidOperationException("The field list's capacity is too small.");
            }

            _x[_count] = (short)x;
            _y[_count] = (short)y;
            _start[_count] = (short)_used;
            _cells[_count] = (byte)cells;
            _used += cells;
            return _count++;
        }

        /// <summary>Shows a buffer's text in a field, right-aligned (cut when longer than the field).</summary>
        /// <param name="field">The field.</param>
        /// <param name="text">The text.</param>
        public void SetText(int field, TextBuffer text)
        {
            int cells = _cells[field];
            int start = _start[field];
            int count = text.Length < cells ? text.Length : cells;
            int first = cells - count;
            char[] source = text.Chars;
            _runStart = -1;
            for (int i = 0; i < cells; i++)
            {
                char next = i >= first ? source[i - first] : ' ';
                if (_chars[start + i] != next)
                {
                    _chars[start + i] = next;
                    if (_runStart < 0)
                    {
                        _runStart = i;
                    }
                }
                else
                {
                    EndRun(field, i);
                }
            }

            EndRun(field, cells);
        }

        /// <inheritdoc />
        public override bool Tap(int x, int y)
        {
            return false;
        }

        /// <inheritdoc />
        public override void Draw(Canvas canvas)
        {
            int width = _font.Width;
            int height = _font.Height;
            for (int i = 0; i < _count; i++)
            {
                if (canvas.Intersects(_x[i], _y[i], _cells[i] * width, height))
                {
                    canvas.DrawText(_font, 1, _x[i], _y[i], _chars, _start[i], _cells[i], _color);
                }
            }
        }

        private void EndRun(int field, int end)
        {
            if (_runStart >= 0)
            {
                int width = _font.Width;
                Invalidate(_x[field] + (_runStart * width), _y[field], (end - _runStart) * width, _font.Height);
                _runStart = -1;
            }
        }
    }
}
