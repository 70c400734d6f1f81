using System;
using System.IO;
using System.Linq;
using CydShunt.Firmware.Display;
using CydShunt.Firmware.Display.Fonts;
using CydShunt.Firmware.Tests.Subset;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Display;

/// <summary>
/// The generated fonts against their BDF files, read here with a few lines of string handling of their own (not the
/// generator's reader), and against glyphs copied by eye from the BDF text as pictures ('#' = ink).
/// </summary>
public class GeneratedFontTests
{
    private const string PublicDomain = "COPYRIGHT \"Public domain font.  Share and enjoy.\"";

    private static BitmapFont Create(string name) => name switch
    {
        "6x13" => Font6x13.Create(),
        "10x20" => Font10x20.Create(),
        _ => throw new ArgumentException("no font " + name, nameof(name)),
    };

    private static string Bdf(string name) =>
        File.ReadAllText(Path.Combine(FirmwareSubsetTests.RepositoryRoot, "eng", "fonts", "misc-fixed", name + ".bdf"));

    private static string[] Picture(BitmapFont font, char character) =>
        Enumerable.Range(0, font.Height)
            .Select(y => new string(Enumerable.Range(0, font.Width).Select(x => font.IsSet(character, x, y) ? '#' : '.').ToArray()))
            .ToArray();

    // Cell and baseline from FONTBOUNDINGBOX, FONT_ASCENT and FONT_DESCENT of each file; bytes = glyphs x height x ceil(width / 8).
    [TestCase("6x13", 6, 13, 11, ' ', '~', 1, 1235)]
    [TestCase("10x20", 10, 20, 16, ' ', 'Z', 2, 2360)]
    public void FontsHaveTheirFilesMetrics(string name, int width, int height, int ascent, char first, char last, int bytesPerRow, int bytes)
    {
        BitmapFont font = Create(name);
        Assert.That(font.Width, Is.EqualTo(width));
        Assert.That(font.Height, Is.EqualTo(height));
        Assert.That(font.Ascent, Is.EqualTo(ascent));
        Assert.That(font.FirstCharacter, Is.EqualTo(first));
        Assert.That(font.LastCharacter, Is.EqualTo(last));
        Assert.That(font.BytesPerRow, Is.EqualTo(bytesPerRow));
        Assert.That(font.Rows, Has.Length.EqualTo(bytes));
    }

    [Test]
    public void AllGlyphDataFitsTheFourKilobyteBudget()
    {
        Assert.That(Font6x13.Create().Rows.Length + Font10x20.Create().Rows.Length, Is.LessThanOrEqualTo(4096));
    }

    [Test]
    public void EachCreateReturnsItsOwnData()
    {
        byte[] first = Font6x13.Create().Rows;
        byte[] second = Font6x13.Create().Rows;
        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(second, Is.EqualTo(first));
    }

    [TestCase("6x13")]
    [TestCase("10x20")]
    public void EveryFontFileIsPublicDomain(string name)
    {
        Assert.That(Bdf(name), Does.Contain("\n" + PublicDomain + "\n"));
    }

