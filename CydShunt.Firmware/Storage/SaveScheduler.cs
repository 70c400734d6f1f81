using System;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Storage
{
    /// <summary>
    /// Decides when the battery state is written to flash: every <see cref="PeriodMilliseconds"/>, when the state of
    /// charge has moved by <see cref="StateOfChargeStepCentipercent"/>, and on events (synchronisation, counter reset,
    /// settings change) — but never sooner than <see cref="MinimumIntervalMilliseconds"/> after the previous attempt,
    /// which bounds the flash writes per day (<see cref="WorstCaseWritesPerDay"/>; README.md, "Flash wear").
    /// <para>
    /// Use: call <see cref="Check"/> every tick (it allocates nothing and changes nothing); when it returns anything
    /// but <see cref="SaveTriggers.None"/>, save and report the outcome with <see cref="MarkSaved"/> or
    /// <see cref="MarkFailed"/>. Call <see cref="Request"/> when an event happens and <see cref="Restored"/> after the
    /// state was loaded at boot. A power cut loses at most the changes since the last save: less than one period and
    /// less than one state-of-charge step (or the minimum interval's worth after an event).
    /// </para>
    /// </summary>
    public sealed class SaveScheduler
    {
        /// <summary>Default save period: 15 minutes.</summary>
        public const long DefaultPeriodMilliseconds = 15L * 60 * 1000;

        /// <summary>Default minimum time between two writes: 2 minutes.</summary>
        public const long DefaultMinimumIntervalMilliseconds = 2L * 60 * 1000;

        /// <summary>Default state-of-charge step that triggers a save: 1.00 %.</summary>
        public const int DefaultStateOfChargeStepCentipercent = 100;

        /// <summary>State of charge value meaning "not known" (the protocol's not-available marker).</summary>
        public const int StateOfChargeUnknown = int.MinValue;

        private const long MillisecondsPerDay = 24L * 60 * 60 * 1000;

        private readonly IClock _clock;
        private long _lastSaveMilliseconds;
        private long _lastAttemptMilliseconds;
        private int _savedStateOfCharge = StateOfChargeUnknown;
        private SaveTriggers _pending;

        /// <summary>Creates a scheduler with the default policy (15 min, 2 min, 1 %).</summary>
        /// <param name="clock">The monotonic clock.</param>
        public SaveScheduler(IClock clock)
            : this(clock, DefaultPeriodMilliseconds, DefaultMinimumIntervalMilliseconds, DefaultStateOfChargeStepCentipercent)
        {
        }

        /// <summary>Creates a scheduler. The clock's current time counts as the last save (the state was just loaded).</summary>
        /// <param name="clock">The monotonic clock.</param>
        /// <param name="periodMilliseconds">Save at least this often while running, &gt; 0.</param>
        /// <param name="minimumIntervalMilliseconds">Never write sooner than this after the previous attempt, 1..period.</param>
        /// <param name="stateOfChargeStepCentipercent">State-of-charge change (0.01 %) that triggers a save, 1..10000.</param>
        public SaveScheduler(IClock clock, long periodMilliseconds, long minimumIntervalMilliseconds, int stateOfChargeStepCentipercent)
        {
            if (clock == null)
            {
                throw new ArgumentNullException(nameof(clock));
            }

            if (periodMilliseconds <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(periodMilliseconds), "the period must be positive");
            }

            if (minimumIntervalMilliseconds <= 0 || minimumIntervalMilliseconds > periodMilliseconds)
            {
                throw new ArgumentOutOfRangeException(nameof(minimumIntervalMilliseconds), "the minimum interval must be positive and not longer than the period");
            }

            if (stateOfChargeStepCentipercent < 1 || stateOfChargeStepCentipercent > 10000)
            {
                throw new ArgumentOutOfRangeException(nameof(stateOfChargeStepCentipercent), "the step must be 0.01 % .. 100 %");
            }

            _clock = clock;
            PeriodMilliseconds = periodMilliseconds;
            MinimumIntervalMilliseconds = minimumIntervalMilliseconds;
            StateOfChargeStepCentipercent = stateOfChargeStepCentipercent;
            _lastSaveMilliseconds = clock.MillisecondsSinceBoot;
            _lastAttemptMilliseconds = _lastSaveMilliseconds;
        }

        /// <summary>Save at least this often, in milliseconds.</summary>
        public long PeriodMilliseconds { get; }

        /// <summary>Minimum time between two write attempts, in milliseconds.</summary>
        public long MinimumIntervalMilliseconds { get; }

        /// <summary>State-of-charge change that triggers a save, in 0.01 %.</summary>
        public int StateOfChargeStepCentipercent { get; }

        /// <summary>Upper bound of battery-state write attempts starting in any 24 hours (half-open window), whatever triggers them: attempts are at least one minimum interval apart.</summary>
        public long WorstCaseWritesPerDay
        {
            get { return (MillisecondsPerDay + MinimumIntervalMilliseconds - 1) / MinimumIntervalMilliseconds; }
        }

        /// <summary>Events waiting for the next save.</summary>
        public SaveTriggers Pending
        {
            get { return _pending; }
        }

        /// <summary>Records an event that calls for a save at the next allowed moment.</summary>
        /// <param name="triggers">The event(s).</param>
        public void Request(SaveTriggers triggers)
        {
            _pending |= triggers;
        }

        /// <summary>Baselines the scheduler after the state was loaded at boot (or reset to defaults).</summary>
        /// <param name="stateOfChargeCentipercent">The loaded state of charge, or <see cref="StateOfChargeUnknown"/>.</param>
        public void Restored(int stateOfChargeCentipercent)
        {
            _savedStateOfCharge = stateOfChargeCentipercent;
            _lastSaveMilliseconds = _clock.MillisecondsSinceBoot;
            _lastAttemptMilliseconds = _lastSaveMilliseconds;
        }

        /// <summary>Whether a save is due now and why. Changes nothing and allocates nothing.</summary>
        /// <param name="stateOfChargeCentipercent">The current state of charge (0.01 %), or <see cref="StateOfChargeUnknown"/>.</param>
        /// <returns>The reasons, or <see cref="SaveTriggers.None"/> when no save is due.</returns>
        public SaveTriggers Check(int stateOfChargeCentipercent)
        {
            long now = _clock.MillisecondsSinceBoot;
            if (now - _lastAttemptMilliseconds < MinimumIntervalMilliseconds)
            {
                return SaveTriggers.None;
            }

            SaveTriggers due = _pending;
            if (now - _lastSaveMilliseconds >= PeriodMilliseconds)
            {
                due |= SaveTriggers.Periodic;
            }

            if (stateOfChargeCentipercent != StateOfChargeUnknown)
            {
                if (_savedStateOfCharge == StateOfChargeUnknown)
                {
                    due |= SaveTriggers.StateOfChargeChanged;
                }
                else
                {
                    long moved = (long)stateOfChargeCentipercent - _savedStateOfCharge;
                    if (moved >= StateOfChargeStepCentipercent || -moved >= StateOfChargeStepCentipercent)
                    {
                        due |= SaveTriggers.StateOfChargeChanged;
                    }
                }
            }

            return due;
        }

        /// <summary>Reports a successful save: clears the pending events and restarts the period.</summary>
        /// <param name="stateOfChargeCentipercent">The state of charge that was saved.</param>
        public void MarkSaved(int stateOfChargeCentipercent)
        {
            long now = _clock.MillisecondsSinceBoot;
            _lastSaveMilliseconds = now;
            _lastAttemptMilliseconds = now;
            _savedStateOfCharge = stateOfChargeCentipercent;
            _pending = SaveTriggers.None;
        }

        /// <summary>Reports a failed save: the triggers stay and the save is retried after the minimum interval.</summary>
        public void MarkFailed()
        {
            _lastAttemptMilliseconds = _clock.MillisecondsSinceBoot;
        }
    }
}
