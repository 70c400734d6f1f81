using System;
using CydShunt.Firmware.Display;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Display;

/// <summary>The glyph layout of <see cref="BitmapFont"/>, its argument checks and the fallback glyph.</summary>
public class BitmapFontTests
{
    /// <summary>
    /// A 9 x 2 font over '0'..'?' (16 glyphs, 2 bytes a row, 4 bytes a glyph): glyph i has row 0 = { i, 0x80 } and
    /// row 1 = { 0x80 >> (i % 8), 0 }, so every glyph differs and column 8 (the second byte's top bit) is set in row 0.
    /// </summary>
    private static BitmapFont DigitsToQuestionMark()
    {
        byte[] rows = new byte[16 * 4];
        for (int i = 0; i < 16; i++)
        {
            rows[(i * 4) + 0] = (byte)i;
            rows[(i * 4) + 1] = 0x80;
            rows[(i * 4) + 2] = (byte)(0x80 >> (i % 8));
        }

        return new BitmapFont(9, 2, 1, '0', '?', rows);
    }

    [TestCase(1, 1)]
    [TestCase(6, 1)]
    [TestCase(8, 1)]
    [TestCase(9, 2)]
    [TestCase(10, 2)]
    [TestCase(16, 2)]
    [TestCase(17, 3)]
    [TestCase(32, 4)]
    public void ARowHoldsWholeBytes(int width, int bytesPerRow)
    {
        BitmapFont font = new(width, 3, 2, '?', '?', new byte[3 * bytesPerRow]);
        Assert.That(font.BytesPerRow, Is.EqualTo(bytesPerRow));
        Assert.That(font.Width, Is.EqualTo(width));
        Assert.That(font.Height, Is.EqualTo(3));
        Assert.That(font.Ascent, Is.EqualTo(2));
        Assert.That(font.FirstCharacter, Is.EqualTo('?'));
        Assert.That(font.LastCharacter, Is.EqualTo('?'));
    }

    [Test]
    public void PixelsAreReadMostSignificantBitFirstRowByRow()
    {
        BitmapFont font = DigitsToQuestionMark();

        // '5' is glyph 5: row 0 = 0000 0101 1 (columns 5, 7 and 8), row 1 = column 5.
        string[] expected = [".....#.##", ".....#..."];
        for (int y = 0; y < 2; y++)
        {
            for (int x = 0; x < 9; x++)
            {
                Assert.That(font.IsSet('5', x, y), Is.EqualTo(expected[y][x] == '#'), "pixel " + x + "," + y);
            }
        }

        Assert.That(font.GlyphOffset('5'), Is.EqualTo(20));
        Assert.That(font.Rows, Has.Length.EqualTo(64));
    }

    [Test]
    public void PixelsOutsideTheCellAreBlank()
    {
        BitmapFont font = new(8, 1, 1, '?', '?', [0xFF]);
        Assert.That(font.IsSet('?', 0, 0), Is.True);
        Assert.That(font.IsSet('?', 7, 0), Is.True);
        Assert.That(font.IsSet('?', -1, 0), Is.False);
        Assert.That(font.IsSet('?', 8, 0), Is.False);
        Assert.That(font.IsSet('?', 0, -1), Is.False);
        Assert.That(font.IsSet('?', 0, 1), Is.False);
    }

    [TestCase('/')]
    [TestCase('@')]
    [TestCase('A')]
    [TestCase('\u00B0')]
    [TestCase('\0')]
    public void ACharacterOutsideTheRangeIsDrawnAsTheQuestionMark(char character)
    {
        BitmapFont font = DigitsToQuestionMark();
        Assert.That(font.Contains(character), Is.False);
        Assert.That(font.GlyphOffset(character), Is.EqualTo(15 * 4), "'?' is the 16th glyph");
        for (int y = 0; y < 2; y++)
        {
            for (int x = 0; x < 9; x++)
            {
                Assert.That(font.IsSet(character, x, y), Is.EqualTo(font.IsSet('?', x, y)));
            }
        }

        // '?' = glyph 15: row 0 = 0000 1111 1, row 1 = 0x80 >> 7 = column 7.
        Assert.That(font.IsSet(character, 4, 0), Is.True);
        Assert.That(font.IsSet(character, 3, 0), Is.False);
        Assert.That(font.IsSet(character, 7, 1), Is.True);
    }

    [TestCase('0')]
    [TestCase('9')]
    [TestCase('?')]
    public void ACharacterInsideTheRangeHasItsOwnGlyph(char character)
    {
        BitmapFont font = DigitsToQuestionMark();
        Assert.That(font.Contains(character), Is.True);
        Assert.That(font.GlyphOffset(character), Is.EqualTo((character - '0') * 4));
    }

    [TestCase(0, "width")]
    [TestCase(33, "width")]
    [TestCase(-8, "width")]
    public void TheWidthIsOneToThirtyTwo(int width, string parameter)
    {
        Assert.That(() => new BitmapFont(width, 1, 1, '?', '?', new byte[4]), Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo(parameter));
    }

    [TestCase(0)]
    [TestCase(65)]
    public void TheHeightIsOneToSixtyFour(int height)
    {
        Assert.That(() => new BitmapFont(8, height, 0, '?', '?', new byte[Math.Max(height, 1)]), Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("height"));
    }

    [Test]
    public void TheLargestCellIsAccepted()
    {
        BitmapFont font = new(32, 64, 64, '?', '?', new byte[4 * 64]);
        Assert.That(font.Rows, Has.Length.EqualTo(256));
    }

    [TestCase(-1)]
    [TestCase(14)]
    public void TheBaselineLiesInsideTheCell(int ascent)
    {
        Assert.That(() => new BitmapFont(6, 13, ascent, '?', '?', new byte[13]), Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("ascent"));
    }

    [TestCase(0)]
    [TestCase(13)]
    public void TheBaselineMayLieOnEitherEdge(int ascent)
    {
        Assert.That(new BitmapFont(6, 13, ascent, '?', '?', new byte[13]).Ascent, Is.EqualTo(ascent));
    }

    [TestCase('0', '9')]
    [TestCase('@', 'Z')]
    [TestCase('A', 'A')]
    [TestCase('~', ' ')]
    [TestCase('?', '>')]
    public void TheRangeMustAscendAndHoldTheQuestionMark(char first, char last)
    {
        int glyphs = Math.Max(last - first + 1, 1);
        Assert.That(() => new BitmapFont(8, 1, 1, first, last, new byte[glyphs]), Throws.TypeOf<ArgumentException>().With.Property("ParamName").EqualTo("lastCharacter"));
    }

    [Test]
    public void RowsAreRequired()
    {
        Assert.That(() => new BitmapFont(8, 1, 1, '?', '?', null!), Throws.TypeOf<ArgumentNullException>().With.Property("ParamName").EqualTo("rows"));
    }

    [TestCase(63)]
    [TestCase(65)]
    [TestCase(32)]
    [TestCase(0)]
    public void RowsHoldExactlyOneCellPerCharacter(int length)
    {
        // 9 x 2 over '0'..'?': 16 glyphs x 2 rows x 2 bytes = 64 bytes.
        Assert.That(() => new BitmapFont(9, 2, 1, '0', '?', new byte[length]), Throws.TypeOf<ArgumentException>().With.Property("ParamName").EqualTo("rows"));
    }
}
