namespace CydShunt.Firmware.Display
{
    /// <summary>
    /// One band of the screen being drawn: a rectangle of at most <see cref="CapacityPixels"/> pixels, held as RGB565
    /// bytes in the order the display takes them. Everything is drawn in screen coordinates and clipped to the band, so
    /// a widget draws itself the same way whichever band is current; the band renderer streams band after band.
    /// </summary>
    public sealed class Canvas
    {
        private readonly byte[] _pixels;

        /// <summary>Allocates the band buffer once.</summary>
        /// <param name="capacityPixels">Pixels the buffer holds (2 bytes each); at least one screen row.</param>
        public Canvas(int capacityPixels)
        {
            if (capacityPixels < 1)
            {
                throw new System.ArgumentOutOfRangeException("capacityPixels", "The band holds at least one pixel.");
            }

            _pixels = new byte[capacityPixels * 2];
            CapacityPixels = capacityPixels;
        }

        /// <summary>Pixels the buffer holds.</summary>
        public int CapacityPixels { get; }

        /// <summary>The band's left column on the screen.</summary>
        public int Left { get; private set; }

        /// <summary>The band's top row on the screen.</summary>
        public int Top { get; private set; }

        /// <summary>The band's width in pixels.</summary>
        public int Width { get; private set; }

        /// <summary>The band's height in pixels.</summary>
        public int Height { get; private set; }

        /// <summary>The band's pixels, row after row, two bytes each, high byte first.</summary>
        public byte[] Pixels
        {
            get { return _pixels; }
        }

        /// <summary>Bytes of <see cref="Pixels"/> the current band uses.</summary>
        public int ByteCount
        {
            get { return Width * Height * 2; }
        }

        /// <summary>Makes a rectangle of the screen the current band.</summary>
        /// <param name="left">Left column.</param>
        /// <param name="top">Top row.</param>
        /// <param name="width">At least 1.</param>
        /// <param name="height">At least 1; width * height at most <see cref="CapacityPixels"/>.</param>
        public void Begin(int left, int top, int width, int height)
        {
            if (width < 1 || height < 1 || width * height > CapacityPixels)
            {
                throw new System.ArgumentOutOfRangeException("height", "The band must be non-empty and fit the buffer.");
            }

            Left = left;
            Top = top;
            Width = width;
            Height = height;
        }

        /// <summary>Whether a rectangle overlaps the current band.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="width">Width.</param>
        /// <param name="height">Height.</param>
        /// <returns><c>true</c> when at least one pixel is shared.</returns>
        public bool Intersects(int x, int y, int width, int height)
        {
            return x < Left + Width && x + width > Left && y < Top + Height && y + height > Top;
        }

        /// <summary>Fills the whole band with one colour.</summary>
        /// <param name="color">RGB565.</param>
        public void Clear(ushort color)
        {
            FillRectangle(Left, Top, Width, Height, color);
        }

        /// <summary>Fills a rectangle, clipped to the band.</summary>
        /// <param name="x">Left column on the screen.</param>
        /// <param name="y">Top row on the screen.</param>
        /// <param name="width">Width.</param>
        /// <param name="height">Height.</param>
        /// <param name="color">RGB565.</param>
        public void FillRectangle(int x, int y, int width, int height, ushort color)
        {
            int x0 = x > Left ? x : Left;
            int y0 = y > Top ? y : Top;
            int x1 = x + width < Left + Width ? x + width : Left + Width;
            int y1 = y + height < Top + Height ? y + height : Top + Height;
            if (x0 >= x1 || y0 >= y1)
            {
                return;
            }

            byte high = (byte)(color >> 8);
            byte low = (byte)color;
            for (int row = y0; row < y1; row++)
            {
                int index = (((row - Top) * Width) + (x0 - Left)) * 2;
                int end = index + ((x1 - x0) * 2);
                while (index < end)
                {
                    _pixels[index] = high;
                    _pixels[index + 1] = low;
                    index += 2;
                }
            }
        }

        /// <summary>Draws a rectangle's outline, clipped to the band.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="width">Width.</param>
        /// <param name="height">Height.</param>
        /// <param name="thickness">Line width in pixels.</param>
        /// <param name="color">RGB565.</param>
        public void DrawRectangle(int x, int y, int width, int height, int thickness, ushort color)
        {
            FillRectangle(x, y, width, thickness, color);
            FillRectangle(x, y + height - thickness, width, thickness, color);
            FillRectangle(x, y, thickness, height, color);
            FillRectangle(x + width - thickness, y, thickness, height, color);
        }

