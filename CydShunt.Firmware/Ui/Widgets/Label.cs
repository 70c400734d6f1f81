using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>
    /// Fixed text: a caption or a unit. It keeps only the string reference (a literal stays in the assembly), so it
    /// costs far less heap than a <see cref="TextField"/>; changing its text redraws the whole label.
    /// </summary>
    public sealed class Label : Widget
    {
        private readonly BitmapFont _font;
        private readonly int _scale;
        private string _text;
        private ushort _color;

        /// <summary>Creates the label.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="cells">Characters of room (longer text is cut by the field's width).</param>
        /// <param name="font">The font.</param>
        /// <param name="scale">Pixel size of one font pixel.</param>
        /// <param name="text">The text.</param>
        /// <param name="color">Ink.</param>
        public Label(int x, int y, int cells, BitmapFont font, int scale, string text, ushort color)
            : base(x, y, cells * font.Width * scale, font.Height * scale)
        {
            _font = font;
            _scale = scale;
            _text = text ?? string.Empty;
            _color = color;
        }

        /// <summary>The text; a change redraws the label.</summary>
        public string Text
        {
            get
            {
                return _text;
            }

            set
            {
                string text = value ?? string.Empty;
                if (text != _text)
                {
                    _text = text;
                    Invalidate();
                }
            }
        }

        /// <summary>The ink colour; a change redraws the label.</summary>
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

        /// <inheritdoc />
        public override void Draw(Canvas canvas)
        {
            if (canvas.Intersects(X, Y, Width, Height))
            {
                int cells = Width / (_font.Width * _scale);
                canvas.DrawString(_font, _scale, X, Y, _text, cells, _color);
            }
        }
    }
}
