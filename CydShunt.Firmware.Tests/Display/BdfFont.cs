using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace CydShunt.Firmware.Tests.Display;

/// <summary>One glyph of a BDF font, placed in the font's fixed cell: <see cref="Ink"/>[y, x], y from the cell's top.</summary>
public sealed record BdfGlyph(int Encoding, string Name, bool[,] Ink);

/// <summary>
/// A character-cell BDF 2.1 font (Adobe's Glyph Bitmap Distribution Format), read strictly: every glyph is placed in one
/// fixed cell of <see cref="CellWidth"/> x (<see cref="Ascent"/> + <see cref="Descent"/>) pixels, the baseline
/// <see cref="Ascent"/> rows below the top. A glyph whose bounding box (BBX) leaves the cell, an advance (DWIDTH) other
/// than the cell width, a keyword the reader does not know or a malformed bitmap row stops the reading, so nothing is
/// silently clipped.
/// </summary>
public sealed class BdfFont
{
    private BdfFont(string fontName, string copyright, int cellWidth, int ascent, int descent, SortedDictionary<int, BdfGlyph> glyphs)
    {
        FontName = fontName;
        Copyright = copyright;
        CellWidth = cellWidth;
        Ascent = ascent;
        Descent = descent;
        Glyphs = glyphs;
    }

    /// <summary>The FONT line, an X logical font description.</summary>
    public string FontName { get; }

    /// <summary>The COPYRIGHT property, without its quotes.</summary>
    public string Copyright { get; }

    /// <summary>Cell width in pixels: FONTBOUNDINGBOX's width, which every glyph's DWIDTH must equal.</summary>
    public int CellWidth { get; }

    /// <summary>Pixels above the baseline (FONT_ASCENT).</summary>
    public int Ascent { get; }

    /// <summary>Pixels below the baseline (FONT_DESCENT).</summary>
    public int Descent { get; }

    /// <summary>Cell height: <see cref="Ascent"/> + <see cref="Descent"/>.</summary>
    public int CellHeight => Ascent + Descent;

    /// <summary>The glyphs by encoding (the BDF ENCODING, a Unicode code point in ISO10646 fonts).</summary>
    public IReadOnlyDictionary<int, BdfGlyph> Glyphs { get; }

    /// <summary>Reads a BDF font.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="where">Names the source in error messages.</param>
    /// <exception cref="InvalidDataException">The text is not a character-cell BDF 2.1 font this reader understands.</exception>
    public static BdfFont Parse(string text, string where)
    {
        Reader r = new(text, where);
        r.Expect("STARTFONT", "2.1");
        string? fontName = null;
        int[]? box = null;
        Dictionary<string, string> properties = new(StringComparer.Ordinal);
        int chars = -1;
        while (chars < 0)
        {
            string[] line = r.Next();
            switch (line[0])
            {
                case "COMMENT":
                    break;
                case "FONT":
                    fontName = r.Rest(line);
                    break;
                case "SIZE":
                    r.Ints(line, 3);
                    break;
                case "FONTBOUNDINGBOX":
                    box = r.Ints(line, 4);
                    break;
                case "STARTPROPERTIES":
                    int count = r.Ints(line, 1)[0];
                    for (int i = 0; i < count; i++)
                    {
                        string[] property = r.Next();
                        if (!properties.TryAdd(property[0], r.Rest(property)))
                        {
                            throw r.Error("duplicate property " + property[0]);
                        }
                    }

                    r.Expect("ENDPROPERTIES");
                    break;
                case "CHARS":
                    chars = r.Ints(line, 1)[0];
                    break;
                default:
                    throw r.Error("unknown keyword " + line[0]);
            }
        }

        if (fontName == null || box == null)
        {
            throw r.Error("FONT or FONTBOUNDINGBOX missing before CHARS");
        }

        string spacing = Unquote(Property(properties, "SPACING", r), r);
        if (spacing != "C" && spacing != "M")
        {
            throw r.Error("SPACING " + spacing + " is not a fixed-width font");
        }

        int ascent = PropertyInt(properties, "FONT_ASCENT", r);
        int descent = PropertyInt(properties, "FONT_DESCENT", r);
        string copyright = Unquote(Property(properties, "COPYRIGHT", r), r);
        int cellWidth = box[0];
        if (cellWidth < 1 || ascent < 0 || descent < 0 || ascent + descent < 1)
        {
            throw r.Error("empty cell");
        }

        // The font's bounding box must fit the cell, or some glyph would be clipped.
        CheckInsideCell(box, cellWidth, ascent, descent, "FONTBOUNDINGBOX", r);
        SortedDictionary<int, BdfGlyph> glyphs = [];
        for (int i = 0; i < chars; i++)
        {
            BdfGlyph glyph = ReadGlyph(r, cellWidth, ascent, descent);
            if (!glyphs.TryAdd(glyph.Encoding, glyph))
            {
                throw r.Error("duplicate ENCODING " + glyph.Encoding.ToString(CultureInfo.InvariantCulture));
            }
        }

        r.Expect("ENDFONT");
        r.End();
        return new BdfFont(fontName, copyright, cellWidth, ascent, descent, glyphs);
    }

