namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// Integer quantisation and clamping exactly as spec/README.md defines them for senders.
    /// All arithmetic is in <see cref="long"/> so that model values near <see cref="int.MaxValue"/> cannot overflow,
    /// and none of it goes through <c>System.Math</c> (on nanoFramework its long overloads run through double).
    /// </summary>
    internal static class FixedPoint
    {
        /// <summary>Divides by <paramref name="scale"/> and rounds half away from zero.</summary>
        public static long DivideRounded(long value, int scale)
        {
            long half = scale / 2;
            return value >= 0 ? (value + half) / scale : -((-value + half) / scale);
        }

        /// <summary>Clamps <paramref name="value"/> into [<paramref name="min"/>, <paramref name="max"/>].</summary>
        public static int Clamp(long value, int min, int max)
        {
            if (value < min)
            {
                return min;
            }

            return value > max ? max : (int)value;
        }

        /// <summary>
        /// Converts a model value to a wire integer: the not-available marker maps to <paramref name="notAvailable"/>,
        /// any other value is quantised by <paramref name="scale"/> and clamped into [<paramref name="min"/>, <paramref name="max"/>].
        /// </summary>
        public static int ToWire(int value, int scale, int min, int max, int notAvailable)
        {
            if (value == Measurement.NotAvailable)
            {
                return notAvailable;
            }

            long scaled = scale == 1 ? value : DivideRounded(value, scale);
            return Clamp(scaled, min, max);
        }

        /// <summary>Converts a wire integer back to model units; the wire's not-available marker maps to <see cref="Measurement.NotAvailable"/>.</summary>
        public static int FromWire(int raw, int scale, int notAvailable)
        {
            return raw == notAvailable ? Measurement.NotAvailable : raw * scale;
        }
    }
}
