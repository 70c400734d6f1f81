using System;
using CydShunt.Firmware.Touch;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Touch;

public class TouchCalibrationTests
{
    private static TouchCalibration Create(TouchCalibrationPoint p0, TouchCalibrationPoint p1, TouchCalibrationPoint p2)
    {
        Assert.That(TouchCalibration.TryCreate(p0, p1, p2, out TouchCalibration? calibration, out TouchCalibrationError error), Is.True, error.ToString());
        return calibration!;
    }

    private static TouchCalibrationError Refusal(TouchCalibrationPoint p0, TouchCalibrationPoint p1, TouchCalibrationPoint p2)
    {
        Assert.That(TouchCalibration.TryCreate(p0, p1, p2, out TouchCalibration? calibration, out TouchCalibrationError error), Is.False);
        Assert.That(calibration, Is.Null);
        return error;
    }

    /// <summary>
    /// The affine map through three points, solved independently of the code under test: Gaussian elimination with
    /// partial pivoting on [rawX rawY 1 | screen] in doubles.
    /// </summary>
    private static double[] SolveAxis(TouchCalibrationPoint[] p, bool yAxis)
    {
        double[,] m = new double[3, 4];
        for (int r = 0; r < 3; r++)
        {
            m[r, 0] = p[r].RawX;
            m[r, 1] = p[r].RawY;
            m[r, 2] = 1;
            m[r, 3] = yAxis ? p[r].ScreenY : p[r].ScreenX;
        }

        for (int c = 0; c < 3; c++)
        {
            int pivot = c;
            for (int r = c + 1; r < 3; r++)
            {
                if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c]))
                {
                    pivot = r;
                }
            }

            for (int k = 0; k < 4; k++)
            {
                (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            }

            for (int r = 0; r < 3; r++)
            {
                if (r != c)
                {
                    double f = m[r, c] / m[c, c];
                    for (int k = 0; k < 4; k++)
                    {
                        m[r, k] -= f * m[c, k];
                    }
                }
            }
        }

        return [m[0, 3] / m[0, 0], m[1, 3] / m[1, 1], m[2, 3] / m[2, 2]];
    }

    [Test]
    public void DefaultIsUncalibratedAndMapsTheTypicalCydRangeOntoTheScreen()
    {
        TouchCalibration calibration = TouchCalibration.CreateDefault();

        Assert.That(calibration.State, Is.EqualTo(TouchCalibrationState.Uncalibrated));
        Assert.That(calibration.IsCalibrated, Is.False);
        // Typical CYD landscape: x from Y-Position 200..3700, y from X-Position 240..3800 (both over the full screen).
        Assert.That(calibration.MapX(2000, 200), Is.EqualTo(0));
        Assert.That(calibration.MapX(2000, 3700), Is.EqualTo(319), "x = 320 clamps to the last column");
        Assert.That(calibration.MapX(2000, 1950), Is.EqualTo(160));       // (1950 − 200) · 320 / 3500
        Assert.That(calibration.MapY(240, 2000), Is.EqualTo(0));
        Assert.That(calibration.MapY(2020, 2000), Is.EqualTo(120));       // (2020 − 240) · 240 / 3560
        Assert.That(calibration.MapY(3800, 2000), Is.EqualTo(239));
        Assert.That(calibration.MapX(0, 0), Is.EqualTo(0), "codes beyond the edges clamp");
        Assert.That(calibration.MapY(4095, 4095), Is.EqualTo(239));
    }

    [Test]
    public void TargetsSpanTheScreen()
    {
        Assert.That(new[] { TouchCalibration.TargetX(0), TouchCalibration.TargetY(0) }, Is.EqualTo(new[] { 32, 24 }));
        Assert.That(new[] { TouchCalibration.TargetX(1), TouchCalibration.TargetY(1) }, Is.EqualTo(new[] { 288, 120 }));
        Assert.That(new[] { TouchCalibration.TargetX(2), TouchCalibration.TargetY(2) }, Is.EqualTo(new[] { 160, 216 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => TouchCalibration.TargetX(3));
    }

    [Test]
    public void ThreePointsMapBackToTheirTargetsWhateverThePanelsOrientation()
    {
        // Swapped axes (CYD), plain, and mirrored on both axes.
        TouchCalibrationPoint[][] sets =
        [
            [new(32, 24, 596, 550), new(288, 120, 2020, 3350), new(160, 216, 3444, 1950)],
            [new(32, 24, 500, 400), new(288, 120, 3600, 1800), new(160, 216, 2100, 3300)],
            [new(32, 24, 3700, 3500), new(288, 120, 400, 2000), new(160, 216, 2000, 600)],
        ];
        foreach (TouchCalibrationPoint[] p in sets)
        {
            TouchCalibration calibration = Create(p[0], p[1], p[2]);
            Assert.That(calibration.State, Is.EqualTo(TouchCalibrationState.Calibrated));
            foreach (TouchCalibrationPoint point in p)
            {
                Assert.That(calibration.MapX(point.RawX, point.RawY), Is.EqualTo(point.ScreenX));
                Assert.That(calibration.MapY(point.RawX, point.RawY), Is.EqualTo(point.ScreenY));
            }
        }
    }

    [Test]
    public void AFourthPointMapsWithinOnePixelOfTheExactSolution()
    {
        Random random = new(11);
        int checkedPoints = 0;
        for (int trial = 0; trial < 300; trial++)
        {
            // A plausible panel: the raw axis following screen x spans 8..11.5 codes/pixel, the one following screen y
            // 10..15.5, each starting somewhere that keeps it inside 150..3945; axes swapped or not, each possibly
            // mirrored, plus a little rotation (shear up to ±0.4 codes/pixel).
            bool swap = random.Next(2) == 0;
            double sx = 8 + (3.5 * random.NextDouble());
            double sy = 10 + (5.5 * random.NextDouble());
            double lowX = 150 + ((3795 - (sx * 320)) * random.NextDouble());
            double lowY = 150 + ((3795 - (sy * 240)) * random.NextDouble());
            bool mirrorX = random.Next(2) == 0;
            bool mirrorY = random.Next(2) == 0;
            double shear = (random.NextDouble() - 0.5) * 0.8;
            (int rawX, int rawY) Panel(double x, double y)
            {
                double alongX = lowX + (sx * (mirrorX ? 320 - x : x)) + (shear * (y - 120));
                double alongY = lowY + (sy * (mirrorY ? 240 - y : y)) + (shear * (x - 160));
                return swap ? ((int)Math.Round(alongY), (int)Math.Round(alongX)) : ((int)Math.Round(alongX), (int)Math.Round(alongY));
            }

            TouchCalibrationPoint[] p = new TouchCalibrationPoint[3];
            for (int i = 0; i < 3; i++)
            {
                int tx = TouchCalibration.TargetX(i);
                int ty = TouchCalibration.TargetY(i);
                (int rx, int ry) = Panel(tx, ty);
                p[i] = new TouchCalibrationPoint(tx, ty, rx, ry);
            }

            if (!TouchCalibration.TryCreate(p[0], p[1], p[2], out TouchCalibration? calibration, out TouchCalibrationError error))
            {
                Assert.Fail("trial " + trial + ": a plausible panel was refused: " + error);
                return;
            }

            double[] ax = SolveAxis(p, false);
            double[] ay = SolveAxis(p, true);
            for (int k = 0; k < 10; k++)
            {
                (int rx, int ry) = Panel(random.Next(320), random.Next(240));
                double x = Math.Clamp((ax[0] * rx) + (ax[1] * ry) + ax[2], 0, 319);
                double y = Math.Clamp((ay[0] * rx) + (ay[1] * ry) + ay[2], 0, 239);
                Assert.That(calibration!.MapX(rx, ry), Is.EqualTo(x).Within(1), "trial " + trial);
                Assert.That(calibration.MapY(rx, ry), Is.EqualTo(y).Within(1), "trial " + trial);
                checkedPoints++;
            }
        }

        Assert.That(checkedPoints, Is.EqualTo(3000));
    }

    [Test]
    public void CollinearOrRepeatedTouchesAreRefused()
    {
        // The same spot touched three times.
        Assert.That(Refusal(new(32, 24, 1000, 1000), new(288, 120, 1000, 1000), new(160, 216, 1002, 1001)), Is.EqualTo(TouchCalibrationError.RawPointsCollinear));
        // Three touches along one line.
        Assert.That(Refusal(new(32, 24, 500, 500), new(288, 120, 2000, 2000), new(160, 216, 3500, 3500)), Is.EqualTo(TouchCalibrationError.RawPointsCollinear));
    }

    [Test]
    public void CollinearTargetsAreRefused()
    {
        Assert.That(Refusal(new(32, 24, 596, 550), new(160, 120, 2020, 3350), new(288, 216, 3444, 1950)), Is.EqualTo(TouchCalibrationError.ScreenPointsCollinear));
    }

    [Test]
    public void PointsOutsideTheirRangesAreRefused()
    {
        Assert.That(Refusal(new(320, 24, 596, 550), new(288, 120, 2020, 3350), new(160, 216, 3444, 1950)), Is.EqualTo(TouchCalibrationError.ScreenPointOutsideScreen));
        Assert.That(Refusal(new(32, -1, 596, 550), new(288, 120, 2020, 3350), new(160, 216, 3444, 1950)), Is.EqualTo(TouchCalibrationError.ScreenPointOutsideScreen));
        Assert.That(Refusal(new(32, 24, 596, 550), new(288, 240, 2020, 3350), new(160, 216, 3444, 1950)), Is.EqualTo(TouchCalibrationError.ScreenPointOutsideScreen));
        Assert.That(Refusal(new(32, 24, 4096, 550), new(288, 120, 2020, 3350), new(160, 216, 3444, 1950)), Is.EqualTo(TouchCalibrationError.RawValueOutOfRange));
        Assert.That(Refusal(new(32, 24, 596, 550), new(288, 120, 2020, -3), new(160, 216, 3444, 1950)), Is.EqualTo(TouchCalibrationError.RawValueOutOfRange));
    }

    [Test]
    public void MappingsNoRealPanelHasAreRefused()
    {
        // Touches crowded into 300 codes for targets across the screen: 1 pixel per code, the screen would use 7 % of the ADC.
        Assert.That(Refusal(new(32, 24, 1000, 1000), new(288, 120, 1300, 1000), new(160, 216, 1000, 1300)), Is.EqualTo(TouchCalibrationError.ImplausibleMapping));
        // Touches across the whole panel for targets in a 100-pixel square: the panel would not reach the screen's edges.
        Assert.That(Refusal(new(100, 100, 500, 500), new(200, 100, 3500, 500), new(100, 200, 500, 3500)), Is.EqualTo(TouchCalibrationError.ImplausibleMapping));
        // One touch misread by half the panel (X-Position 1800 instead of about 3444): y would span about 1,670 pixels
        // over the ADC range (computed by hand from the three points), more than four screens.
        Assert.That(Refusal(new(32, 24, 596, 550), new(288, 120, 2020, 3350), new(160, 216, 1800, 1950)), Is.EqualTo(TouchCalibrationError.ImplausibleMapping));
    }

    [Test]
    public void SerialisationRoundTripsAndFollowsTheDocumentedLayout()
    {
        TouchCalibration calibration = Create(new(32, 24, 600, 540), new(288, 120, 2010, 3360), new(160, 216, 3450, 1940));
        byte[] buffer = new byte[40];

        Assert.That(calibration.WriteTo(buffer, 5), Is.EqualTo(TouchCalibration.SerializedSize));
        Assert.That(TouchCalibration.SerializedSize, Is.EqualTo(25));
        // [0] version 1; point 0: x 32 = 20 00, y 24 = 18 00, raw X 600 = 58 02, raw Y 540 = 1C 02 (little-endian).
        Assert.That(buffer[5..14], Is.EqualTo(new byte[] { 1, 0x20, 0x00, 0x18, 0x00, 0x58, 0x02, 0x1C, 0x02 }));

        Assert.That(TouchCalibration.TryReadFrom(buffer, 5, TouchCalibration.SerializedSize, out TouchCalibration? read, out TouchCalibrationError error), Is.True);
        Assert.That(error, Is.EqualTo(TouchCalibrationError.None));
        Assert.That(read!.State, Is.EqualTo(TouchCalibrationState.Calibrated));
        for (int i = 0; i < TouchCalibration.PointCount; i++)
        {
            TouchCalibrationPoint a = calibration.GetPoint(i);
            TouchCalibrationPoint b = read.GetPoint(i);
            Assert.That(new[] { b.ScreenX, b.ScreenY, b.RawX, b.RawY }, Is.EqualTo(new[] { a.ScreenX, a.ScreenY, a.RawX, a.RawY }));
        }

        for (int raw = 0; raw <= 4095; raw += 91)
        {
            Assert.That(read.MapX(raw, 4095 - raw), Is.EqualTo(calibration.MapX(raw, 4095 - raw)));
            Assert.That(read.MapY(raw, 4095 - raw), Is.EqualTo(calibration.MapY(raw, 4095 - raw)));
        }
    }

    private static byte[] Stored()
    {
        byte[] buffer = new byte[TouchCalibration.SerializedSize];
        Create(new(32, 24, 600, 540), new(288, 120, 2010, 3360), new(160, 216, 3450, 1940)).WriteTo(buffer, 0);
        return buffer;
    }

    private static TouchCalibrationError ReadError(byte[] buffer, int count)
    {
        Assert.That(TouchCalibration.TryReadFrom(buffer, 0, count, out TouchCalibration? calibration, out TouchCalibrationError error), Is.False);
        Assert.That(calibration, Is.Null);
        return error;
    }

    private static void Put(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)value;
        buffer[offset + 1] = (byte)(value >> 8);
    }

    [Test]
    public void EachCorruptionIsRefusedWithItsOwnError()
    {
        Assert.That(ReadError(Stored(), TouchCalibration.SerializedSize - 1), Is.EqualTo(TouchCalibrationError.WrongLength));
        byte[] longer = new byte[TouchCalibration.SerializedSize + 1];
        Array.Copy(Stored(), longer, TouchCalibration.SerializedSize);
        Assert.That(ReadError(longer, longer.Length), Is.EqualTo(TouchCalibrationError.WrongLength));
        Assert.That(ReadError(Stored(), 0), Is.EqualTo(TouchCalibrationError.WrongLength));

        byte[] b = Stored();
        b[0] = 2;
        Assert.That(ReadError(b, b.Length), Is.EqualTo(TouchCalibrationError.UnknownVersion));
        b[0] = 0;
        Assert.That(ReadError(b, b.Length), Is.EqualTo(TouchCalibrationError.UnknownVersion));

        b = Stored();
        Put(b, 1, 320); // point 0 screen x
        Assert.That(ReadError(b, b.Length), Is.EqualTo(TouchCalibrationError.ScreenPointOutsideScreen));

        b = Stored();
        Put(b, 1 + 8 + 4, 4096); // point 1 raw X
        Assert.That(ReadError(b, b.Length), Is.EqualTo(TouchCalibrationError.RawValueOutOfRange));

        b = Stored();
        Put(b, 1 + 16, 160);
        Put(b, 1 + 18, 72);  // (160, 72) lies on the line from (32, 24) to (288, 120)
        Assert.That(ReadError(b, b.Length), Is.EqualTo(TouchCalibrationError.ScreenPointsCollinear));

        b = Stored();
        Put(b, 1 + 16 + 4, 1305); // point 2 raw onto the line through raw points 0 and 1: midpoint (1305, 1950)
        Put(b, 1 + 16 + 6, 1950);
        Assert.That(ReadError(b, b.Length), Is.EqualTo(TouchCalibrationError.RawPointsCollinear));

        b = Stored();
        Put(b, 1 + 16 + 4, 1800); // point 2 misread by half the panel: y would span 1,600 pixels over the ADC range
        Assert.That(ReadError(b, b.Length), Is.EqualTo(TouchCalibrationError.ImplausibleMapping));
    }

    [Test]
    public void WritingIntoATooSmallBufferThrows()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TouchCalibration.CreateDefault().WriteTo(new byte[24], 0));
    }
}
