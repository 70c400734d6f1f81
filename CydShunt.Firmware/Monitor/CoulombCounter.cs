using CydShunt.Firmware.Settings;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Counts the charge that flows into and out of the battery (coulomb counting) and reads the state of charge off
    /// that count.
    /// </summary>
    /// <remarks>
    /// <para>Charge is counted in µA·ms, so every sample adds an exact integer. Two counters run side by side: consumed
    /// charge, corrected by the charge efficiency factor only (as the BMV shows it), and the SOC counter, which is also
    /// Peukert-corrected. The CEF product (× percent / 100) and the Peukert product (Q48 factor) carry their remainders
    /// into the next sample; both counters are clamped at 0 (full): charging a full battery does not store more. The
    /// charge drawn over the battery's life (H6) is counted in whole mAh plus an exact remainder.</para>
    /// <para>Works on the monitor's <see cref="BatteryState"/> and settings copy; does not allocate.</para>
    /// </remarks>
    internal sealed class CoulombCounter
    {
        private const long MicroampMillisecondsPerMilliampHour = BatteryState.MicroampMillisecondsPerMilliampHour;

        private readonly BatterySettings settings;
        private readonly BatteryState state;
        private readonly PeukertCorrection peukert = new PeukertCorrection();

        /// <summary>Creates a counter over the monitor's settings and state; call <see cref="Configure"/> after each settings change.</summary>
        public CoulombCounter(BatterySettings settings, BatteryState state)
        {
            this.settings = settings;
            this.state = state;
        }

        /// <summary>
        /// State of charge in 0.01 %, rounded down (100.00 % only while nothing has been taken out), from the
        /// Peukert-corrected counter; <see cref="Measurement.NotAvailable"/> while not synchronised or without a capacity.
        /// </summary>
        public int StateOfChargeCentipercent
        {
            get
            {
                if (!state.Synchronised || settings.CapacityAmpHours == 0)
                {
                    return Measurement.NotAvailable;
                }

                long deficit = -state.PeukertConsumedMicroampMilliseconds + (state.PeukertFraction > 0 ? 1 : 0);
                long soc = 10000 - FixedPointMath.DivideRoundingUp(deficit, MicroampMillisecondsPerCentipercent());
                return soc < 0 ? 0 : (int)soc;
            }
        }

        /// <summary>Takes the Peukert exponent and capacity from the settings.</summary>
        public void Configure()
        {
            peukert.Configure(settings.PeukertExponentHundredths, settings.CapacityAmpHours);
        }

        /// <summary>Counts <paramref name="current"/> (µA, + = charging, not 0) for <paramref name="interval"/> ms (&gt; 0).</summary>
        public void Count(long current, long interval)
        {
            long charge = current * interval;
            if (charge > 0)
            {
                // Charge efficiency: only CEF % of the charge is stored. The remainder of the division is carried.
                long scaled = (charge * settings.ChargeEfficiencyPercent) + state.ChargeEfficiencyRemainder;
                long stored = scaled / 100;
                state.ChargeEfficiencyRemainder = (int)(scaled % 100);
                state.ConsumedMicroampMilliseconds += stored;
                state.PeukertConsumedMicroampMilliseconds += stored;
                if (state.ConsumedMicroampMilliseconds >= 0)
                {
                    state.ConsumedMicroampMilliseconds = 0;
                    state.ChargeEfficiencyRemainder = 0;
                }

                if (state.PeukertConsumedMicroampMilliseconds >= 0)
                {
                    state.PeukertConsumedMicroampMilliseconds = 0;
                    state.PeukertFraction = 0;
                }

                return;
            }

            long drawn = -charge;
            state.ConsumedMicroampMilliseconds = SaturatingSubtract(state.ConsumedMicroampMilliseconds, drawn);
            long drawnRemainder = state.CumulativeDrawnRemainder + drawn;
            if (drawnRemainder >= MicroampMillisecondsPerMilliampHour)
            {
                state.CumulativeDrawnMilliampHours += drawnRemainder / MicroampMillisecondsPerMilliampHour;
                drawnRemainder %= MicroampMillisecondsPerMilliampHour;
            }

            state.CumulativeDrawnRemainder = drawnRemainder;

            // Peukert: the battery loses drawn × (I/I20)^(n-1); the sub-µA·ms part is carried in PeukertFraction.
            long fraction = state.PeukertFraction;
            long effective = FixedPointMath.MultiplyQ48(drawn, peukert.FactorQ48(-current), ref fraction);
            state.PeukertFraction = fraction;
            state.PeukertConsumedMicroampMilliseconds = SaturatingSubtract(state.PeukertConsumedMicroampMilliseconds, effective);
        }

        /// <summary>Both counters := 0 (full), remainders dropped.</summary>
        public void ResetToFull()
        {
            state.ConsumedMicroampMilliseconds = 0;
            state.ChargeEfficiencyRemainder = 0;
            state.PeukertConsumedMicroampMilliseconds = 0;
            state.PeukertFraction = 0;
        }

        /// <summary>Sets both counters to the charge missing at <paramref name="centipercent"/> (0..10000) of the capacity.</summary>
        /// <returns>False, changing nothing, without a capacity or outside 0..10000.</returns>
        public bool TrySetStateOfCharge(int centipercent)
        {
            if (settings.CapacityAmpHours == 0 || centipercent < 0 || centipercent > 10000)
            {
                return false;
            }

            long consumed = -(10000L - centipercent) * MicroampMillisecondsPerCentipercent();
            state.ConsumedMicroampMilliseconds = consumed;
            state.PeukertConsumedMicroampMilliseconds = consumed;
            state.ChargeEfficiencyRemainder = 0;
            state.PeukertFraction = 0;
            return true;
        }

        private static long SaturatingSubtract(long value, long amount)
        {
            // Far beyond any battery (2.5 million Ah); only guards against wrapping round.
            const long Floor = -(1L << 62);
            long result = value - amount;
            return result < Floor ? Floor : result;
        }

        private long MicroampMillisecondsPerCentipercent()
        {
            // capacity [Ah] × 3.6e12 µA·ms/Ah / 10000
            return settings.CapacityAmpHours * 360000000L;
        }
    }
}
