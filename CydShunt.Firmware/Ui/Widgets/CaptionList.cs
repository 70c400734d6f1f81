using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>
    /// All the fixed captions of a page in one widget: positions, colours and string references in small arrays. On
    /// nanoFramework every field of every object is a heap block, so fifteen <see cref="Label"/>s cost about seven
    /// times what one list of fifteen captions costs; pages use this for words that never change.
    /// </summary>
    public sealed class CaptionList : Widget
    {
        private readonly BitmapFont _font;
        private readonly short[] _x;
        private readonly short[] _y;
        private readonly byte[] _cells;
        private readonly ushort[] _color;
        private readonly string[] _text;
        private int _count;

        /// <summary>Creates an empty list covering the whole screen (it draws only where its captions are).</summary>
        /// <param name="font">The captions' font (scale 1).</param>
        /// <param name="capacity">Captions it holds.</param>
        public CaptionList(BitmapFont font, int capacity)
            : base(0, 0, 320, 240)
        {
            _font = font ?? throw new System.ArgumentNullException("font");
            _x = new short[capacity];
            _y = new short[capacity];
            _cells = new byte[capacity];
            _color = new ushort[capacity];
            _text = new string[capacity];
        }

        /// <summary>Captions held.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Adds a caption.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="cells">Characters drawn at most (1..255).</param>
        /// <param name="text">The words.</param>
        /// <param name="color">Ink.</param>
        /// <returns>The caption's index.</returns>
        public int Add(int x, int y, int cells, string text, ushort color)
        {
            if (_count == _text.Length)
            {
                throw new System.InvalidOperationException("The caption list's capacity is too small.");
            }

            _x[_count] = (short)x;
            _y[_count] = (short)y;
            _cells[_count] = (byte)(cells > 255 ? 255 : cells);
            _color[_count] = color;
            _text[_count] = text ?? string.Empty;
            Invalidate(x, y, cells * _font.Width, _font.Height);
            return _count++;
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
                int x = _x[i];
                int y = _y[i];
                if (canvas.Intersects(x, y, _cells[i] * width, height))
                {
                    canvas.DrawString(_font, 1, x, y, _text[i], _cells[i], _color[i]);
                }
            }
        }
    }
}
