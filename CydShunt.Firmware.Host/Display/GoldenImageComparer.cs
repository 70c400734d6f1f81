using System;
using System.IO;

namespace CydShunt.Firmware.Host.Display;

/// <summary>
/// Compares an RGB565 frame pixel for pixel with a golden PNG (each pixel expanded to RGB888 as
/// <see cref="PngImage.ExpandRgb565"/> does, so a golden written from a frame matches it exactly). On a mismatch, a
/// missing golden or an unreadable one, it writes <c>&lt;name&gt;.actual.png</c> and, when the sizes agree,
/// <c>&lt;name&gt;.diff.png</c> (differing pixels magenta over a dimmed grey copy of the actual frame) next to the golden;
/// both names are git-ignored. A match removes stale ones.
/// </summary>
public static class GoldenImageComparer
{
    private const int Magenta = 0xFF00FF;

    /// <summary>Where the actual image of a failed comparison goes.</summary>
    /// <param name="goldenPath">The golden PNG.</param>
    /// <returns><c>&lt;name&gt;.actual.png</c> beside it.</returns>
    public static string ActualPathFor(string goldenPath) => Path.ChangeExtension(goldenPath, null) + ".actual.png";

    /// <summary>Where the difference image of a failed comparison goes.</summary>
    /// <param name="goldenPath">The golden PNG.</param>
    /// <returns><c>&lt;name&gt;.diff.png</c> beside it.</returns>
    public static string DiffPathFor(string goldenPath) => Path.ChangeExtension(goldenPath, null) + ".diff.png";

    /// <summary>Compares a frame with a golden PNG, or rewrites the golden from the frame.</summary>
    /// <param name="frame">width × height RGB565 pixels, index y * width + x.</param>
    /// <param name="width">Pixels per row.</param>
    /// <param name="height">Rows.</param>
    /// <param name="goldenPath">The golden PNG.</param>
    /// <param name="updateGolden">True writes the golden instead of comparing (UPDATE_GOLDEN=1).</param>
    /// <returns>The outcome, with a message naming the files written.</returns>
    public static GoldenComparison Compare(ushort[] frame, int width, int height, string goldenPath, bool updateGolden)
    {
        ArgumentNullException.ThrowIfNull(goldenPath);
        PngImage actual = PngImage.FromRgb565(frame, width, height);
        string actualPath = ActualPathFor(goldenPath);
        string diffPath = DiffPathFor(goldenPath);

        if (updateGolden)
        {
            actual.Save(goldenPath);
            DeleteIfPresent(actualPath);
            DeleteIfPresent(diffPath);
            return new GoldenComparison { Matches = true, GoldenUpdated = true, Message = "golden " + goldenPath + " written" };
        }

        string? problem = null;
        PngImage? golden = null;
        if (!File.Exists(goldenPath))
        {
            problem = "golden " + goldenPath + " is missing";
        }
        else if (!PngImage.TryDecode(File.ReadAllBytes(goldenPath), out golden, out string error))
        {
            problem = "golden " + goldenPath + " cannot be read: " + error;
        }
        else if (golden!.Width != width || golden.Height != height)
        {
            problem = "golden " + goldenPath + " is " + golden.Width + "×" + golden.Height + ", the frame " + width + "×" + height;
        }

        if (problem != null)
        {
            actual.Save(actualPath);
            DeleteIfPresent(diffPath);
            return new GoldenComparison
            {
                ActualPath = actualPath,
                Message = problem + "; wrote " + actualPath + "; if it is right, rerun with UPDATE_GOLDEN=1 to accept it",
            };
        }

        return CompareSameSize(actual, golden!, goldenPath, actualPath, diffPath);
    }

    private static GoldenComparison CompareSameSize(PngImage actual, PngImage golden, string goldenPath, string actualPath, string diffPath)
    {
        int width = actual.Width, height = actual.Height;
        byte[] diff = new byte[width * height * 3];
        int count = 0, left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        int firstX = -1, firstY = -1;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int seen = actual.Rgb888At(x, y);
                int shown;
                if (seen != golden.Rgb888At(x, y))
                {
                    if (count++ == 0)
                    {
                        firstX = x;
                        firstY = y;
                    }

                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                    shown = Magenta;
                }
                else
                {
                    int luma = ((77 * (seen >> 16)) + (150 * ((seen >> 8) & 0xFF)) + (29 * (seen & 0xFF))) >> 8;
                    int grey = 40 + (luma * 3 / 8); // 40..135: dim enough for magenta to stand out on white and black
                    shown = (grey << 16) | (grey << 8) | grey;
                }

                int i = ((y * width) + x) * 3;
                diff[i] = (byte)(shown >> 16);
                diff[i + 1] = (byte)(shown >> 8);
                diff[i + 2] = (byte)shown;
            }
        }

        if (count == 0)
        {
            DeleteIfPresent(actualPath);
            DeleteIfPresent(diffPath);
            return new GoldenComparison { Matches = true, Message = "matches golden " + goldenPath };
        }

        actual.Save(actualPath);
        new PngImage(width, height, diff).Save(diffPath);
        string message = count + " of " + (width * height) + " pixels differ from golden " + goldenPath
            + ", within x " + left + ".." + right + ", y " + top + ".." + bottom
            + " (first at " + firstX + "," + firstY + ": expected #" + golden.Rgb888At(firstX, firstY).ToString("X6")
            + ", got #" + actual.Rgb888At(firstX, firstY).ToString("X6") + "); wrote " + actualPath + " and " + diffPath
            + "; if the new image is right, rerun with UPDATE_GOLDEN=1 to accept it";
        return new GoldenComparison
        {
            DifferingPixels = count,
            DifferenceLeft = left,
            DifferenceTop = top,
            DifferenceRight = right,
            DifferenceBottom = bottom,
            ActualPath = actualPath,
            DiffPath = diffPath,
            Message = message,
        };
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
