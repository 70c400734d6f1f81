namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>
    /// Shows a message over two text fields: the first line breaks at the last space that fits, the rest goes on the
    /// second (cut when longer). Used by the settings pages and the calibration page for results and refusals.
    /// </summary>
    public static class TwoLineMessage
    {
        /// <summary>Writes the text into the two fields in one colour.</summary>
        /// <param name="first">The first line's field.</param>
        /// <param name="second">The second line's field (as wide as the first).</param>
        /// <param name="text">The message.</param>
        /// <param name="color">Ink for both lines.</param>
        public static void Show(TextField first, TextField second, TextBuffer text, ushort color)
        {
            first.Color = color;
            second.Color = color;
            char[] chars = text.Chars;
            int length = text.Length;
            int cells = first.Cells;
            int split = length;
            if (length > cells)
            {
                split = cells;
                while (split > 0 && chars[split] != ' ')
                {
                    split--;
                }

                if (split == 0)
                {
                    split = cells;
                }
            }

            first.SetText(chars, 0, split);
            int rest = split < length && chars[split] == ' ' ? split + 1 : split;
            second.SetText(chars, rest, length - rest);
        }

        /// <summary>Empties both fields.</summary>
        /// <param name="first">The first line's field.</param>
        /// <param name="second">The second line's field.</param>
        public static void Clear(TextField first, TextField second)
        {
            first.SetText((string?)null);
            second.SetText((string?)null);
        }
    }
}
