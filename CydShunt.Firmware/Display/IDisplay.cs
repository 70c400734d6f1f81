namespace CydShunt.Firmware.Display
{
    /// <summary>
    /// Where the renderer sends pixels: a rectangle of the screen is opened, then filled row by row, left to right,
    /// with RGB565 pixels, high byte first (the ILI9341's column/page window and memory write). Implemented by the
    /// <see cref="Ili9341.Ili9341"/> driver; the renderer never holds a frame, only a band of it.
    /// </summary>
    public interface IDisplay
    {
        /// <summary>Screen width in pixels, as the user sees it (320 in landscape).</summary>
        int Width { get; }

        /// <summary>Screen height in pixels (240 in landscape).</summary>
        int Height { get; }

        /// <summary>Opens the rectangle that the following <see cref="WritePixels"/> calls fill.</summary>
        /// <param name="x">Left column, 0..Width - 1.</param>
        /// <param name="y">Top row, 0..Height - 1.</param>
        /// <param name="width">Columns, 1..Width - x.</param>
        /// <param name="height">Rows, 1..Height - y.</param>
        void OpenWindow(int x, int y, int width, int height);

        /// <summary>Sends pixels into the open window.</summary>
        /// <param name="buffer">RGB565 pixels, two bytes each, high byte first.</param>
        /// <param name="offset">Index of the first byte.</param>
        /// <param name="count">Bytes to send, even, at least 2.</param>
        void WritePixels(byte[] buffer, int offset, int count);
    }
}
