using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CydShunt.Firmware.Tests.DeviceTests;

namespace CydShunt.Firmware.Tests.Display;

/// <summary>
/// Turns the BDF fonts under eng/fonts into C# sources for the firmware (CydShunt.Firmware/Display/Fonts): one static
/// class per font with a <c>Create</c> factory that returns a new <see cref="CydShunt.Firmware.Display.BitmapFont"/> over
/// a byte array literal, one glyph per line. A factory rather than a static field: the screen owns its one instance, and
/// nanoFramework runs every static constructor at start-up whether the font is used or not.
/// </summary>
/// <remarks>
/// The list of fonts is fixed here with the character range each must cover exactly: a BDF file the list does not name,
/// a glyph missing from the range or one outside it stops the generation, so a trimmed file cannot drift unnoticed.
/// </remarks>
public static class BitmapFontSourceGenerator
{
    /// <summary>Where the BDF files are, relative to the repository root.</summary>
    public const string SourceFolder = "eng/fonts";

    /// <summary>Where the generated sources go, relative to the repository root.</summary>
    public const string OutputFolder = "CydShunt.Firmware/Display/Fonts";

    /// <summary>The command that rewrites the generated sources.</summary>
    public const string UpdateCommand = "UPDATE_FONTS=1 dotnet test CydShunt.Firmware.Tests --filter BitmapFontSourcesAreUpToDate";

    private const string GeneratorPath = "CydShunt.Firmware.Tests/Display/BitmapFontSourceGenerator.cs";

    /// <summary>
    /// The fonts: BDF file under eng/fonts, class name, the range the file holds exactly, and what the font is for. The
    /// glyph data of all fonts together stays within 4 KB (the screen's fonts and buffers share 8 KB of heap).
    /// </summary>
    private static readonly (string File, string ClassName, char First, char Last, string Use)[] Fonts =
    [
        ("misc-fixed/6x13.bdf", "Font6x13", ' ', '~', "Labels and small text: all of printable ASCII."),
        ("misc-fixed/10x20.bdf", "Font10x20", ' ', 'Z', "Values and headings: space to 'Z', i.e. digits, punctuation and capitals; lower case is not included and draws as '?' (write units such as \"kWh\" in the small font)."),
    ];