    private static BdfGlyph ReadGlyph(Reader r, int cellWidth, int ascent, int descent)
    {
        string name = r.Rest(r.Expect("STARTCHAR"));
        int encoding = r.Ints(r.Expect("ENCODING"), 1)[0];
        int[]? advance = null;
        int[]? box = null;
        for (string[] line = r.Next(); line[0] != "BITMAP"; line = r.Next())
        {
            switch (line[0])
            {
                case "SWIDTH":
                    r.Ints(line, 2);
                    break;
                case "DWIDTH":
                    advance = r.Ints(line, 2);
                    break;
                case "BBX":
                    box = r.Ints(line, 4);
                    break;
                default:
                    throw r.Error("unknown glyph keyword " + line[0]);
            }
        }

        if (advance == null || box == null)
        {
            throw r.Error(name + ": DWIDTH or BBX missing");
        }

        if (advance[0] != cellWidth || advance[1] != 0)
        {
            throw r.Error(name + ": DWIDTH " + advance[0].ToString(CultureInfo.InvariantCulture) + " is not the cell width");
        }

        CheckInsideCell(box, cellWidth, ascent, descent, name + " BBX", r);
        int width = box[0];
        int height = box[1];
        int left = box[2];

        // BBX's y offset is the box's bottom row relative to the baseline (up is positive); the cell counts rows down from its top.
        int top = ascent - (box[3] + height);
        int digits = ((width + 7) / 8) * 2;
        bool[,] ink = new bool[ascent + descent, cellWidth];
        for (int row = 0; row < height; row++)
        {
            string hex = r.NextRaw();
            if (hex.Length != digits || !ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong bits))
            {
                throw r.Error(name + ": bitmap row '" + hex + "' is not " + digits.ToString(CultureInfo.InvariantCulture) + " hex digits");
            }

            int padding = (digits * 4) - width;
            if ((bits & ((1UL << padding) - 1)) != 0)
            {
                throw r.Error(name + ": bitmap row '" + hex + "' has ink right of the BBX width");
            }

            for (int x = 0; x < width; x++)
            {
                ink[top + row, left + x] = ((bits >> (digits * 4 - 1 - x)) & 1) != 0;
            }
        }

        r.Expect("ENDCHAR");
        return new BdfGlyph(encoding, name, ink);
    }

    private static void CheckInsideCell(int[] box, int cellWidth, int ascent, int descent, string what, Reader r)
    {
        // box: width, height, x offset, y offset of the bottom row from the baseline.
        if (box[0] < 0 || box[1] < 0 || box[2] < 0 || box[2] + box[0] > cellWidth || box[3] < -descent || box[3] + box[1] > ascent)
        {
            throw r.Error(what + " " + string.Join(' ', box) + " leaves the cell " + cellWidth.ToString(CultureInfo.InvariantCulture)
                + " wide, " + ascent.ToString(CultureInfo.InvariantCulture) + " up and " + descent.ToString(CultureInfo.InvariantCulture) + " down");
        }
    }

    private static string Property(Dictionary<string, string> properties, string name, Reader r) =>
        properties.TryGetValue(name, out string? value) ? value : throw r.Error("property " + name + " missing");

    private static int PropertyInt(Dictionary<string, string> properties, string name, Reader r) =>
        int.TryParse(Property(properties, name, r), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw r.Error("property " + name + " is not an integer");

    private static string Unquote(string value, Reader r) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"'
            ? value[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal)
            : throw r.Error("expected a quoted string, found " + value);

    /// <summary>The lines of a BDF file, one at a time, with their numbers for error messages.</summary>
    private sealed class Reader(string text, string where)
    {
        // The final newline ends the last line; it does not start an empty one.
        private readonly string[] _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        private int _next;

        /// <summary>The next line, as it stands.</summary>
        public string NextRaw()
        {
            if (_next >= _lines.Length)
            {
                throw Error("unexpected end of file");
            }

            return _lines[_next++];
        }

        /// <summary>The next line split at spaces; never empty.</summary>
        public string[] Next()
        {
            string[] words = NextRaw().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length > 0 ? words : throw Error("empty line");
        }

        /// <summary>The next line, which must start with <paramref name="keyword"/> (and, if given, have exactly those words).</summary>
        public string[] Expect(string keyword, params string[] words)
        {
            string[] line = Next();
            if (line[0] != keyword || (words.Length > 0 && !line.AsSpan(1).SequenceEqual(words)))
            {
                throw Error("expected " + keyword + " " + string.Join(' ', words));
            }

            return line;
        }

        /// <summary>Everything after the keyword of the current line, spacing kept.</summary>
        public string Rest(string[] line)
        {
            string raw = _lines[_next - 1];
            return raw.Length > line[0].Length ? raw[(line[0].Length + 1)..] : string.Empty;
        }

        public int[] Ints(string[] line, int count)
        {
            if (line.Length != count + 1)
            {
                throw Error(line[0] + " needs " + count.ToString(CultureInfo.InvariantCulture) + " numbers");
            }

            int[] values = new int[count];
            for (int i = 0; i < count; i++)
            {
                if (!int.TryParse(line[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out values[i]))
                {
                    throw Error(line[0] + ": '" + line[i + 1] + "' is not an integer");
                }
            }

            return values;
        }

        /// <summary>Nothing may follow.</summary>
        public void End()
        {
            if (_next < _lines.Length)
            {
                _next++;
                throw Error("text after ENDFONT");
            }
        }

        public InvalidDataException Error(string message) =>
            new(where + " line " + _next.ToString(CultureInfo.InvariantCulture) + ": " + message);
    }
}
