using CydShunt.Firmware.Settings;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Estimates the time to go: minutes until the state of charge reaches the discharge floor at the averaged,
    /// Peukert-corrected discharge current.
    /// </summary>
    /// <remarks>
    /// <para>The current is averaged by a first-order low-pass whose time constant is the averaging period (Victron's
    /// time-to-go filter; 0 = no averaging). The battery drains at I × (I/I20)^(n−1). "Discharging" is decided by the
    /// averaged current alone (a discharge beyond the current threshold), not by the live current: the status bits may
    /// say charging while the average still drains, and the other way round.</para>
    /// <para>Reads the monitor's <see cref="BatteryState"/> (synchronisation, Peukert counter) and settings copy; does
    /// not allocate.</para>
    /// </remarks>
    internal sealed class TimeToGoEstimator
    {
        /// <summary>
        /// Longest time to go reported, minutes (65534 ≈ 45.5 days): Victron's battery monitors keep time to go as an
        /// unsigned 16-bit count of minutes with 0xFFFF meaning "not available" (register 0x0FFE), so this is the most a
        /// BMV/SmartShunt can report; the BLE time-to-go fields have the same range.
        /// </summary>
        public const int MaximumMinutes = 65534;

        // The low-pass filter keeps 8 fraction bits of the averaged current.
        private const int AverageFractionBits = 8;

        private readonly BatterySettings settings;
        private readonly BatteryState state;
        private readonly PeukertCorrection peukert = new PeukertCorrection();
        private long thresholdMicroamps;
        private long averagingWindowMilliseconds;
        private bool hasAverage;
        private long averageCurrentScaled;
        private int minutes = Measurement.NotAvailable;

        /// <summary>Creates an estimator over the monitor's settings and state; call <see cref="Configure"/> after each settings change.</summary>
        public TimeToGoEstimator(BatterySettings settings, BatteryState state)
        {
            this.settings = settings;
            this.state = state;
        }

        /// <summary>The estimate of the last <see cref="Estimate"/>, at most <see cref="MaximumMinutes"/>; <see cref="Measurement.NotAvailable"/> before it and after <see cref="MarkNotAvailable"/>.</summary>
        public int Minutes
        {
            get { return minutes; }
        }

        /// <summary>Takes the current threshold, averaging period, Peukert exponent and capacity from the settings; the average is kept.</summary>
        public void Configure()
        {
            thresholdMicroamps = settings.CurrentThresholdMilliamps * 1000L;
            averagingWindowMilliseconds = settings.TimeToGoAveragingMinutes * 60000L;
            peukert.Configure(settings.PeukertExponentHundredths, settings.CapacityAmpHours);
        }

        /// <summary>Feeds the low-pass one sample's current (µA, after the threshold) that held for <paramref name="elapsed"/> ms.</summary>
        public void AddCurrent(long current, long elapsed)
        {
            long target = current << AverageFractionBits;
            if (!hasAverage || averagingWindowMilliseconds == 0 || elapsed >= averagingWindowMilliseconds)
            {
                averageCurrentScaled = target;
                hasAverage = true;
                return;
            }

            averageCurrentScaled += (target - averageCurrentScaled) * elapsed / averagingWindowMilliseconds;
        }

        /// <summary>
        /// Recomputes <see cref="Minutes"/> from the averaged current and the SOC counter: 0 at or below the floor;
        /// not available unless the average is a discharge beyond the threshold, the battery is synchronised and a
        /// capacity is set.
        /// </summary>
        public void Estimate()
        {
            minutes = Compute();
        }

        /// <summary>The sensor did not answer: no estimate until the next <see cref="Estimate"/>.</summary>
        public void MarkNotAvailable()
        {
            minutes = Measurement.NotAvailable;
        }

        private int Compute()
        {
            if (!state.Synchronised || settings.CapacityAmpHours == 0)
            {
                return Measurement.NotAvailable;
            }

            long average = averageCurrentScaled >> AverageFractionBits;
            if (average >= 0 || -average <= thresholdMicroamps)
            {
                return Measurement.NotAvailable;
            }

            long drain = -average;
            long carry = 0;
            long effectiveDrain = FixedPointMath.MultiplyQ48(drain, peukert.FactorQ48(drain), ref carry);
            if (effectiveDrain <= 0)
            {
                return Measurement.NotAvailable;
            }

            // capacity [Ah] × 3.6e12 µA·ms × (100 − floor) / 100
            long usable = settings.CapacityAmpHours * 36000000000L * (100 - settings.DischargeFloorPercent);
            long remaining = usable + state.PeukertConsumedMicroampMilliseconds;
            if (remaining <= 0)
            {
                return 0;
            }

            long result = remaining / effectiveDrain / 60000;
            return result > MaximumMinutes ? MaximumMinutes : (int)result;
        }
    }
}