        /// <summary>Draws characters in a fixed-width font; only ink pixels are written (the background shows through).</summary>
        /// <param name="font">The font.</param>
        /// <param name="scale">Pixel size of one font pixel, 1..8.</param>
        /// <param name="x">Left column of the first character.</param>
        /// <param name="y">Top row of the text.</param>
        /// <param name="text">The characters.</param>
        /// <param name="start">Index of the first character to draw.</param>
        /// <param name="count">How many to draw.</param>
        /// <param name="color">Ink, RGB565.</param>
        public void DrawText(BitmapFont font, int scale, int x, int y, char[] text, int start, int count, ushort color)
        {
            int advance = font.Width * scale;
            int cellHeight = font.Height * scale;
            if (!Intersects(x, y, advance * count, cellHeight))
            {
                return;
            }

            for (int i = 0; i < count; i++)
            {
                char character = text[start + i];
                int cellX = x + (i * advance);
                if (character != ' ' && Intersects(cellX, y, advance, cellHeight))
                {
                    DrawGlyph(font, scale, cellX, y, character, color);
                }
            }
        }

        /// <summary>Draws a string (short, fixed labels; <see cref="DrawText"/> for values that change).</summary>
        /// <param name="font">The font.</param>
        /// <param name="scale">Pixel size of one font pixel.</param>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="text">The text.</param>
        /// <param name="maximumCharacters">Characters drawn at most (the rest is cut).</param>
        /// <param name="color">Ink, RGB565.</param>
        public void DrawString(BitmapFont font, int scale, int x, int y, string text, int maximumCharacters, ushort color)
        {
            int advance = font.Width * scale;
            int cellHeight = font.Height * scale;
            int length = text.Length < maximumCharacters ? text.Length : maximumCharacters;
            if (!Intersects(x, y, advance * length, cellHeight))
            {
                return;
            }

            // Indexing a nanoFramework string walks its UTF-8 bytes from the start: fine for a short label drawn once.
            int cellX = x;
            for (int i = 0; i < length; i++)
            {
                char character = text[i];
                if (character != ' ' && Intersects(cellX, y, advance, cellHeight))
                {
                    DrawGlyph(font, scale, cellX, y, character, color);
                }

                cellX += advance;
            }
        }

        private void DrawGlyph(BitmapFont font, int scale, int x, int y, char character, ushort color)
        {
            byte[] rows = font.Rows;
            int glyph = font.GlyphOffset(character);
            int bytesPerRow = font.BytesPerRow;
            byte high = (byte)(color >> 8);
            byte low = (byte)color;

            // Only the glyph rows and columns inside the band are visited.
            int firstRow = Top > y ? (Top - y) / scale : 0;
            int lastRow = ((Top + Height - y - 1) / scale) + 1;
            if (lastRow > font.Height)
            {
                lastRow = font.Height;
            }

            int firstColumn = Left > x ? (Left - x) / scale : 0;
            int lastColumn = ((Left + Width - x - 1) / scale) + 1;
            if (lastColumn > font.Width)
            {
                lastColumn = font.Width;
            }

            for (int row = firstRow; row < lastRow; row++)
            {
                int rowIndex = glyph + (row * bytesPerRow);
                for (int column = firstColumn; column < lastColumn; column++)
                {
                    if ((rows[rowIndex + (column >> 3)] & (0x80 >> (column & 7))) == 0)
                    {
                        continue;
                    }

                    int px0 = x + (column * scale);
                    int py0 = y + (row * scale);
                    for (int py = py0; py < py0 + scale; py++)
                    {
                        if (py < Top || py >= Top + Height)
                        {
                            continue;
                        }

                        for (int px = px0; px < px0 + scale; px++)
                        {
                            if (px >= Left && px < Left + Width)
                            {
                                int index = (((py - Top) * Width) + (px - Left)) * 2;
                                _pixels[index] = high;
                                _pixels[index + 1] = low;
                            }
                        }
                    }
                }
            }
        }
    }
}
