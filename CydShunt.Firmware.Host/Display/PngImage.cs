using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace CydShunt.Firmware.Host.Display;

/// <summary>
/// An 8-bit RGB image with the PNG encoding and decoding the golden screenshots need (PNG specification, W3C 2nd
/// edition): it writes truecolour 8-bit, non-interlaced PNGs (IHDR, one IDAT compressed with zlib, IEND, each chunk
/// with its CRC-32), choosing per row the filter with the smallest sum of absolute values; it reads truecolour and
/// truecolour-with-alpha 8-bit non-interlaced PNGs with any of the five filters (alpha is dropped). Anything else
/// (palette, greyscale, 16-bit, interlaced, damaged) is refused with a message saying why.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // Caps a hostile IHDR before anything is allocated: 64 Mpixel is far beyond any screenshot.
    private const long MaxPixels = 64L * 1024 * 1024;

    private readonly byte[] _rgb;

    /// <summary>Wraps RGB bytes (3 per pixel, row by row, top row first).</summary>
    /// <param name="width">Pixels per row, at least 1.</param>
    /// <param name="height">Rows, at least 1.</param>
    /// <param name="rgb">width × height × 3 bytes; copied.</param>
    public PngImage(int width, int height, byte[] rgb)
    {
        ArgumentNullException.ThrowIfNull(rgb);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if ((long)width * height > MaxPixels || rgb.Length != width * height * 3)
        {
            throw new ArgumentException("expected " + ((long)width * height * 3) + " RGB bytes for " + width + "×" + height
                + ", got " + rgb.Length, nameof(rgb));
        }

        Width = width;
        Height = height;
        _rgb = (byte[])rgb.Clone();
    }

    private PngImage(int width, int height, byte[] rgb, bool _)
    {
        Width = width;
        Height = height;
        _rgb = rgb;
    }

    /// <summary>Pixels per row.</summary>
    public int Width { get; }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>The colour at a pixel as 0xRRGGBB.</summary>
    /// <param name="x">Column, 0 at the left.</param>
    /// <param name="y">Row, 0 at the top.</param>
    /// <returns>The 24-bit colour.</returns>
    public int Rgb888At(int x, int y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, Width);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, Height);
        int i = ((y * Width) + x) * 3;
        return (_rgb[i] << 16) | (_rgb[i + 1] << 8) | _rgb[i + 2];
    }

    /// <summary>A copy of the RGB bytes (3 per pixel, row by row).</summary>
    /// <returns>width × height × 3 bytes.</returns>
    public byte[] CopyRgb() => (byte[])_rgb.Clone();

    /// <summary>The RGB888 colour an RGB565 value is shown as: each channel's high bits repeated into its low bits.</summary>
    /// <param name="color">RGB565.</param>
    /// <returns>0xRRGGBB.</returns>
    public static int ExpandRgb565(ushort color)
    {
        int r5 = color >> 11, g6 = (color >> 5) & 0x3F, b5 = color & 0x1F;
        int r8 = (r5 << 3) | (r5 >> 2), g8 = (g6 << 2) | (g6 >> 4), b8 = (b5 << 3) | (b5 >> 2);
        return (r8 << 16) | (g8 << 8) | b8;
    }

    /// <summary>An image of an RGB565 frame, each pixel expanded with <see cref="ExpandRgb565"/>.</summary>
    /// <param name="pixels">width × height pixels, index y * width + x.</param>
    /// <param name="width">Pixels per row.</param>
    /// <param name="height">Rows.</param>
    /// <returns>The image.</returns>
    public static PngImage FromRgb565(ushort[] pixels, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if ((long)width * height > MaxPixels || pixels.Length != width * height)
        {
            throw new ArgumentException("expected " + ((long)width * height) + " pixels for " + width + "×" + height + ", got "
                + pixels.Length, nameof(pixels));
        }

        byte[] rgb = new byte[pixels.Length * 3];
        for (int i = 0; i < pixels.Length; i++)
        {
            int c = ExpandRgb565(pixels[i]);
            rgb[i * 3] = (byte)(c >> 16);
            rgb[(i * 3) + 1] = (byte)(c >> 8);
            rgb[(i * 3) + 2] = (byte)c;
        }

        return new PngImage(width, height, rgb, false);
    }

    /// <summary>Encodes an RGB565 frame as a PNG file's bytes.</summary>
    /// <param name="pixels">width × height pixels, index y * width + x.</param>
    /// <param name="width">Pixels per row.</param>
    /// <param name="height">Rows.</param>
    /// <returns>The PNG.</returns>
    public static byte[] EncodeRgb565(ushort[] pixels, int width, int height) => FromRgb565(pixels, width, height).Encode();

    /// <summary>Encodes the image as a truecolour 8-bit PNG.</summary>
    /// <returns>The PNG file's bytes.</returns>
    public byte[] Encode()
    {
        using MemoryStream png = new();
        png.Write(Signature);

        byte[] header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8;  // bit depth
        header[9] = 2;  // colour type: truecolour
        header[10] = 0; // compression method: deflate
        header[11] = 0; // filter method: adaptive, five types
        header[12] = 0; // no interlace
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", Compress(FilterRows()));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Writes the image to a PNG file (folders are created).</summary>
    /// <param name="path">The file.</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder != null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(path, Encode());
    }

    /// <summary>Reads a PNG file; see <see cref="Decode"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The image.</returns>
    public static PngImage Load(string path) => Decode(File.ReadAllBytes(path));

    /// <summary>Decodes a PNG, or throws <see cref="InvalidDataException"/> saying why it cannot.</summary>
    /// <param name="png">The file's bytes.</param>
    /// <returns>The image.</returns>
    public static PngImage Decode(byte[] png)
    {
        if (!TryDecode(png, out PngImage? image, out string error))
        {
            throw new InvalidDataException(error);
        }

        return image!;
    }

    /// <summary>Decodes a PNG (truecolour or truecolour with alpha, 8 bits per sample, not interlaced).</summary>
    /// <param name="png">The file's bytes.</param>
    /// <param name="image">The image, or null on failure.</param>
    /// <param name="error">Why decoding failed, or empty.</param>
    /// <returns>True on success.</returns>
    public static bool TryDecode(byte[] png, out PngImage? image, out string error)
    {
        ArgumentNullException.ThrowIfNull(png);
        image = null;
        error = DecodeCore(png, ref image);
        return error.Length == 0;
    }

    private static string DecodeCore(byte[] png, ref PngImage? image)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            return "not a PNG: the 8-byte signature is missing";
        }

        int width = 0, height = 0, channels = 0;
        bool sawHeader = false, sawEnd = false;
        using MemoryStream compressed = new();
        int position = Signature.Length;
        while (!sawEnd)
        {
            if (png.Length - position < 12)
            {
                return "truncated PNG: chunk header at byte " + position + " is incomplete (no IEND)";
            }

            uint length = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position));
            string type = Encoding.ASCII.GetString(png, position + 4, 4);
            if (length > int.MaxValue || length > png.Length - position - 12)
            {
                return "truncated PNG: chunk " + type + " at byte " + position + " declares " + length + " bytes";
            }

            int dataStart = position + 8;
            int dataLength = (int)length;
            uint storedCrc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(dataStart + dataLength));
            uint actualCrc = PngCrc32.Compute(png, position + 4, dataLength + 4);
            if (storedCrc != actualCrc)
            {
                return "damaged PNG: CRC of chunk " + type + " at byte " + position + " is " + storedCrc.ToString("X8")
                    + ", computed " + actualCrc.ToString("X8");
            }

            if (!sawHeader && type != "IHDR")
            {
                return "damaged PNG: the first chunk is " + type + ", not IHDR";
            }

            switch (type)
            {
                case "IHDR":
                    if (sawHeader || dataLength != 13)
                    {
                        return "damaged PNG: IHDR repeated or not 13 bytes";
                    }

                    sawHeader = true;
                    string? headerError = ReadHeader(png.AsSpan(dataStart, 13), out width, out height, out channels);
                    if (headerError != null)
                    {
                        return headerError;
                    }

                    break;
                case "IDAT":
                    compressed.Write(png, dataStart, dataLength);
                    break;
                case "IEND":
                    sawEnd = true;
                    break;
                default:
                    // Ancillary chunks (lower-case first letter) and a suggested palette may be skipped; any other critical
                    // chunk changes the meaning of the image.
                    if (type != "PLTE" && (type[0] & 0x20) == 0)
                    {
                        return "unsupported PNG: unknown critical chunk " + type;
                    }

                    break;
            }

            position = dataStart + dataLength + 4;
        }

        int stride = width * channels;
        byte[] filtered = new byte[height * (stride + 1)]; // at most 64 Mpixel × 4 + height bytes
        int read;
        try
        {
            compressed.Position = 0;
            using ZLibStream inflater = new(compressed, CompressionMode.Decompress);
            read = inflater.ReadAtLeast(filtered, filtered.Length, throwOnEndOfStream: false);
            if (read == filtered.Length && inflater.ReadByte() >= 0)
            {
                return "damaged PNG: more image data than " + height + " rows of " + width + " pixels";
            }
        }
        catch (InvalidDataException e)
        {
            return "damaged PNG: image data does not inflate (" + e.Message + ")";
        }

        if (read != filtered.Length)
        {
            return "damaged PNG: image data holds " + read + " bytes, " + filtered.Length + " expected";
        }

        string? filterError = Unfilter(filtered, height, stride, channels);
        if (filterError != null)
        {
            return filterError;
        }

        byte[] rgb = new byte[width * height * 3];
        for (int y = 0; y < height; y++)
        {
            int row = (y * (stride + 1)) + 1;
            for (int x = 0; x < width; x++)
            {
                int source = row + (x * channels), target = ((y * width) + x) * 3;
                rgb[target] = filtered[source];
                rgb[target + 1] = filtered[source + 1];
                rgb[target + 2] = filtered[source + 2];
            }
        }

        image = new PngImage(width, height, rgb, false);
        return string.Empty;
    }

    private static string? ReadHeader(ReadOnlySpan<byte> header, out int width, out int height, out int channels)
    {
        uint w = BinaryPrimitives.ReadUInt32BigEndian(header);
        uint h = BinaryPrimitives.ReadUInt32BigEndian(header[4..]);
        width = height = channels = 0;
        if (w == 0 || h == 0 || w > int.MaxValue || h > int.MaxValue || (long)w * h > MaxPixels)
        {
            return "unsupported PNG: size " + w + "×" + h;
        }

        byte bitDepth = header[8], colourType = header[9];
        if (colourType != 2 && colourType != 6)
        {
            return "unsupported PNG: colour type " + colourType + " (only 2, truecolour, and 6, truecolour with alpha)";
        }

        if (bitDepth != 8)
        {
            return "unsupported PNG: bit depth " + bitDepth + " (only 8)";
        }

        if (header[10] != 0 || header[11] != 0)
        {
            return "damaged PNG: compression method " + header[10] + ", filter method " + header[11];
        }

        if (header[12] != 0)
        {
            return "unsupported PNG: interlace method " + header[12] + " (only non-interlaced)";
        }

        width = (int)w;
        height = (int)h;
        channels = colourType == 6 ? 4 : 3;
        return null;
    }

    private static string? Unfilter(byte[] data, int height, int stride, int bytesPerPixel)
    {
        for (int y = 0; y < height; y++)
        {
            int row = (y * (stride + 1)) + 1;
            int previous = row - stride - 1; // the row above; only read when y > 0
            byte filter = data[row - 1];
            for (int i = 0; i < stride; i++)
            {
                int a = i >= bytesPerPixel ? data[row + i - bytesPerPixel] : 0;
                int b = y > 0 ? data[previous + i] : 0;
                int c = y > 0 && i >= bytesPerPixel ? data[previous + i - bytesPerPixel] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) >> 1,
                    4 => Paeth(a, b, c),
                    _ => -1,
                };
                if (predictor < 0)
                {
                    return "damaged PNG: row " + y + " has filter type " + filter + " (0 to 4 exist)";
                }

                data[row + i] = (byte)(data[row + i] + predictor);
            }
        }

        return null;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        if (pa <= pb && pa <= pc)
        {
            return a;
        }

        return pb <= pc ? b : c;
    }

    private byte[] FilterRows()
    {
        int stride = Width * 3;
        byte[] output = new byte[Height * (stride + 1)];
        byte[] candidate = new byte[stride];
        byte[] best = new byte[stride];
        for (int y = 0; y < Height; y++)
        {
            int row = y * stride;
            long bestCost = long.MaxValue;
            byte bestFilter = 0;
            for (byte filter = 0; filter <= 4; filter++)
            {
                long cost = 0;
                for (int i = 0; i < stride; i++)
                {
                    int a = i >= 3 ? _rgb[row + i - 3] : 0;
                    int b = y > 0 ? _rgb[row - stride + i] : 0;
                    int c = y > 0 && i >= 3 ? _rgb[row - stride + i - 3] : 0;
                    int predictor = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) >> 1, _ => Paeth(a, b, c) };
                    byte value = (byte)(_rgb[row + i] - predictor);
                    candidate[i] = value;
                    cost += value < 128 ? value : 256 - value;
                }

                if (cost < bestCost)
                {
                    bestCost = cost;
                    bestFilter = filter;
                    Array.Copy(candidate, best, stride);
                }
            }

            output[y * (stride + 1)] = bestFilter;
            Array.Copy(best, 0, output, (y * (stride + 1)) + 1, stride);
        }

        return output;
    }

    private static byte[] Compress(byte[] data)
    {
        using MemoryStream result = new();
        using (ZLibStream deflater = new(result, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflater.Write(data);
        }

        return result.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        byte[] header = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(header, data.Length);
        Encoding.ASCII.GetBytes(type, 0, 4, header, 4);
        uint crc = PngCrc32.Update(0xFFFFFFFFu, header, 4, 4);
        crc = PngCrc32.Update(crc, data, 0, data.Length) ^ 0xFFFFFFFFu;
        byte[] trailer = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(trailer, crc);
        png.Write(header);
        png.Write(data);
        png.Write(trailer);
    }
}
