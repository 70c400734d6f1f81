using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using CydShunt.Firmware.Display;
using CydShunt.Firmware.Host.Display;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Display;

/// <summary>
/// The PNG codec against files built outside C#: each hex string below was produced by Python 3's struct and zlib
/// (zlib.compress level 9, zlib.crc32, filters written out by hand in the script), so decoding them checks the
/// decoder against an independent encoder. The encoder is checked against the chunk bytes of that Python output and
/// with the firmware's own CRC-32 (a separate implementation), and by round trips.
/// </summary>
public class PngImageTests
{
    // 1×1, truecolour 8-bit, the pixel FF 00 00, filter 0.
    private const string RedPixel =
        "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478da63f8cfc0000003010100f7034143"
        + "0000000049454e44ae426082";

    // 2×5 truecolour; row y uses filter type y (None, Sub, Up, Average, Paeth).
    private const string FiveFilters =
        "89504e470d0a1a0a0000000d4948445200000002000000050802000000e0d1aacb0000002c4944415478da63e03a21f78bb58191fb98c657ab1b"
        + "4c5f2caf373828303735b774382bb24446467aeebb0e00ed1d0dbc1b04c0e60000000049454e44ae426082";

    private static readonly int[,] FiveFiltersPixels =
    {
        { 0x0AC81E, 0xFA0580 },
        { 0x0BC628, 0x000000 },
        { 0xFFFFFF, 0x804020 },
        { 0x010203, 0xC86432 },
        { 0x5A5B5C, 0x112233 },
    };

    // 6×4 truecolour, random pixels (Python random.seed(0)), every row Paeth; chosen so Paeth's three predictors all
    // occur, including the tie order (a before b before c) that decides 4 of the bytes.
    private const string PaethRows =
        "89504e470d0a1a0a0000000d49484452000000060000000408020000002266d914000000574944415478da014c00b3ff04c5d714bf21bb17fce8"
        + "d453d9d8e9f0046eb20460d2dd0edeed6eb325733e6825aaadf95e2a0457fd2fe5bc5aa77db488bedb306b9b08aed304173d0e49fc01cf7932cb"
        + "b28b9413a84f29e60970267d7ff07cbb0000000049454e44ae426082";

    private static readonly int[] PaethRowsPixels =
    [
        0xC5D714, 0x84F8CF, 0x9BF4B7, 0x6F4790, 0x473080, 0x4B9E32, 0x25A9F1, 0x33B5DE, 0xA168F4, 0xE2851F, 0x072FCC, 0x00FCAA,
        0x7CA620, 0x61717A, 0x48E52E, 0x29A3FA, 0x379A95, 0x3FAA68, 0x93E32E, 0xC5A27B, 0x945E60, 0x5F1085, 0xF3232D, 0x424C13,
    ];

    // 2×2 truecolour with alpha (FF0000/255, 00FF00/128, 0000FF/0, 0C2238/78); filters Paeth then Average.
    private const string Rgba =
        "89504e470d0a1a0a0000000d494844520000000200000002080600000072b60d240000001a4944415478da63f9cfc0f09ff13f43237323c3ff46"
        + "9ec53bf900408106fe6dbe6d340000000049454e44ae426082";

    private const string Interlaced =
        "89504e470d0a1a0a0000000d4948445200000001000000010802000001e77063480000000c4944415478da63f8cfc0000003010100f7034143"
        + "0000000049454e44ae426082";

    private const string Palette =
        "89504e470d0a1a0a0000000d494844520000000100000001080300000028cb34bb00000003504c5445ff000019e209370000000a4944415478da"
        + "6360000000020001e527defc0000000049454e44ae426082";

    private const string FilterTypeFive =
        "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478da63fdcfc0000003150105d6d1fb2f"
        + "0000000049454e44ae426082";

    private static byte[] Hex(string hex) => Convert.FromHexString(hex);

    [Test]
    public void CrcHasTheStandardCheckValue()
    {
        byte[] digits = "123456789"u8.ToArray();
        Assert.That(PngCrc32.Compute(digits, 0, digits.Length), Is.EqualTo(0xCBF43926u));
    }

