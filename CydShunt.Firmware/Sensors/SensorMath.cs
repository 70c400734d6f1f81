namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// Integer helpers for register scaling. No floating point: the results must be identical on the ESP32 and the
    /// host, and nanoFramework's Math has no long overloads.
    /// </summary>
    internal static class SensorMath
    {
        /// <summary>
        /// value × multiplier / divisor rounded half away from zero, without overflowing when value × multiplier
        /// would not fit in 64 bits (value is split into quotient and remainder of the divisor first).
        /// Requires multiplier ≥ 0, divisor > 0, and a result that fits in a long.
        /// </summary>
        public static long MulDivRound(long value, long multiplier, long divisor)
        {
            bool negative = value < 0;
            // -long.MinValue does not exist; register values are at most 40 bits, so this never triggers in use.
            ulong magnitude = negative ? (ulong)(-(value + 1)) + 1UL : (ulong)value;
            ulong m = (ulong)multiplier;
            ulong d = (ulong)divisor;
            ulong quotient = magnitude / d;
            ulong remainder = magnitude % d;
            // remainder < d, so remainder × m + d/2 fits as long as d × m < 2^64: true for every scale used here.
            ulong result = (quotient * m) + (((remainder * m) + (d / 2)) / d);
            return negative ? -(long)result : (long)result;
        }

        /// <summary>Sign-extends the low <paramref name="bits"/> bits of <paramref name="raw"/> (two's complement).</summary>
        public static long SignExtend(long raw, int bits)
        {
            long signBit = 1L << (bits - 1);
            long mask = (1L << bits) - 1;
            long value = raw & mask;
            return (value & signBit) != 0 ? value - (1L << bits) : value;
        }

        /// <summary>Clamps a long into the int range (a reading past int range saturates instead of wrapping).</summary>
        public static int ClampToInt(long value)
        {
            if (value > int.MaxValue)
            {
                return int.MaxValue;
            }

            if (value < int.MinValue)
            {
                return int.MinValue;
            }

            return (int)value;
        }

        /// <summary>Greatest common divisor of two positive numbers.</summary>
        public static long Gcd(long a, long b)
        {
            while (b != 0)
            {
                long t = a % b;
                a = b;
                b = t;
            }

            return a;
        }
    }
}
