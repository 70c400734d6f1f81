using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>
    /// A calibration target: a cross with a small square round its centre pixel, drawn in a fixed square of
    /// 2 × <see cref="ArmLength"/> + 1 pixels centred on the point the user should touch.
    /// </summary>
    public sealed class Crosshair : Widget
    {
        /// <summary>Pixels from the centre to the end of each arm.</summary>
        public const int ArmLength = 14;

        private const int RingHalf = 5;

        private ushort _color;

        /// <summary>Creates the target.</summary>
        /// <param name="centerX">The column to touch.</param>
        /// <param name="centerY">The row to touch.</param>
        /// <param name="color">Ink.</param>
        public Crosshair(int centerX, int centerY, ushort color)
            : base(centerX - ArmLength, centerY - ArmLength, (2 * ArmLength) + 1, (2 * ArmLength) + 1)
        {
            CenterX = centerX;
            CenterY = centerY;
            _color = color;
        }

        /// <summary>The column to touch.</summary>
        public int CenterX { get; }

        /// <summary>The row to touch.</summary>
        public int CenterY { get; }

        /// <summary>The ink colour; a change redraws the target.</summary>
        public ushort Color
        {
            get
            {
                return _color;
            }

            set
            {
                if (_color != value)
                {
                    _color = value;
                    Invalidate();
                }
            }
        }

        /// <inheritdoc />
        public override void Draw(Canvas canvas)
        {
            canvas.FillRectangle(X, CenterY, Width, 1, _color);
            canvas.FillRectangle(CenterX, Y, 1, Height, _color);
            canvas.DrawRectangle(CenterX - RingHalf, CenterY - RingHalf, (2 * RingHalf) + 1, (2 * RingHalf) + 1, 1, _color);
        }
    }
}
