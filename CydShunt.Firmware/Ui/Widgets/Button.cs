using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>A framed, labelled touch target that runs an action when tapped (big enough for a finger: 40 px or more).</summary>
    public sealed class Button : Widget
    {
        private readonly BitmapFont _font;
        private readonly int _scale;
        private readonly System.Action _action;
        private string _text;
        private bool _enabled = true;
        private bool _highlighted;

        /// <summary>Creates the button.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="width">Width.</param>
        /// <param name="height">Height.</param>
        /// <param name="font">The label's font.</param>
        /// <param name="scale">The label's scale.</param>
        /// <param name="text">The label, centred.</param>
        /// <param name="action">Run on a tap while enabled.</param>
        public Button(int x, int y, int width, int height, BitmapFont font, int scale, string text, System.Action action)
            : base(x, y, width, height)
        {
            _font = font;
            _scale = scale;
            _text = text ?? string.Empty;
            _action = action ?? throw new System.ArgumentNullException("action");
        }

        /// <summary>The label; a change redraws the button.</summary>
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

        /// <summary>A disabled button is drawn dim and ignores taps.</summary>
        public bool Enabled
        {
            get
            {
                return _enabled;
            }

            set
            {
                Change(ref _enabled, value);
            }
        }

        /// <summary>Drawn as selected (the active tab, the chosen option).</summary>
        public bool Highlighted
        {
            get
            {
                return _highlighted;
            }

            set
            {
                Change(ref _highlighted, value);
            }
        }

        /// <inheritdoc />
        public override void Draw(Canvas canvas)
        {
            if (!canvas.Intersects(X, Y, Width, Height))
            {
                return;
            }

            canvas.FillRectangle(X, Y, Width, Height, _highlighted ? Theme.SurfaceSelected : Theme.Surface);
            canvas.DrawRectangle(X, Y, Width, Height, 1, _highlighted ? Theme.Accent : Theme.Outline);
            int advance = _font.Width * _scale;
            int room = (Width - 4) / advance;
            int length = _text.Length < room ? _text.Length : room;
            int textX = X + ((Width - (length * advance)) / 2);
            int textY = Y + ((Height - (_font.Height * _scale)) / 2);
            canvas.DrawString(_font, _scale, textX, textY, _text, length, _enabled ? Theme.Text : Theme.TextDisabled);
        }

        /// <inheritdoc />
        public override bool Tap(int x, int y)
        {
            if (!_enabled)
            {
                return false;
            }

            _action();
            return true;
        }
    }
}