    [Test]
    public void DecodesARedPixelMadeByPython()
    {
        PngImage image = PngImage.Decode(Hex(RedPixel));
        Assert.That((image.Width, image.Height, image.Rgb888At(0, 0)), Is.EqualTo((1, 1, 0xFF0000)));
    }

    [Test]
    public void DecodesAllFiveFilterTypes()
    {
        PngImage image = PngImage.Decode(Hex(FiveFilters));
        Assert.That((image.Width, image.Height), Is.EqualTo((2, 5)));
        for (int y = 0; y < 5; y++)
        {
            for (int x = 0; x < 2; x++)
            {
                Assert.That(image.Rgb888At(x, y), Is.EqualTo(FiveFiltersPixels[y, x]), $"pixel {x},{y} (filter {y})");
            }
        }
    }

    [Test]
    public void DecodesPaethRowsWithEveryPredictor()
    {
        PngImage image = PngImage.Decode(Hex(PaethRows));
        Assert.That((image.Width, image.Height), Is.EqualTo((6, 4)));
        for (int i = 0; i < PaethRowsPixels.Length; i++)
        {
            Assert.That(image.Rgb888At(i % 6, i / 6), Is.EqualTo(PaethRowsPixels[i]), $"pixel {i % 6},{i / 6}");
        }
    }

    [Test]
    public void DecodesTruecolourWithAlphaByDroppingAlpha()
    {
        PngImage image = PngImage.Decode(Hex(Rgba));
        Assert.That(new[] { image.Rgb888At(0, 0), image.Rgb888At(1, 0), image.Rgb888At(0, 1), image.Rgb888At(1, 1) },
            Is.EqualTo(new[] { 0xFF0000, 0x00FF00, 0x0000FF, 0x0C2238 }));
    }

    [TestCase(Interlaced, "interlace method 1")]
    [TestCase(Palette, "colour type 3")]
    [TestCase(FilterTypeFive, "filter type 5")]
    public void RefusesWhatItDoesNotSupport(string hex, string reason)
    {
        Assert.That(PngImage.TryDecode(Hex(hex), out PngImage? image, out string error), Is.False);
        Assert.That(image, Is.Null);
        Assert.That(error, Does.Contain(reason));
        Assert.That(() => PngImage.Decode(Hex(hex)), Throws.TypeOf<InvalidDataException>().With.Message.Contains(reason));
    }

    [Test]
    public void RefusesDamagedFiles()
    {
        byte[] flipped = Hex(RedPixel);
        flipped[45] ^= 0x01; // a byte inside IDAT's compressed data
        Assert.That(PngImage.TryDecode(flipped, out _, out string crcError), Is.False);
        Assert.That(crcError, Does.Contain("CRC of chunk IDAT"));

        byte[] truncated = Hex(RedPixel)[..^12]; // IEND cut off
        Assert.That(PngImage.TryDecode(truncated, out _, out string truncatedError), Is.False);
        Assert.That(truncatedError, Does.Contain("no IEND"));

        Assert.That(PngImage.TryDecode("GIF89a..."u8.ToArray(), out _, out string signatureError), Is.False);
        Assert.That(signatureError, Does.Contain("signature"));
    }