    /// <summary>
    /// Every pixel of <paramref name="character"/> equals the BDF bitmap of <paramref name="drawnAs"/> (itself, or '?'
    /// when the font lacks it). Every glyph of these files has the font's full bounding box (checked), so BDF row y is
    /// cell row y.
    /// </summary>
    [TestCase("6x13", 'A', 'A', "6 13 0 -2")]
    [TestCase("6x13", 'g', 'g', "6 13 0 -2")]
    [TestCase("6x13", '0', '0', "6 13 0 -2")]
    [TestCase("6x13", '|', '|', "6 13 0 -2")]
    [TestCase("6x13", '~', '~', "6 13 0 -2")]
    [TestCase("6x13", '\u00B0', '?', "6 13 0 -2")]
    [TestCase("10x20", 'A', 'A', "10 20 0 -4")]
    [TestCase("10x20", '0', '0', "10 20 0 -4")]
    [TestCase("10x20", '%', '%', "10 20 0 -4")]
    [TestCase("10x20", 'Z', 'Z', "10 20 0 -4")]
    [TestCase("10x20", 'g', '?', "10 20 0 -4")]
    [TestCase("10x20", '|', '?', "10 20 0 -4")]
    [TestCase("10x20", '~', '?', "10 20 0 -4")]
    public void GlyphsMatchTheBdfBitmaps(string name, char character, char drawnAs, string fullBox)
    {
        string bdf = Bdf(name);
        int start = bdf.IndexOf("\nENCODING " + (int)drawnAs + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "the file has the glyph");
        string glyph = bdf[start..bdf.IndexOf("ENDCHAR", start, StringComparison.Ordinal)];
        Assert.That(glyph, Does.Contain("\nBBX " + fullBox + "\n"));
        string[] hex = glyph[(glyph.IndexOf("BITMAP\n", StringComparison.Ordinal) + 7)..].Split('\n', StringSplitOptions.RemoveEmptyEntries);

        BitmapFont font = Create(name);
        Assert.That(hex, Has.Length.EqualTo(font.Height));
        int ink = 0;
        for (int y = 0; y < font.Height; y++)
        {
            int bits = Convert.ToInt32(hex[y], 16);
            for (int x = 0; x < font.Width; x++)
            {
                bool expected = ((bits >> ((hex[y].Length * 4) - 1 - x)) & 1) != 0;
                ink += expected ? 1 : 0;
                Assert.That(font.IsSet(character, x, y), Is.EqualTo(expected), "pixel " + x + "," + y);
            }
        }

        Assert.That(ink, Is.GreaterThan(0), "a visible glyph");
    }

    [Test]
    public void SixByThirteenA()
    {
        string[] a =
        [
            "......",
            "......",
            "..#...",
            ".#.#..",
            "#...#.",
            "#...#.",
            "#...#.",
            "#####.",
            "#...#.",
            "#...#.",
            "#...#.",
            "......",
            "......",
        ];
        Assert.That(Picture(Font6x13.Create(), 'A'), Is.EqualTo(a));
    }

    [Test]
    public void SixByThirteenBarIsAVerticalLineInColumnTwo()
    {
        BitmapFont font = Font6x13.Create();
        for (int y = 0; y < 13; y++)
        {
            for (int x = 0; x < 6; x++)
            {
                Assert.That(font.IsSet('|', x, y), Is.EqualTo(x == 2 && y >= 2 && y <= 10), "pixel " + x + "," + y);
            }
        }
    }

    [Test]
    public void SixByThirteenUnderscoreIsTheFirstRowBelowTheBaseline()
    {
        BitmapFont font = Font6x13.Create();
        for (int y = 0; y < 13; y++)
        {
            for (int x = 0; x < 6; x++)
            {
                Assert.That(font.IsSet('_', x, y), Is.EqualTo(y == font.Ascent && x <= 4), "pixel " + x + "," + y);
            }
        }
    }

    [Test]
    public void TenByTwentyZero()
    {
        string[] zero =
        [
            "..........",
            "..........",
            "..........",
            "....##....",
            "...####...",
            "..##..##..",
            "..##..##..",
            ".##....##.",
            ".##....##.",
            ".##....##.",
            ".##....##.",
            ".##....##.",
            "..##..##..",
            "..##..##..",
            "...####...",
            "....##....",
            "..........",
            "..........",
            "..........",
            "..........",
        ];
        Assert.That(Picture(Font10x20.Create(), '0'), Is.EqualTo(zero));
    }

    [Test]
    public void TenByTwentyLowerCaseFallsBackToTheQuestionMark()
    {
        string[] question =
        [
            "..........",
            "..........",
            "..........",
            "...####...",
            "..##..##..",
            ".##....##.",
            ".##....##.",
            ".##....##.",
            "......##..",
            ".....##...",
            "....##....",
            "....##....",
            "....##....",
            "..........",
            "....##....",
            "....##....",
            "..........",
            "..........",
            "..........",
            "..........",
        ];
        BitmapFont font = Font10x20.Create();
        Assert.That(font.Contains('k'), Is.False);
        Assert.That(Picture(font, 'k'), Is.EqualTo(question));
        Assert.That(Picture(font, '?'), Is.EqualTo(question));
    }
}
