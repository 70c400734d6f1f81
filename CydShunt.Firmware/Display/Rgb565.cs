namespace CydShunt.Firmware.Display
{
    /// <summary>
    /// 16-bit colours as the ILI9341 takes them (COLMOD 0x55): red in bits 15..11, green 10..5, blue 4..0, sent high
    /// byte first. Colours are plain <c>ushort</c> values so a palette costs no objects.
    /// </summary>
    public static class Rgb565
    {
        /// <summary>Black.</summary>
        public const ushort Black = 0x0000;

        /// <summary>White.</summary>
        public const ushort White = 0xFFFF;

        /// <summary>Packs 8-bit channels into RGB565 by dropping their low bits.</summary>
        /// <param name="red">0..255.</param>
        /// <param name="green">0..255.</param>
        /// <param name="blue">0..255.</param>
        /// <returns>The packed colour.</returns>
        public static ushort FromRgb(int red, int green, int blue)
        {
            return (ushort)(((red & 0xF8) << 8) | ((green & 0xFC) << 3) | ((blue & 0xF8) >> 3));
        }

        /// <summary>The red channel expanded back to 0..255 (low bits filled from the high bits, so 0x1F gives 255).</summary>
        /// <param name="color">An RGB565 colour.</param>
        /// <returns>0..255.</returns>
        public static int Red(ushort color)
        {
            int r = (color >> 11) & 0x1F;
            return (r << 3) | (r >> 2);
        }

        /// <summary>The green channel expanded back to 0..255.</summary>
        /// <param name="color">An RGB565 colour.</param>
        /// <returns>0..255.</returns>
        public static int Green(ushort color)
        {
            int g = (color >> 5) & 0x3F;
            return (g << 2) | (g >> 4);
        }

        /// <summary>The blue channel expanded back to 0..255.</summary>
        /// <param name="color">An RGB565 colour.</param>
        /// <returns>0..255.</returns>
        public static int Blue(ushort color)
        {
            int b = color & 0x1F;
            return (b << 3) | (b >> 2);
        }
    }
}