    [Test]
    public void EncodesARedPixelWithThePythonChunks()
    {
        byte[] png = PngImage.EncodeRgb565([0xF800], 1, 1);
        byte[] python = Hex(RedPixel);

        // Signature and IHDR chunk (33 bytes) and IEND chunk (12 bytes) match Python's byte for byte; IDAT's deflate
        // stream may legitimately differ between zlib builds, so it is checked by content.
        Assert.That(png[..33], Is.EqualTo(python[..33]));
        Assert.That(png[^12..], Is.EqualTo(python[^12..]));

        int idatLength = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33));
        Assert.That(png.AsSpan(37, 4).ToArray(), Is.EqualTo("IDAT"u8.ToArray()));
        Assert.That(png.Length, Is.EqualTo(33 + 12 + idatLength + 12));
        uint storedCrc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(41 + idatLength));
        Assert.That(storedCrc, Is.EqualTo(CydShunt.Firmware.Storage.Crc32.Compute(png, 37, idatLength + 4)));

        using ZLibStream inflater = new(new MemoryStream(png, 41, idatLength), CompressionMode.Decompress);
        using MemoryStream scanlines = new();
        inflater.CopyTo(scanlines);
        Assert.That(scanlines.ToArray(), Is.EqualTo(new byte[] { 0x00, 0xFF, 0x00, 0x00 }));
    }

    [Test]
    public void Rgb565ExpandsByRepeatingTheHighBits()
    {
        Assert.That(PngImage.ExpandRgb565(0xF800), Is.EqualTo(0xFF0000));
        Assert.That(PngImage.ExpandRgb565(0x07E0), Is.EqualTo(0x00FF00));
        Assert.That(PngImage.ExpandRgb565(0x001F), Is.EqualTo(0x0000FF));
        Assert.That(PngImage.ExpandRgb565(0x8410), Is.EqualTo(0x848284)); // r5 16 → 132, g6 32 → 130, b5 16 → 132
        for (int c = 0; c <= 0xFFFF; c++)
        {
            ushort color = (ushort)c;
            int expected = (Rgb565.Red(color) << 16) | (Rgb565.Green(color) << 8) | Rgb565.Blue(color);
            if (PngImage.ExpandRgb565(color) != expected)
            {
                Assert.Fail($"0x{c:X4}: {PngImage.ExpandRgb565(color):X6}, firmware Rgb565 says {expected:X6}");
            }
        }
    }

    [Test]
    public void AScreenSizedFrameRoundTripsExactly()
    {
        Random random = new(11);
        ushort[] frame = new ushort[320 * 240];
        for (int i = 0; i < frame.Length; i++)
        {
            // Flat areas, gradients and noise, so the encoder picks every filter somewhere.
            int x = i % 320, y = i / 320;
            frame[i] = y < 80 ? (ushort)0x1234 : y < 160 ? (ushort)((x / 10) << 11 | (y / 4) << 5 | (x + y) / 20) : (ushort)random.Next(0x10000);
        }

        PngImage decoded = PngImage.Decode(PngImage.EncodeRgb565(frame, 320, 240));
        Assert.That((decoded.Width, decoded.Height), Is.EqualTo((320, 240)));
        for (int i = 0; i < frame.Length; i++)
        {
            if (decoded.Rgb888At(i % 320, i / 320) != PngImage.ExpandRgb565(frame[i]))
            {
                Assert.Fail($"pixel {i % 320},{i / 320}");
            }
        }
    }

    [Test]
    public void EveryFilterTypeTheEncoderCanChooseIsUsedOnAVariedImage()
    {
        ushort[] frame = new ushort[64 * 64];
        Random random = new(3);
        for (int i = 0; i < frame.Length; i++)
        {
            int x = i % 64, y = i / 64;
            frame[i] = (y / 13) switch
            {
                0 => 0,                                              // flat: None
                1 => (ushort)(x << 5),                               // horizontal ramp: Sub
                2 => (ushort)(y << 11),                              // vertical ramp: Up
                3 => (ushort)(((x + y) << 5) | (x * y & 0x1F)),      // Average or Paeth
                _ => (ushort)random.Next(0x10000),
            };
        }

        byte[] png = PngImage.EncodeRgb565(frame, 64, 64);
        int idatLength = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33));
        using ZLibStream inflater = new(new MemoryStream(png, 41, idatLength), CompressionMode.Decompress);
        using MemoryStream scanlines = new();
        inflater.CopyTo(scanlines);
        byte[] raw = scanlines.ToArray();
        bool[] used = new bool[5];
        for (int y = 0; y < 64; y++)
        {
            used[raw[y * ((64 * 3) + 1)]] = true;
        }

        Assert.That(used, Is.All.True, "filter types chosen (None, Sub, Up, Average, Paeth): " + string.Join(",", used));
        PngImage decoded = PngImage.Decode(png);
        Assert.That(decoded.Rgb888At(63, 63), Is.EqualTo(PngImage.ExpandRgb565(frame[^1])));
    }
}
