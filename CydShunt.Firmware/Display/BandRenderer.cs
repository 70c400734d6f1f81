namespace CydShunt.Firmware.Display
{
    /// <summary>
    /// Draws a rectangle of the screen through the small band buffer: opens the rectangle as one display window, then
    /// lets the content draw band after band (as many whole rows as the buffer holds) and streams each band out.
    /// A full frame is never held: a 320 x 240 frame is 153,600 bytes, the band a few KB.
    /// </summary>
    public sealed class BandRenderer
    {
        private readonly IDisplay _display;
        private readonly Canvas _canvas;

        /// <summary>Binds the renderer to a display and a band buffer.</summary>
        /// <param name="display">Where the pixels go.</param>
        /// <param name="canvas">The band buffer; it holds at least one full screen row.</param>
        public BandRenderer(IDisplay display, Canvas canvas)
        {
            _display = display ?? throw new System.ArgumentNullException("display");
            _canvas = canvas ?? throw new System.ArgumentNullException("canvas");
            if (canvas.CapacityPixels < display.Width)
            {
                throw new System.ArgumentException("The band buffer must hold at least one screen row.", "canvas");
            }
        }

        /// <summary>Redraws a rectangle (clipped to the screen) from <paramref name="content"/>.</summary>
        /// <param name="content">Draws the rectangle's pixels, band by band; it clears each band itself.</param>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="width">Width.</param>
        /// <param name="height">Height.</param>
        public void Render(IDrawable content, int x, int y, int width, int height)
        {
            int x0 = x < 0 ? 0 : x;
            int y0 = y < 0 ? 0 : y;
            int x1 = x + width > _display.Width ? _display.Width : x + width;
            int y1 = y + height > _display.Height ? _display.Height : y + height;
            if (x0 >= x1 || y0 >= y1)
            {
                return;
            }

            int columns = x1 - x0;
            int rowsPerBand = _canvas.CapacityPixels / columns;
            _display.OpenWindow(x0, y0, columns, y1 - y0);
            for (int top = y0; top < y1; top += rowsPerBand)
            {
                int rows = y1 - top < rowsPerBand ? y1 - top : rowsPerBand;
                _canvas.Begin(x0, top, columns, rows);
                content.Draw(_canvas);
                _display.WritePixels(_canvas.Pixels, 0, _canvas.ByteCount);
            }
        }
    }
}
