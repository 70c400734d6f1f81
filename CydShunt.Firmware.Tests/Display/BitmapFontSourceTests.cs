using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CydShunt.Firmware.Tests.DeviceTests;
using CydShunt.Firmware.Tests.Subset;
using CydShunt.Firmware.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Display;

/// <summary>
/// The firmware's fonts are generated from eng/fonts/**.bdf (CydShunt.Firmware/Display/Fonts/*.g.cs); this test
/// regenerates them and fails when the committed sources differ. With UPDATE_FONTS=1 it writes them. The other tests
/// check the BDF reading on a small hand-made font whose placement is worked out by hand.
/// </summary>
public class BitmapFontSourceTests
{
    /// <summary>
    /// A 5 x 6 cell (ascent 4, descent 2). 'A' is a 2 x 3 box one pixel in from the left whose bottom row lies one row
    /// below the baseline, so it covers cell rows 2..4 and columns 1..2; 'B' fills the cell's outline.
    /// </summary>
    private const string SmallFont =
        "STARTFONT 2.1\n"
        + "COMMENT hand-made\n"
        + "FONT -Test-Small\n"
        + "SIZE 6 75 75\n"
        + "FONTBOUNDINGBOX 5 6 0 -2\n"
        + "STARTPROPERTIES 4\n"
        + "SPACING \"C\"\n"
        + "FONT_ASCENT 4\n"
        + "FONT_DESCENT 2\n"
        + "COPYRIGHT \"Made for a test.\"\n"
        + "ENDPROPERTIES\n"
        + "CHARS 2\n"
        + "STARTCHAR A\n"
        + "ENCODING 65\n"
        + "SWIDTH 500 0\n"
        + "DWIDTH 5 0\n"
        + "BBX 2 3 1 -1\n"
        + "BITMAP\n"
        + "C0\n"
        + "40\n"
        + "80\n"
        + "ENDCHAR\n"
        + "STARTCHAR B\n"
        + "ENCODING 66\n"
        + "SWIDTH 500 0\n"
        + "DWIDTH 5 0\n"
        + "BBX 5 6 0 -2\n"
        + "BITMAP\n"
        + "F8\n"
        + "88\n"
        + "88\n"
        + "88\n"
        + "88\n"
        + "F8\n"
        + "ENDCHAR\n"
        + "ENDFONT\n";

    [Test]
    public void BitmapFontSourcesAreUpToDate()
    {
        GeneratedSourceCheck.AssertUpToDate(
            BitmapFontSourceGenerator.Generate(FirmwareSubsetTests.RepositoryRoot),
            BitmapFontSourceGenerator.OutputFolder,
            "UPDATE_FONTS",
            BitmapFontSourceGenerator.SourceFolder,
            "The firmware's font sources are out of date. Run: " + BitmapFontSourceGenerator.UpdateCommand
            + " (then list added or deleted files in CydShunt.Firmware/CydShunt.Firmware.projitems)");
    }

    [Test]
    public void AGlyphBoxIsPlacedByItsOffsetsFromTheBaseline()
    {
        BdfFont font = BdfFont.Parse(SmallFont, "small");
        Assert.That(font.CellWidth, Is.EqualTo(5));
        Assert.That(font.CellHeight, Is.EqualTo(6));
        Assert.That(font.Ascent, Is.EqualTo(4));
        Assert.That(font.FontName, Is.EqualTo("-Test-Small"));
        Assert.That(font.Copyright, Is.EqualTo("Made for a test."));

        // Cell rows, MSB = column 0: 'A' row 2 "C0" shifted right by one column is 0x60, row 3 "40" -> 0x20, row 4 "80" -> 0x40.
        byte[] rows = BitmapFontSourceGenerator.Pack(font, 'A', 'B');
        Assert.That(rows, Is.EqualTo(new byte[] { 0x00, 0x00, 0x60, 0x20, 0x40, 0x00, 0xF8, 0x88, 0x88, 0x88, 0x88, 0xF8 }));
    }

    [Test]
    public void ARangeGlyphTheFontLacksStopsThePacking()
    {
        BdfFont font = BdfFont.Parse(SmallFont, "small");
        Assert.That(() => BitmapFontSourceGenerator.Pack(font, 'A', 'C'), Throws.TypeOf<InvalidDataException>().With.Message.Contains("U+0043"));
    }

    [TestCase("BBX 2 3 1 -1", "BBX 2 3 4 -1", "leaves the cell")]
    [TestCase("BBX 2 3 1 -1", "BBX 2 3 1 -3", "leaves the cell")]
    [TestCase("BBX 2 3 1 -1", "BBX 2 3 1 2", "leaves the cell")]
    [TestCase("FONTBOUNDINGBOX 5 6 0 -2", "FONTBOUNDINGBOX 5 7 0 -3", "FONTBOUNDINGBOX")]
    [TestCase("DWIDTH 5 0\nBBX 2", "DWIDTH 6 0\nBBX 2", "not the cell width")]
    [TestCase("C0\n40", "C\n40", "hex digits")]
    [TestCase("C0\n40", "C1\n40", "right of the BBX width")]
    [TestCase("C0\n40", "G0\n40", "hex digits")]
    [TestCase("80\nENDCHAR", "80\n00\nENDCHAR", "expected ENDCHAR")]
    [TestCase("SPACING \"C\"", "SPACING \"P\"", "not a fixed-width font")]
    [TestCase("FONT_ASCENT 4", "X_HEIGHT 4", "FONT_ASCENT missing")]
    [TestCase("CHARS 2", "CHARS 3", "expected STARTCHAR")]
    [TestCase("ENDFONT\n", "", "unexpected end of file")]
    [TestCase("ENCODING 66", "ENCODING 65", "duplicate ENCODING")]
    [TestCase("SWIDTH 500 0\nDWIDTH 5 0\nBBX 2", "SWIDTH 500 0\nDWIDTH 5 0\nVVECTOR 0 0\nBBX 2", "unknown glyph keyword")]
    [TestCase("ENDFONT\n", "ENDFONT\nSTARTCHAR C\n", "after ENDFONT")]
    public void AMalformedFontIsRejected(string original, string replacement, string message)
    {
        Assert.That(SmallFont.IndexOf(original, StringComparison.Ordinal), Is.GreaterThanOrEqualTo(0), "the case must change the font");
        string text = SmallFont.Replace(original, replacement, StringComparison.Ordinal);
        Assert.That(() => BdfFont.Parse(text, "small"), Throws.TypeOf<InvalidDataException>().With.Message.Contains(message));
    }

    [TestCase(' ', "' '")]
    [TestCase('A', "'A'")]
    [TestCase('\'', "'\\''")]
    [TestCase('\\', "'\\\\'")]
    [TestCase('~', "'~'")]
    public void CharactersBecomeCSharpLiterals(char c, string literal)
    {
        Assert.That(BitmapFontSourceGenerator.CharLiteral(c), Is.EqualTo(literal));
    }
}
