using System;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Touch
{
    /// <summary>
    /// Maps raw touch codes to screen pixels (landscape 320×240) with an affine transform computed from three points, the
    /// method of TI's application note "Calibration in touch-screen systems" (SLYT277, W. Fang) and C. E. Vidales'
    /// "How to calibrate touch screens": screen x = A·rawX + B·rawY + C, screen y = D·rawX + E·rawY + F. Three points give
    /// six equations for the six coefficients, solved exactly with Cramer's rule in 64-bit integers, then kept as 16.16
    /// fixed point so that mapping a touch is a few 32-bit multiplications. The transform absorbs offset, scale, rotation,
    /// mirroring and the CYD's swapped axes alike.
    /// <para>
    /// A calibration keeps the three points it was made from; those are what is stored (record kind SettingsTouch), and
    /// loading recomputes and re-validates the transform, so a stored calibration is checked exactly like a new one.
    /// Layout version 1, little-endian, <see cref="SerializedSize"/> bytes: <c>[0] version = 1, then for each of the three
    /// points: screen x (u16), screen y (u16), raw X (u16), raw Y (u16)</c>.
    /// </para>
    /// </summary>
    public sealed class TouchCalibration
    {
        /// <summary>Screen width in pixels (landscape).</summary>
        public const int ScreenWidth = 320;

        /// <summary>Screen height in pixels (landscape).</summary>
        public const int ScreenHeight = 240;

        /// <summary>Number of calibration points.</summary>
        public const int PointCount = 3;

        /// <summary>Version of the layout written by <see cref="WriteTo"/>.</summary>
        public const byte PayloadVersion = 1;

        /// <summary>Bytes written by <see cref="WriteTo"/>.</summary>
        public const int SerializedSize = 1 + (PointCount * 8);

        /// <summary>
        /// Typical raw range of a CYD (ESP32-2432S028R) panel in landscape, used by <see cref="CreateDefault"/>: screen x
        /// follows the Y-Position code from about 200 (x = 0) to 3700 (x = 320), screen y follows the X-Position code from
        /// about 240 (y = 0) to 3800 (y = 240). These are the values the common CYD examples use (Random Nerd Tutorials'
        /// LVGL/TFT_eSPI examples, landscape rotation 1, via the XPT2046_Touchscreen library whose "x" is the Y-Position
        /// conversion). Panels vary by a few hundred codes, hence the calibration page.
        /// </summary>
        public const int DefaultRawYAtLeft = 200;

        /// <summary>See <see cref="DefaultRawYAtLeft"/>: the Y-Position code at the right edge (x = 320).</summary>
        public const int DefaultRawYAtRight = 3700;

        /// <summary>See <see cref="DefaultRawYAtLeft"/>: the X-Position code at the top edge (y = 0).</summary>
        public const int DefaultRawXAtTop = 240;

        /// <summary>See <see cref="DefaultRawYAtLeft"/>: the X-Position code at the bottom edge (y = 240).</summary>
        public const int DefaultRawXAtBottom = 3800;

        // A raw triangle smaller than this (twice its area, in codes²; e.g. 256 × 256) counts as a line.
        private const long MinimumRawDoubleArea = 65536;

        // A target triangle smaller than this (twice its area, in pixels²; e.g. 32 × 32) counts as a line.
        private const long MinimumScreenDoubleArea = 1024;

        private const int FractionBits = 16;
        private const long Half = 1L << (FractionBits - 1);

        private readonly TouchCalibrationPoint[] _points;
        private readonly int _a;
        private readonly int _b;
        private readonly int _c;
        private readonly int _d;
        private readonly int _e;
        private readonly int _f;

        private TouchCalibration(TouchCalibrationState state, TouchCalibrationPoint[] points, long[] coefficients)
        {
            State = state;
            _points = points;
            _a = (int)coefficients[0];
            _b = (int)coefficients[1];
            _c = (int)coefficients[2];
            _d = (int)coefficients[3];
            _e = (int)coefficients[4];
            _f = (int)coefficients[5];
        }

        /// <summary>Whether this is a user's calibration or the uncalibrated default.</summary>
        public TouchCalibrationState State { get; }

        /// <summary>Whether the user calibrated the panel (the screen offers calibration when not).</summary>
        public bool IsCalibrated
        {
            get { return State == TouchCalibrationState.Calibrated; }
        }

        /// <summary>Where the calibration page should draw target <paramref name="index"/>: x in pixels.</summary>
        /// <param name="index">0..2.</param>
        /// <returns>x: 10 %, 90 % and 50 % of the width, so the three targets span the screen.</returns>
        public static int TargetX(int index)
        {
            CheckIndex(index);
            return index == 0 ? ScreenWidth / 10 : index == 1 ? ScreenWidth - (ScreenWidth / 10) : ScreenWidth / 2;
        }

        /// <summary>Where the calibration page should draw target <paramref name="index"/>: y in pixels.</summary>
        /// <param name="index">0..2.</param>
        /// <returns>y: 10 %, 50 % and 90 % of the height.</returns>
        public static int TargetY(int index)
        {
            CheckIndex(index);
            return index == 0 ? ScreenHeight / 10 : index == 1 ? ScreenHeight / 2 : ScreenHeight - (ScreenHeight / 10);
        }

        /// <summary>
        /// The calibration of an uncalibrated panel: the three targets with the raw codes a typical CYD panel gives there
        /// (<see cref="DefaultRawYAtLeft"/> and the related constants). Its <see cref="State"/> is
        /// <see cref="TouchCalibrationState.Uncalibrated"/>.
        /// </summary>
        /// <returns>A new default calibration.</returns>
        public static TouchCalibration CreateDefault()
        {
            TouchCalibrationPoint[] points = new TouchCalibrationPoint[PointCount];
            for (int i = 0; i < PointCount; i++)
            {
                int x = TargetX(i);
                int y = TargetY(i);
                int rawY = DefaultRawYAtLeft + (x * (DefaultRawYAtRight - DefaultRawYAtLeft) / ScreenWidth);
                int rawX = DefaultRawXAtTop + (y * (DefaultRawXAtBottom - DefaultRawXAtTop) / ScreenHeight);
                points[i] = new TouchCalibrationPoint(x, y, rawX, rawY);
            }

            TouchCalibration? calibration;
            TouchCalibrationError error;
            if (!TryBuild(TouchCalibrationState.Uncalibrated, points, out calibration, out error) || calibration == null)
            {
                throw new InvalidOperationException("The default touch calibration is invalid.");
            }

            return calibration;
        }

        /// <summary>Computes a calibration from three touched targets and validates it.</summary>
        /// <param name="point0">First point.</param>
        /// <param name="point1">Second point.</param>
        /// <param name="point2">Third point.</param>
        /// <param name="calibration">The calibration on success.</param>
        /// <param name="error">Why the points were refused.</param>
        /// <returns>Whether the points give a plausible calibration.</returns>
        public static bool TryCreate(
            TouchCalibrationPoint point0,
            TouchCalibrationPoint point1,
            TouchCalibrationPoint point2,
            out TouchCalibration? calibration,
            out TouchCalibrationError error)
        {
            if (point0 == null || point1 == null || point2 == null)
            {
                throw new ArgumentNullException(point0 == null ? nameof(point0) : point1 == null ? nameof(point1) : nameof(point2));
            }

            TouchCalibrationPoint[] points = new TouchCalibrationPoint[PointCount];
            points[0] = point0;
            points[1] = point1;
            points[2] = point2;
            return TryBuild(TouchCalibrationState.Calibrated, points, out calibration, out error);
        }

        /// <summary>One of the points the calibration was made from.</summary>
        /// <param name="index">0..2.</param>
        /// <returns>The point.</returns>
        public TouchCalibrationPoint GetPoint(int index)
        {
            CheckIndex(index);
            return _points[index];
        }

        /// <summary>Screen x of a raw reading, clamped to 0..<see cref="ScreenWidth"/> − 1. Allocation-free.</summary>
        /// <param name="rawX">X-Position code, 0..4095.</param>
        /// <param name="rawY">Y-Position code, 0..4095.</param>
        /// <returns>x in pixels.</returns>
        public int MapX(int rawX, int rawY)
        {
            return Clamp(Apply(_a, _b, _c, rawX, rawY), ScreenWidth - 1);
        }

        /// <summary>Screen y of a raw reading, clamped to 0..<see cref="ScreenHeight"/> − 1. Allocation-free.</summary>
        /// <param name="rawX">X-Position code, 0..4095.</param>
        /// <param name="rawY">Y-Position code, 0..4095.</param>
        /// <returns>y in pixels.</returns>
        public int MapY(int rawX, int rawY)
        {
            return Clamp(Apply(_d, _e, _f, rawX, rawY), ScreenHeight - 1);
        }

        /// <summary>Writes the three points (layout in the class summary).</summary>
        /// <param name="buffer">Destination with at least <see cref="SerializedSize"/> bytes from <paramref name="offset"/>.</param>
        /// <param name="offset">Where to write.</param>
        /// <returns><see cref="SerializedSize"/>.</returns>
        public int WriteTo(byte[] buffer, int offset)
        {
            PayloadBytes.CheckRange(buffer, offset, SerializedSize, nameof(buffer));
            buffer[offset] = PayloadVersion;
            int at = offset + 1;
            for (int i = 0; i < PointCount; i++)
            {
                TouchCalibrationPoint point = _points[i];
                PayloadBytes.WriteInt16(buffer, at, point.ScreenX);
                PayloadBytes.WriteInt16(buffer, at + 2, point.ScreenY);
                PayloadBytes.WriteInt16(buffer, at + 4, point.RawX);
                PayloadBytes.WriteInt16(buffer, at + 6, point.RawY);
                at += 8;
            }

            return SerializedSize;
        }

        /// <summary>Reads a stored calibration and validates it exactly as <see cref="TryCreate"/> does.</summary>
        /// <param name="buffer">The payload.</param>
        /// <param name="offset">Where it starts.</param>
        /// <param name="count">Its length.</param>
        /// <param name="calibration">The calibration on success (state <see cref="TouchCalibrationState.Calibrated"/>).</param>
        /// <param name="error">Why the payload was refused.</param>
        /// <returns>Whether the payload holds a valid calibration.</returns>
        public static bool TryReadFrom(byte[] buffer, int offset, int count, out TouchCalibration? calibration, out TouchCalibrationError error)
        {
            calibration = null;
            if (buffer == null || offset < 0 || count < 1 || offset > buffer.Length || count > buffer.Length - offset)
            {
                error = TouchCalibrationError.WrongLength;
                return false;
            }

            if (buffer[offset] != PayloadVersion)
            {
                error = TouchCalibrationError.UnknownVersion;
                return false;
            }

            if (count != SerializedSize)
            {
                error = TouchCalibrationError.WrongLength;
                return false;
            }

            TouchCalibrationPoint[] points = new TouchCalibrationPoint[PointCount];
            int at = offset + 1;
            for (int i = 0; i < PointCount; i++)
            {
                points[i] = new TouchCalibrationPoint(
                    PayloadBytes.ReadUInt16(buffer, at),
                    PayloadBytes.ReadUInt16(buffer, at + 2),
                    PayloadBytes.ReadUInt16(buffer, at + 4),
                    PayloadBytes.ReadUInt16(buffer, at + 6));
                at += 8;
            }

            return TryBuild(TouchCalibrationState.Calibrated, points, out calibration, out error);
        }

        private static bool TryBuild(TouchCalibrationState state, TouchCalibrationPoint[] p, out TouchCalibration? calibration, out TouchCalibrationError error)
        {
            calibration = null;
            for (int i = 0; i < PointCount; i++)
            {
                if (p[i].ScreenX < 0 || p[i].ScreenX >= ScreenWidth || p[i].ScreenY < 0 || p[i].ScreenY >= ScreenHeight)
                {
                    error = TouchCalibrationError.ScreenPointOutsideScreen;
                    return false;
                }

                if (p[i].RawX < 0 || p[i].RawX > RawTouch.MaximumValue || p[i].RawY < 0 || p[i].RawY > RawTouch.MaximumValue)
                {
                    error = TouchCalibrationError.RawValueOutOfRange;
                    return false;
                }
            }

            long screenArea = DoubleArea(p[0].ScreenX, p[0].ScreenY, p[1].ScreenX, p[1].ScreenY, p[2].ScreenX, p[2].ScreenY);
            if (Abs(screenArea) < MinimumScreenDoubleArea)
            {
                error = TouchCalibrationError.ScreenPointsCollinear;
                return false;
            }

            // SLYT277 / Vidales: K = (Xr0 − Xr2)(Yr1 − Yr2) − (Xr1 − Xr2)(Yr0 − Yr2), twice the raw triangle's area.
            long k = DoubleArea(p[0].RawX, p[0].RawY, p[1].RawX, p[1].RawY, p[2].RawX, p[2].RawY);
            if (Abs(k) < MinimumRawDoubleArea)
            {
                error = TouchCalibrationError.RawPointsCollinear;
                return false;
            }

            long[] coefficients = new long[6];
            Solve(p, k, p[0].ScreenX, p[1].ScreenX, p[2].ScreenX, coefficients, 0);
            Solve(p, k, p[0].ScreenY, p[1].ScreenY, p[2].ScreenY, coefficients, 3);
            if (!IsPlausible(coefficients))
            {
                error = TouchCalibrationError.ImplausibleMapping;
                return false;
            }

            calibration = new TouchCalibration(state, p, coefficients);
            error = TouchCalibrationError.None;
            return true;
        }

        /// <summary>
        /// Cramer's rule for one screen axis with screen values d0..d2 at the three raw points: the numerators of the
        /// three coefficients over K, each rounded to 16.16 fixed point.
        /// </summary>
        private static void Solve(TouchCalibrationPoint[] p, long k, long d0, long d1, long d2, long[] into, int at)
        {
            long x0 = p[0].RawX, y0 = p[0].RawY, x1 = p[1].RawX, y1 = p[1].RawY, x2 = p[2].RawX, y2 = p[2].RawY;
            long a = ((d0 - d2) * (y1 - y2)) - ((d1 - d2) * (y0 - y2));
            long b = ((x0 - x2) * (d1 - d2)) - ((d0 - d2) * (x1 - x2));
            long c = (y0 * ((x2 * d1) - (x1 * d2))) + (y1 * ((x0 * d2) - (x2 * d0))) + (y2 * ((x1 * d0) - (x0 * d1)));
            into[at] = RoundedQuotient(a << FractionBits, k);
            into[at + 1] = RoundedQuotient(b << FractionBits, k);
            into[at + 2] = RoundedQuotient(c << FractionBits, k);
        }

        /// <summary>
        /// Whether a real panel could have this mapping. Over the full raw square 0..4095², each screen axis must
        /// (1) reach both screen edges, within 1/16 of the axis (the panel covers the screen), and (2) span at most four
        /// screens (the screen uses at least a quarter of the ADC range); and (3) the square's image must cover at least
        /// half the screen's area (no squashing into a sliver, as a misread point gives).
        /// </summary>
        private static bool IsPlausible(long[] q)
        {
            if (!AxisIsPlausible(q[0], q[1], q[2], ScreenWidth) || !AxisIsPlausible(q[3], q[4], q[5], ScreenHeight))
            {
                return false;
            }

            // Now |A|, |B|, |D|, |E| < 4·320/4095 (< 2^15 in 16.16), so the determinant fits a long easily (16.16 × 16.16 = 32.32).
            long determinant = Abs((q[0] * q[4]) - (q[1] * q[3]));
            long required = ((long)ScreenWidth * ScreenHeight / 2 << (2 * FractionBits)) / ((long)RawTouch.MaximumValue * RawTouch.MaximumValue);
            return determinant >= required;
        }

        private static bool AxisIsPlausible(long a, long b, long c, int size)
        {
            long max = RawTouch.MaximumValue;
            long v00 = c;
            long v10 = (a * max) + c;
            long v01 = (b * max) + c;
            long v11 = (a * max) + (b * max) + c;
            long low = Min(Min(v00, v10), Min(v01, v11));
            long high = Max(Max(v00, v10), Max(v01, v11));
            long margin = ((long)size << FractionBits) / 16;
            long lastPixel = (long)(size - 1) << FractionBits;
            return low <= margin && high >= lastPixel - margin && high - low <= ((long)size * 4) << FractionBits;
        }

        private static long DoubleArea(long x0, long y0, long x1, long y1, long x2, long y2)
        {
            return ((x0 - x2) * (y1 - y2)) - ((x1 - x2) * (y0 - y2));
        }

        private static int Apply(int a, int b, int c, int rawX, int rawY)
        {
            // Plausibility bounds |a|, |b| below 2^15 and |c| below 2^27, so the sum stays inside an int.
            return ((a * rawX) + (b * rawY) + c + (int)Half) >> FractionBits;
        }

        private static int Clamp(int value, int maximum)
        {
            return value < 0 ? 0 : value > maximum ? maximum : value;
        }

        private static long RoundedQuotient(long numerator, long denominator)
        {
            if (denominator < 0)
            {
                numerator = -numerator;
                denominator = -denominator;
            }

            long half = denominator / 2;
            return numerator >= 0 ? (numerator + half) / denominator : -((half - numerator) / denominator);
        }

        private static long Abs(long value)
        {
            return value < 0 ? -value : value;
        }

        private static long Min(long a, long b)
        {
            return a < b ? a : b;
        }

        private static long Max(long a, long b)
        {
            return a > b ? a : b;
        }

        private static void CheckIndex(int index)
        {
            if (index < 0 || index >= PointCount)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }
        }
    }
}
