namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Peukert's law as a battery monitor applies it: a discharge current I drains the battery like
    /// I × (I / I₂₀)^(n−1), where I₂₀ = capacity / 20 h is the current the capacity is rated at and n is the Peukert
    /// exponent. Above I₂₀ the battery empties faster than the ampere-hours suggest, below it slower.
    /// </summary>
    /// <remarks>
    /// Settings change rarely, so log2(I₂₀) is computed once in <see cref="Configure"/>; per sample only
    /// (n−1)·(log2 I − log2 I₂₀) and one power of two are evaluated, in integer Q30 arithmetic
    /// (<see cref="FixedPointMath"/>), without allocation. The factor's relative error is below 1e-7 for every current
    /// from 1 µA to 2147 A (tested against <c>Math.Pow</c>). The last current's factor is cached because loads are
    /// often steady.
    /// </remarks>
    internal sealed class PeukertCorrection
    {
        /// <summary>Largest factor returned, in Q48 (just below 256): keeps <see cref="FixedPointMath.MultiplyQ48"/> in range.</summary>
        public const long MaximumFactorQ48 = (1L << 56) - 1;

        /// <summary>1.0 in Q48.</summary>
        public const long UnityQ48 = 1L << FixedPointMath.FactorFractionBits;

        private int exponentExcessHundredths;
        private long log2RatedCurrent;
        private long cachedCurrent = -1;
        private long cachedFactor = UnityQ48;

        /// <summary>Whether the correction changes anything (exponent above 1.00 and a capacity configured).</summary>
        public bool IsActive
        {
            get { return exponentExcessHundredths != 0; }
        }

        /// <summary>Sets the exponent and the capacity; exponent 1.00 or capacity 0 turns the correction off.</summary>
        /// <param name="exponentHundredths">Peukert exponent × 100 (100 = 1.00, 125 = 1.25).</param>
        /// <param name="capacityAmpHours">Rated (20 h) capacity; 0 = not configured.</param>
        public void Configure(int exponentHundredths, int capacityAmpHours)
        {
            if (capacityAmpHours <= 0 || exponentHundredths <= 100)
            {
                exponentExcessHundredths = 0;
            }
            else
            {
                exponentExcessHundredths = exponentHundredths - 100;

                // I20 in µA = capacity [Ah] × 10^6 / 20.
                log2RatedCurrent = FixedPointMath.Log2(capacityAmpHours * 50000L);
            }

            cachedCurrent = -1;
            cachedFactor = UnityQ48;
        }

        /// <summary>The factor (I / I₂₀)^(n−1) in Q48 for a discharge current magnitude in µA.</summary>
        public long FactorQ48(long currentMicroamps)
        {
            if (exponentExcessHundredths == 0 || currentMicroamps <= 0)
            {
                return UnityQ48;
            }

            if (currentMicroamps == cachedCurrent)
            {
                return cachedFactor;
            }

            long log2Ratio = FixedPointMath.Log2(currentMicroamps) - log2RatedCurrent;
            long exponent = log2Ratio * exponentExcessHundredths / 100;
            long factor = FixedPointMath.Exp2Q48(exponent);
            if (factor > MaximumFactorQ48)
            {
                factor = MaximumFactorQ48;
            }

            cachedCurrent = currentMicroamps;
            cachedFactor = factor;
            return factor;
        }
    }
}
