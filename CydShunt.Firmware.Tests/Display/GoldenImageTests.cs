using System;
using System.IO;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Tests.Support;
using NUnit.Framework;
using NUnit.Framework.Internal;

namespace CydShunt.Firmware.Tests.Display;

/// <summary>The golden-screenshot helper in a temporary folder: match, mismatch, missing golden, size change, update.</summary>
public class GoldenImageTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "cydshunt-golden-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private static ushort[] Frame(int width, int height, ushort color)
    {
        ushort[] frame = new ushort[width * height];
        Array.Fill(frame, color);
        return frame;
    }

    [Test]
    public void AFrameMatchesTheGoldenWrittenFromIt()
    {
        string golden = Path.Combine(_folder, "screen.png");
        ushort[] frame = Frame(40, 30, 0x1234);
        Assert.That(GoldenImageComparer.Compare(frame, 40, 30, golden, updateGolden: true).GoldenUpdated, Is.True);

        GoldenComparison result = GoldenImageComparer.Compare(frame, 40, 30, golden, updateGolden: false);
        Assert.That(result.Matches, Is.True, result.Message);
        Assert.That(File.Exists(Path.Combine(_folder, "screen.actual.png")), Is.False);
        Assert.That(File.Exists(Path.Combine(_folder, "screen.diff.png")), Is.False);
        GoldenImage.AssertMatches(frame, 40, 30, golden);
    }

    [Test]
    public void AMismatchWritesActualAndDiffAndReportsCountAndBoundingBox()
    {
        string golden = Path.Combine(_folder, "screen.png");
        ushort[] expected = Frame(40, 30, 0x0000);
        GoldenImageComparer.Compare(expected, 40, 30, golden, updateGolden: true);
        ushort[] actual = Frame(40, 30, 0x0000);
        actual[(20 * 40) + 10] = 0xFFFF;
        actual[(25 * 40) + 12] = 0xF800;
        actual[(22 * 40) + 11] = 0x0001;

        GoldenComparison result = GoldenImageComparer.Compare(actual, 40, 30, golden, updateGolden: false);

        Assert.Multiple(() =>
        {
            Assert.That(result.Matches, Is.False);
            Assert.That(result.DifferingPixels, Is.EqualTo(3));
            Assert.That((result.DifferenceLeft, result.DifferenceTop, result.DifferenceRight, result.DifferenceBottom), Is.EqualTo((10, 20, 12, 25)));
            Assert.That(result.Message, Does.Contain("3 of 1200 pixels differ").And.Contain("x 10..12, y 20..25"));
            Assert.That(result.Message, Does.Contain("expected #000000, got #FFFFFF"));
            Assert.That(result.ActualPath, Is.EqualTo(Path.Combine(_folder, "screen.actual.png")));
            Assert.That(result.DiffPath, Is.EqualTo(Path.Combine(_folder, "screen.diff.png")));
        });

        PngImage written = PngImage.Load(result.ActualPath!);
        Assert.That(written.Rgb888At(12, 25), Is.EqualTo(0xFF0000));
        PngImage diff = PngImage.Load(result.DiffPath!);
        Assert.That(diff.Rgb888At(10, 20), Is.EqualTo(0xFF00FF));
        Assert.That(diff.Rgb888At(11, 22), Is.EqualTo(0xFF00FF));
        Assert.That(diff.Rgb888At(0, 0), Is.EqualTo(0x282828), "black dimmed to grey 40");

        // Through the NUnit helper: a failure naming the files (isolated so this test itself does not fail).
        using (new TestExecutionContext.IsolatedContext())
        {
            AssertionException failure = Assert.Throws<AssertionException>(() => GoldenImage.AssertMatches(actual, 40, 30, golden))!;
            Assert.That(failure.Message, Does.Contain("screen.diff.png"));
        }

        // Accepting the new image removes the leftovers.
        GoldenImageComparer.Compare(actual, 40, 30, golden, updateGolden: true);
        Assert.That(File.Exists(result.ActualPath!) || File.Exists(result.DiffPath!), Is.False);
        Assert.That(GoldenImageComparer.Compare(actual, 40, 30, golden, updateGolden: false).Matches, Is.True);
    }

    [Test]
    public void AMissingGoldenFailsAndLeavesTheActualImage()
    {
        string golden = Path.Combine(_folder, "new-page.png");
        GoldenComparison result = GoldenImageComparer.Compare(Frame(8, 8, 0x07E0), 8, 8, golden, updateGolden: false);

        Assert.That(result.Matches, Is.False);
        Assert.That(result.Message, Does.Contain("is missing").And.Contain("UPDATE_GOLDEN=1"));
        Assert.That(PngImage.Load(Path.Combine(_folder, "new-page.actual.png")).Rgb888At(7, 7), Is.EqualTo(0x00FF00));
        Assert.That(File.Exists(golden), Is.False);
    }

    [Test]
    public void ASizeChangeFails()
    {
        string golden = Path.Combine(_folder, "screen.png");
        GoldenImageComparer.Compare(Frame(8, 8, 0), 8, 8, golden, updateGolden: true);
        GoldenComparison result = GoldenImageComparer.Compare(Frame(8, 4, 0), 8, 4, golden, updateGolden: false);

        Assert.That(result.Matches, Is.False);
        Assert.That(result.Message, Does.Contain("is 8×8, the frame 8×4"));
    }
}
