using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>A filled rectangle (a bar, a divider, a card behind other widgets); it must be added before them.</summary>
    public sealed class Panel : Widget
    {
        private ushort _color;

        /// <summary>Creates the panel.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="width">Width.</param>
        /// <param name="height">Height.</param>
        /// <param name="color">Fill.</param>
        public Panel(int x, int y, int width, int height, ushort color)
            : base(x, y, width, height)
        {
            _color = color;
        }

        /// <summary>The fill colour; a change redraws the panel.</summary>
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
            canvas.FillRectangle(X, Y, Width, Height, _color);
        }
    }
}
