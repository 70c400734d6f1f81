using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>
    /// A horizontal level bar (state of charge) with a frame. A new level redraws only the columns between the old and
    /// the new end of the fill; an unknown level shows an empty, dim frame.
    /// </summary>
    public sealed class BarGauge : Widget
    {
        /// <summary>The level scale: 10000 is full (centipercent, as the state of charge is kept).</summary>
        public const int FullScale = 10000;

        private const int Border = 2;

        private int _fillWidth;
        private bool _known;
        private ushort _color;

        /// <summary>Creates an empty gauge.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="width">Width including the frame.</param>
        /// <param name="height">Height including the frame.</param>
        /// <param name="color">Fill colour.</param>
        public BarGauge(int x, int y, int width, int height, ushort color)
            : base(x, y, width, height)
        {
            _color = color;
        }

        /// <summary>The fill colour; a change redraws the gauge.</summary>
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

        /// <summary>Filled columns inside the frame (for tests).</summary>
        public int FillWidth
        {
            get { return _fillWidth; }
        }

        /// <summary>Sets the level.</summary>
        /// <param name="level">0..<see cref="FullScale"/> (clamped), or a negative value for unknown.</param>
        public void SetLevel(int level)
        {
            bool known = level >= 0;
            int inner = Width - (2 * Border);
            int fill = 0;
            if (known)
            {
                if (level > FullScale)
                {
                    level = FullScale;
                }

                fill = (int)(((long)inner * level + (FullScale / 2)) / FullScale);
            }

            if (known != _known)
            {
                _known = known;
                _fillWidth = fill;
                Invalidate();
                return;
            }

            if (fill != _fillWidth)
            {
                int from = fill < _fillWidth ? fill : _fillWidth;
                int to = fill < _fillWidth ? _fillWidth : fill;
                _fillWidth = fill;
                Invalidate(X + Border + from, Y + Border, to - from, Height - (2 * Border));
            }
        }

        /// <inheritdoc />
        public override void Draw(Canvas canvas)
        {
            if (!canvas.Intersects(X, Y, Width, Height))
            {
                return;
            }

            canvas.DrawRectangle(X, Y, Width, Height, 1, _known ? Theme.TextDim : Theme.TextDisabled);
            canvas.FillRectangle(X + Border, Y + Border, _fillWidth, Height - (2 * Border), _color);
        }
    }
}
