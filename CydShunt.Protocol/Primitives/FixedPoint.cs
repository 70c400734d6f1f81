using System.Runtime.CompilerServices;

namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// Integer quantisation and clamping exactly as spec/README.md defines them for senders.
    /// Nothing can overflow near <see cref="int.MaxValue"/> (the remainder decides the rounding, nothing is added to the
    /// value), and none of it goes through <c>System.Math</c> (on nanoFramework its long overloads run through double).
    /// </summary>
    internal static class FixedPoint
    {
        /// <summary>Divides by <paramref name="scale"/> (positive) and rounds half away from zero.</summary>
        [MethodImpl(Inlining.Aggressive)]
        public static int DivideRounded(int value, int scale)
        {
            // The protocol's scales are 10 and 100: dividing by a constant compiles to a multiplication, which is much
            // cheaper than a hardware division on the ESP32 and on PCs alike.
            int quotient;
            switch (scale)
            {
                case 10: quotient = value / 10; break;
                case 100: quotient = value / 100; break;
                default: quotient = value / scale; break;
            }

            // C# division truncates toward zero, so the remainder has the value's sign; |remainder| < scale <= 2^30.
            int remainder = value - (quotient * scale);
            if (remainder >= 0 ? remainder * 2 >= scale : -remainder * 2 >= scale)
            {
                quotient += value >= 0 ? 1 : -1;
            }

            return quotient;
        }

        /// <summary>Clamps <paramref name="value"/> into [<paramref name="min"/>, <paramref name="max"/>].</summary>
        [MethodImpl(Inlining.Aggressive)]
        public static int Clamp(int value, int min, int max)
        {
            if (value < min)
            {
                return min;
            }

            return value > max ? max : value;
        }

        /// <summary>
        /// Converts a model value to a wire integer: the not-available marker maps to <paramref name="notAvailable"/>,
        /// any other value is quantised by <paramref name="scale"/> and clamped into [<paramref name="min"/>, <paramref name="max"/>].
        /// </summary>
        [MethodImpl(Inlining.Aggressive)]
        public static int ToWire(int value, int scale, int min, int max, int notAvailable)
        {
            if (value == Measurement.NotAvailable)
            {
                return notAvailable;
            }

            int scaled = scale == 1 ? value : DivideRounded(value, scale);
            return Clamp(scaled, min, max);
        }

        /// <summary>Converts a wire integer back to model units; the wire's not-available marker maps to <see cref="Measurement.NotAvailable"/>.</summary>
        [MethodImpl(Inlining.Aggressive)]
        public static int FromWire(int raw, int scale, int notAvailable)
        {
            return raw == notAvailable ? Measurement.NotAvailable : raw * scale;
        }
    }
}
