namespace CydShunt.Firmware.Display
{
    /// <summary>
    /// A fixed-width 1-bit bitmap font: every glyph is a <see cref="Width"/> x <see cref="Height"/> cell. Glyphs cover
    /// one contiguous character range; a character outside it is drawn as <see cref="FallbackCharacter"/>.
    /// Layout of <see cref="Rows"/>: glyph after glyph in character order, each <see cref="Height"/> rows from the top,
    /// each row <see cref="BytesPerRow"/> bytes, the most significant bit of the first byte is the leftmost pixel.
    /// Fixed width is deliberate: a changed digit maps to one known cell, so the screen redraws only that cell.
    /// </summary>
    public sealed class BitmapFont
    {
        /// <summary>Drawn in place of characters the font lacks.</summary>
        public const char FallbackCharacter = '?';

        private readonly byte[] _rows;
        private readonly int _glyphBytes;

        /// <summary>Wraps glyph data (see the class remarks for its layout).</summary>
        /// <param name="width">Cell width in pixels, 1..32.</param>
        /// <param name="height">Cell height in pixels, 1..64.</param>
        /// <param name="ascent">Pixels from the cell's top to the baseline.</param>
        /// <param name="firstCharacter">The first character with a glyph.</param>
        /// <param name="lastCharacter">The last character with a glyph; the range must contain <see cref="FallbackCharacter"/>.</param>
        /// <param name="rows">The glyph rows, exactly (last - first + 1) * height * ceil(width / 8) bytes.</param>
        public BitmapFont(int width, int height, int ascent, char firstCharacter, char lastCharacter, byte[] rows)
        {
            if (width < 1 || width > 32)
            {
                throw new System.ArgumentOutOfRangeException("width", "A glyph is 1..32 pixels wide.");
            }

            if (height < 1 || height > 64)
            {
                throw new System.ArgumentOutOfRangeException("height", "A glyph is 1..64 pixels high.");
            }

            if (ascent < 0 || ascent > height)
            {
                throw new System.ArgumentOutOfRangeException("ascent", "The baseline lies inside the cell.");
            }

            if (lastCharacter < firstCharacter || FallbackCharacter < firstCharacter || FallbackCharacter > lastCharacter)
            {
                throw new System.ArgumentException("The range must be ascending and contain the fallback character '?'.", "lastCharacter");
            }

            if (rows == null)
            {
                throw new System.ArgumentNullException("rows");
            }

            BytesPerRow = (width + 7) / 8;
            _glyphBytes = BytesPerRow * height;
            int glyphs = lastCharacter - firstCharacter + 1;
            if (rows.Length != glyphs * _glyphBytes)
            {
                throw new System.ArgumentException("The glyph data must hold exactly one cell per character of the range.", "rows");
            }

            Width = width;
            Height = height;
            Ascent = ascent;
            FirstCharacter = firstCharacter;
            LastCharacter = lastCharacter;
            _rows = rows;
        }

        /// <summary>Cell width in pixels (also the advance from one character to the next).</summary>
        public int Width { get; }

        /// <summary>Cell height in pixels.</summary>
        public int Height { get; }

        /// <summary>Pixels from the cell's top to the baseline.</summary>
        public int Ascent { get; }

        /// <summary>Bytes per glyph row.</summary>
        public int BytesPerRow { get; }

        /// <summary>The first character with a glyph.</summary>
        public char FirstCharacter { get; }

        /// <summary>The last character with a glyph.</summary>
        public char LastCharacter { get; }

        /// <summary>The glyph data (read by the renderer; never modify it).</summary>
        public byte[] Rows
        {
            get { return _rows; }
        }

        /// <summary>Whether the font has a glyph of its own for <paramref name="character"/>.</summary>
        /// <param name="character">Any character.</param>
        /// <returns><c>true</c> when it is inside the font's range.</returns>
        public bool Contains(char character)
        {
            return character >= FirstCharacter && character <= LastCharacter;
        }

        /// <summary>Index in <see cref="Rows"/> of the first byte of <paramref name="character"/>'s glyph (or the fallback's).</summary>
        /// <param name="character">Any character.</param>
        /// <returns>The byte index of the glyph's top row.</returns>
        public int GlyphOffset(char character)
        {
            if (!Contains(character))
            {
                character = FallbackCharacter;
            }

            return (character - FirstCharacter) * _glyphBytes;
        }

        /// <summary>Whether pixel (<paramref name="x"/>, <paramref name="y"/>) of a glyph is set.</summary>
        /// <param name="character">Any character.</param>
        /// <param name="x">0..<see cref="Width"/> - 1, from the left.</param>
        /// <param name="y">0..<see cref="Height"/> - 1, from the top.</param>
        /// <returns><c>true</c> for an ink pixel.</returns>
        public bool IsSet(char character, int x, int y)
        {
            if (x < 0 || x >= Width || y < 0 || y >= Height)
            {
                return false;
            }

            int index = GlyphOffset(character) + (y * BytesPerRow) + (x >> 3);
            return (_rows[index] & (0x80 >> (x & 7))) != 0;
        }
    }
}