    /// <summary>Generates every font source from the BDF files under <paramref name="repositoryRoot"/>.</summary>
    /// <exception cref="InvalidDataException">A BDF file is missing, unknown, malformed or does not hold its range exactly.</exception>
    public static IReadOnlyList<GeneratedSource> Generate(string repositoryRoot)
    {
        string folder = Path.Combine(repositoryRoot, SourceFolder);
        string[] present = Directory.GetFiles(folder, "*.bdf", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();
        string[] known = Fonts.Select(f => f.File).ToArray();
        string[] unknown = present.Except(known).ToArray();
        string[] missing = known.Except(present).ToArray();
        if (unknown.Length > 0 || missing.Length > 0)
        {
            throw new InvalidDataException(
                SourceFolder + " changed: the generator does not know [" + string.Join(", ", unknown) + "] and misses [" + string.Join(", ", missing) + "]");
        }

        List<GeneratedSource> sources = [];
        foreach ((string file, string className, char first, char last, string use) in Fonts)
        {
            string where = SourceFolder + "/" + file;
            BdfFont font = BdfFont.Parse(File.ReadAllText(Path.Combine(folder, file)), where);
            int[] extra = font.Glyphs.Keys.Where(e => e < first || e > last).ToArray();
            if (extra.Length > 0)
            {
                throw new InvalidDataException(where + " holds glyphs outside " + CharLiteral(first) + ".." + CharLiteral(last) + ": " + string.Join(", ", extra.Select(CodePoint)));
            }

            sources.Add(new GeneratedSource(OutputFolder + "/" + className + ".g.cs", FontSource(font, where, className, first, last, use)));
        }

        return sources;
    }

    /// <summary>
    /// Packs <paramref name="font"/>'s glyphs <paramref name="first"/>..<paramref name="last"/> in the layout of
    /// <see cref="CydShunt.Firmware.Display.BitmapFont.Rows"/>: glyph after glyph, rows from the top, each row
    /// ceil(width / 8) bytes, the most significant bit the leftmost pixel.
    /// </summary>
    /// <exception cref="InvalidDataException">A character of the range has no glyph.</exception>
    public static byte[] Pack(BdfFont font, char first, char last)
    {
        int bytesPerRow = (font.CellWidth + 7) / 8;
        int glyphBytes = bytesPerRow * font.CellHeight;
        byte[] rows = new byte[(last - first + 1) * glyphBytes];
        for (char c = first; c <= last; c++)
        {
            if (!font.Glyphs.TryGetValue(c, out BdfGlyph? glyph))
            {
                throw new InvalidDataException(font.FontName + " has no glyph for " + CodePoint(c));
            }

            int offset = (c - first) * glyphBytes;
            for (int y = 0; y < font.CellHeight; y++)
            {
                for (int x = 0; x < font.CellWidth; x++)
                {
                    if (glyph.Ink[y, x])
                    {
                        rows[offset + (y * bytesPerRow) + (x / 8)] |= (byte)(0x80 >> (x % 8));
                    }
                }
            }
        }

        return rows;
    }

    private static string FontSource(BdfFont font, string where, string className, char first, char last, string use)
    {
        byte[] rows = Pack(font, first, last);
        int glyphBytes = ((font.CellWidth + 7) / 8) * font.CellHeight;
        string width = font.CellWidth.ToString(CultureInfo.InvariantCulture);
        string height = font.CellHeight.ToString(CultureInfo.InvariantCulture);
        string ascent = font.Ascent.ToString(CultureInfo.InvariantCulture);
        string glyphs = (last - first + 1).ToString(CultureInfo.InvariantCulture);
        string bytes = rows.Length.ToString(CultureInfo.InvariantCulture);

        StringBuilder s = new();
        s.Append("// <auto-generated>\n");
        s.Append("//   Generated from ").Append(where).Append(" by ").Append(GeneratorPath).Append(".\n");
        s.Append("//   Font: ").Append(font.FontName).Append('\n');
        s.Append("//   Licence (the font's COPYRIGHT property): \"").Append(font.Copyright).Append("\"\n");
        s.Append("//   Origin and trimming: ").Append(where[..(where.LastIndexOf('/') + 1)]).Append("README.md.\n");
        s.Append("//   Do not edit. After changing the font or the generator run:\n");
        s.Append("//   ").Append(UpdateCommand).Append('\n');
        s.Append("// </auto-generated>\n\n");
        s.Append("namespace CydShunt.Firmware.Display.Fonts\n{\n");
        s.Append("    /// <summary>\n");
        s.Append("    /// X11 misc-fixed ").Append(width).Append('x').Append(height).Append(" (public domain): a ").Append(width).Append(" x ").Append(height)
            .Append(" cell, baseline ").Append(ascent).Append(" rows below the top,\n");
        s.Append("    /// characters ").Append(XmlText(CharLiteral(first))).Append("..").Append(XmlText(CharLiteral(last))).Append(" (").Append(glyphs)
            .Append(" glyphs, ").Append(bytes).Append(" bytes of glyph data).\n");
        s.Append("    /// ").Append(XmlText(use)).Append('\n');
        s.Append("    /// </summary>\n");
        s.Append("    public static class ").Append(className).Append("\n    {\n");
        s.Append("        /// <summary>Builds the font over a new copy of its glyph data; the caller keeps the one instance it needs.</summary>\n");
        s.Append("        /// <returns>The font.</returns>\n");
        s.Append("        public static BitmapFont Create()\n        {\n");
        s.Append("            return new BitmapFont(").Append(width).Append(", ").Append(height).Append(", ").Append(ascent).Append(", ")
            .Append(CharLiteral(first)).Append(", ").Append(CharLiteral(last)).Append(", new byte[]\n");
        s.Append("            {\n");
        for (char c = first; c <= last; c++)
        {
            int offset = (c - first) * glyphBytes;
            s.Append("                ");
            for (int i = 0; i < glyphBytes; i++)
            {
                s.Append("0x").Append(rows[offset + i].ToString("X2", CultureInfo.InvariantCulture)).Append(i + 1 < glyphBytes ? ", " : ",");
            }

            s.Append(" // ").Append(CharLiteral(c)).Append(' ').Append(CodePoint(c)).Append(' ').Append(font.Glyphs[c].Name).Append('\n');
        }

        s.Append("            });\n");
        s.Append("        }\n    }\n}\n");
        return s.ToString();
    }

    /// <summary>A C# character literal for printable ASCII, e.g. 'A', '\'' and '\\'.</summary>
    public static string CharLiteral(char c) => c switch
    {
        '\'' => "'\\''",
        '\\' => "'\\\\'",
        >= ' ' and <= '~' => "'" + c + "'",
        _ => throw new InvalidDataException(CodePoint(c) + " is not printable ASCII"),
    };

    private static string CodePoint(int c) => "U+" + c.ToString("X4", CultureInfo.InvariantCulture);

    private static string XmlText(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
