using CydShunt.Firmware.Settings;

namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Decides when the battery is charged, as Victron's monitors do: voltage at or above the charged voltage and
    /// current at or below the tail current, both without a break for the charged-detection time.
    /// </summary>
    /// <remarks>
    /// It fires once per charge: the conditions must break before it can fire again. It needs a configured capacity
    /// (the tail current is a share of it). The time is measured from the first sample that meets both conditions.
    /// </remarks>
    internal sealed class ChargedDetector
    {
        private readonly BatterySettings settings;
        private long tailCurrentMicroamps;
        private long chargedVoltageMicrovolts;
        private long detectionMilliseconds;
        private bool conditionHolding;
        private long conditionSinceMilliseconds;
        private bool fired;

        /// <summary>Creates a detector over the monitor's settings; call <see cref="Configure"/> after each settings change.</summary>
        public ChargedDetector(BatterySettings settings)
        {
            this.settings = settings;
        }

        /// <summary>Takes the charged voltage, tail current and detection time from the settings and starts afresh.</summary>
        public void Configure()
        {
            tailCurrentMicroamps = settings.TailCurrentMicroamps;
            chargedVoltageMicrovolts = settings.ChargedVoltageMillivolts * 1000L;
            detectionMilliseconds = settings.ChargedDetectionMinutes * 60000L;
            conditionHolding = false;
            fired = false;
        }

        /// <summary>Takes one sample (voltage in µV, current in µA after the current threshold).</summary>
        /// <returns>True exactly when the battery has just been detected as charged.</returns>
        public bool Observe(long nowMilliseconds, long voltageMicrovolts, long current)
        {
            bool conditionsMet = settings.CapacityAmpHours > 0
                && voltageMicrovolts >= chargedVoltageMicrovolts
                && current <= tailCurrentMicroamps;
            if (!conditionsMet)
            {
                conditionHolding = false;
                fired = false;
                return false;
            }

            if (!conditionHolding)
            {
                conditionHolding = true;
                conditionSinceMilliseconds = nowMilliseconds;
            }

            if (!fired && nowMilliseconds - conditionSinceMilliseconds >= detectionMilliseconds)
            {
                fired = true;
                return true;
            }

            return false;
        }

        /// <summary>
        /// A sensor fault breaks the run of samples: the detection time starts again with the next sample that meets
        /// the conditions. A detection that already fired still needs the conditions to break before it fires again.
        /// </summary>
        public void Interrupt()
        {
            conditionHolding = false;
        }
    }
}
