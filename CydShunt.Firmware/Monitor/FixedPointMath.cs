namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Integer base-2 logarithm and power in Q30 fixed point, and a 64×64→high-64 multiply, for the Peukert
    /// correction. Only integer operations: the result is the same on every CPU and nothing accumulates rounding
    /// from floating point. Accuracy (checked by the tests against <c>Math.Log2</c>/<c>Math.Pow</c>):
    /// <see cref="Log2"/> within 2⁻²⁷ absolute, <see cref="Exp2Q48"/> within 1e-8 relative.
    /// </summary>
    internal static class FixedPointMath
    {
        /// <summary>Fraction bits of the log/exp arguments and results.</summary>
        public const int FractionBits = 30;

        /// <summary>1.0 in Q30.</summary>
        public const long One = 1L << FractionBits;

        // 2^(2^-i) in Q30 for i = 1..30, rounded to nearest (computed with 60-digit decimal arithmetic).
        // Index 0 is unused so that the index equals i.
        private static readonly long[] RootsOfTwo =
        {
            0,
            1518500250, 1276901417, 1170923762, 1121280436, 1097253708, 1085434106, 1079572136, 1076653033,
            1075196443, 1074468888, 1074105294, 1073923544, 1073832680, 1073787251, 1073764537, 1073753181,
            1073747502, 1073744663, 1073743244, 1073742534, 1073742179, 1073742001, 1073741913, 1073741868,
            1073741846, 1073741835, 1073741830, 1073741827, 1073741825, 1073741825,
        };

        /// <summary>log2(<paramref name="value"/>) in Q30 for a value of at least 1.</summary>
        /// <remarks>
        /// The integer part comes from the position of the top bit; the fraction is found bit by bit by squaring the
        /// mantissa (each squaring doubles the logarithm; a result of 2 or more means the next bit is 1).
        /// </remarks>
        public static long Log2(long value)
        {
            if (value < 1)
            {
                throw new System.ArgumentOutOfRangeException("value", "log2 needs a value of at least 1");
            }

            int integerPart = 0;
            long probe = value;
            while (probe > 1)
            {
                probe >>= 1;
                integerPart++;
            }

            // Mantissa in [1, 2) as Q30. Values wider than 31 bits lose their lowest bits (relative 2^-30).
            long mantissa = integerPart <= FractionBits ? value << (FractionBits - integerPart) : value >> (integerPart - FractionBits);
            long fraction = 0;
            for (int bit = FractionBits - 1; bit >= 0; bit--)
            {
                mantissa = ((mantissa * mantissa) + (One >> 1)) >> FractionBits;
                if (mantissa >= 2 * One)
                {
                    mantissa >>= 1;
                    fraction |= 1L << bit;
                }
            }

            return ((long)integerPart << FractionBits) | fraction;
        }

        /// <summary>Fraction bits of the factors <see cref="Exp2Q48"/> returns and <see cref="MultiplyQ48"/> takes.</summary>
        public const int FactorFractionBits = 48;

        /// <summary>
        /// 2^(<paramref name="exponentQ30"/> / 2³⁰) as Q48, saturated to <see cref="long.MaxValue"/>; results below
        /// 2⁻⁴⁸ become 0. Q48 keeps at least 32 significant bits for every factor down to 2⁻¹⁶.
        /// </summary>
        public static long Exp2Q48(long exponentQ30)
        {
            long integerPart = exponentQ30 >> FractionBits; // arithmetic shift: floor, also for negative exponents
            long fraction = exponentQ30 & (One - 1);
            long mantissa = One;
            for (int i = 1; i <= FractionBits; i++)
            {
                if ((fraction & (1L << (FractionBits - i))) != 0)
                {
                    mantissa = ((mantissa * RootsOfTwo[i]) + (One >> 1)) >> FractionBits;
                }
            }

            // mantissa is in [2^30, 2^31): Q30 → Q48 is a further shift by 18.
            long shift = integerPart + (FactorFractionBits - FractionBits);
            if (shift >= 32)
            {
                return long.MaxValue;
            }

            if (shift >= 0)
            {
                return mantissa << (int)shift;
            }

            return shift <= -31 ? 0 : mantissa >> (int)(-shift);
        }

        /// <summary>
        /// (<paramref name="value"/> × <paramref name="factorQ48"/>) / 2⁴⁸, exact: returns the integer part and adds the
        /// 48-bit fraction to <paramref name="fractionCarry"/>, moving a whole unit out of it when it overflows.
        /// </summary>
        /// <param name="value">Non-negative, below 2⁴⁸ (the monitor passes at most 2³¹ µA × 60 000 ms &lt; 2⁴⁷).</param>
        /// <param name="factorQ48">Non-negative Q48 factor, below 2⁵⁶ (a factor below 256).</param>
        /// <param name="fractionCarry">Running fraction in units of 2⁻⁴⁸, kept below 2⁴⁸.</param>
        public static long MultiplyQ48(long value, long factorQ48, ref long fractionCarry)
        {
            // 64 × 64 → 128-bit product from 32-bit halves (no partial product overflows an unsigned 64-bit value).
            ulong a0 = (ulong)value & 0xFFFFFFFFUL;
            ulong a1 = (ulong)value >> 32;
            ulong f0 = (ulong)factorQ48 & 0xFFFFFFFFUL;
            ulong f1 = (ulong)factorQ48 >> 32;
            ulong low = a0 * f0;
            ulong cross1 = a1 * f0;
            ulong cross2 = a0 * f1;
            ulong middle = (low >> 32) + (cross1 & 0xFFFFFFFFUL) + (cross2 & 0xFFFFFFFFUL);
            ulong productLow = (low & 0xFFFFFFFFUL) | (middle << 32);
            ulong productHigh = (a1 * f1) + (cross1 >> 32) + (cross2 >> 32) + (middle >> 32);

            const ulong FractionMask = (1UL << FactorFractionBits) - 1;
            long whole = (long)((productHigh << (64 - FactorFractionBits)) | (productLow >> FactorFractionBits));
            long carry = fractionCarry + (long)(productLow & FractionMask);
            if (carry >= 1L << FactorFractionBits)
            {
                carry -= 1L << FactorFractionBits;
                whole++;
            }

            fractionCarry = carry;
            return whole;
        }

        /// <summary>The smaller of two longs, without going through double (nanoFramework's Math.Min(long) does).</summary>
        public static long Min(long a, long b)
        {
            return a < b ? a : b;
        }

        /// <summary>The larger of two longs.</summary>
        public static long Max(long a, long b)
        {
            return a > b ? a : b;
        }

        /// <summary>The magnitude of a long (long.MinValue saturates).</summary>
        public static long Abs(long a)
        {
            if (a == long.MinValue)
            {
                return long.MaxValue;
            }

            return a < 0 ? -a : a;
        }

        /// <summary>Clamps a long into the int range.</summary>
        public static int ClampToInt(long value)
        {
            if (value > int.MaxValue)
            {
                return int.MaxValue;
            }

            // int.MinValue is the "not available" marker, so the lowest real value is one above it.
            if (value <= int.MinValue)
            {
                return int.MinValue + 1;
            }

            return (int)value;
        }

        /// <summary>Division rounding up for positive operands.</summary>
        public static long DivideRoundingUp(long dividend, long divisor)
        {
            return (dividend + divisor - 1) / divisor;
        }
    }
}
