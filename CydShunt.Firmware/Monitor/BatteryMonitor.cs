using System;
using CydShunt.Firmware.Settings;

namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// The battery monitor, with the behaviour users know from Victron's BMV-712/SmartShunt: coulomb counting with a
    /// charge efficiency factor and Peukert correction, a current threshold, synchronisation to 100 % at the charged
    /// voltage and tail current, time to go down to the discharge floor, energy counters, history and alarms.
    /// </summary>
    /// <remarks>
    /// <para>Feed it one sample per sensor read with <see cref="Update"/>, or <see cref="ReportSensorFault"/> when the
    /// sensor did not answer. Each sample's current counts for the time since the previous call (the sensor averages
    /// over its conversion window, which ends at the sample), at most <see cref="MaximumIntegrationIntervalMilliseconds"/>:
    /// after a longer pause the current in between is unknown, and extrapolating it would invent charge.</para>
    /// <para>All arithmetic is integer. Charge is counted in µA·ms, so every sample adds an exact integer and the
    /// counters cannot drift; the CEF (×percent/100) and Peukert (Q48 factor) products carry their remainders into the
    /// next sample. Update does not allocate.</para>
    /// <para>Consumed charge is CEF-corrected only (as the BMV shows it); SOC uses a second counter that is also
    /// Peukert-corrected. Both are clamped at 0 (full): charging a full battery does not store more.</para>
    /// </remarks>
    public sealed class BatteryMonitor : IBatteryMonitorView
    {
        /// <summary>The "not available" value of every quantity (<see cref="int.MinValue"/>).</summary>
        public const int NotAvailable = int.MinValue;

        /// <summary>Longest interval one sample's current is counted for.</summary>
        public const long MaximumIntegrationIntervalMilliseconds = 60000;

        /// <summary>SOC below this (0.01 %) arms a charge cycle (65 %).</summary>
        public const int CycleLowCentipercent = 6500;

        /// <summary>SOC above this (0.01 %) completes an armed charge cycle (90 %).</summary>
        public const int CycleHighCentipercent = 9000;

        /// <summary>SOC above this (0.01 %) re-arms full-discharge counting after one was counted (10 %).</summary>
        public const int FullDischargeRearmCentipercent = 1000;

        /// <summary>
        /// Longest time to go reported, minutes (65534 ≈ 45.5 days): Victron's battery monitors keep time to go as an
        /// unsigned 16-bit count of minutes with 0xFFFF meaning "not available" (register 0x0FFE), so this is the most a
        /// BMV/SmartShunt can report; the BLE time-to-go fields have the same range.
        /// </summary>
        public const int MaximumTimeToGoMinutes = 65534;

        private const long MicroampMillisecondsPerMilliampHour = BatteryState.MicroampMillisecondsPerMilliampHour;

        // The low-pass filter of the time-to-go current keeps 8 fraction bits.
        private const int AverageFractionBits = 8;

        private readonly BatterySettings settings = new BatterySettings();
        private readonly BatteryState state = new BatteryState();
        private readonly PeukertCorrection samplePeukert = new PeukertCorrection();
        private readonly PeukertCorrection timeToGoPeukert = new PeukertCorrection();

        // Derived from the settings in ApplySettings.
        private long thresholdMicroamps;
        private long tailCurrentMicroamps;
        private long chargedVoltageMicrovolts;
        private long chargedDetectionMilliseconds;
        private long averagingWindowMilliseconds;

        // Runtime values, not persisted.
        private bool hasTime;
        private long lastCallMilliseconds;
        private bool hasMeasurement;
        private bool sensorFault;
        private int liveVoltageMillivolts = NotAvailable;
        private long liveCurrentMicroamps;
        private int livePowerMilliwatts = NotAvailable;
        private int liveTemperatureCentidegrees = NotAvailable;
        private bool chargedConditionHolding;
        private long chargedConditionSinceMilliseconds;
        private bool chargedLatch;
        private bool hasAverage;
        private long averageCurrentScaled;
        private int timeToGoMinutes = NotAvailable;
        private int lastKnownStateOfCharge = 10000;

        /// <summary>Creates a monitor; a battery without saved state starts as <see cref="BatterySettings.BatteryStartsSynchronised"/> says.</summary>
        /// <exception cref="ArgumentException">The settings are invalid (the message names the reason).</exception>
        public BatteryMonitor(BatterySettings settings)
        {
            BatterySettingsError error = ApplySettings(settings);
            if (error != BatterySettingsError.None)
            {
                throw new ArgumentException("invalid battery settings: " + BatterySettingsErrors.Describe(error), "settings");
            }

            state.Synchronised = this.settings.BatteryStartsSynchronised;
        }

        /// <summary>The settings in use (a private copy; change them with <see cref="ApplySettings"/>).</summary>
        public BatterySettings Settings
        {
            get { return settings; }
        }

        /// <inheritdoc/>
        public BatteryStatus Status
        {
            get
            {
                BatteryStatus status = BatteryStatus.None;
                if (state.Synchronised)
                {
                    status |= BatteryStatus.Synchronised;
                }

                if (state.ActiveAlarms != BatteryAlarms.None)
                {
                    status |= BatteryStatus.AlarmActive;
                }

                if (sensorFault)
                {
                    status |= BatteryStatus.SensorFault;
                }
                else if (liveCurrentMicroamps > 0)
                {
                    status |= BatteryStatus.Charging;
                }
                else if (liveCurrentMicroamps < 0)
                {
                    status |= BatteryStatus.Discharging;
                }

                return status;
            }
        }

        /// <inheritdoc/>
        public bool Synchronised
        {
            get { return state.Synchronised; }
        }

        /// <inheritdoc/>
        public bool SensorFault
        {
            get { return sensorFault; }
        }

        /// <inheritdoc/>
        public int VoltageMillivolts
        {
            get { return HasLiveValues ? liveVoltageMillivolts : NotAvailable; }
        }

        /// <inheritdoc/>
        public int CurrentMilliamps
        {
            get { return HasLiveValues ? (int)(liveCurrentMicroamps / 1000) : NotAvailable; }
        }

        /// <inheritdoc/>
        public int PowerMilliwatts
        {
            get { return HasLiveValues ? livePowerMilliwatts : NotAvailable; }
        }

        /// <inheritdoc/>
        public int TemperatureCentidegrees
        {
            get { return HasLiveValues ? liveTemperatureCentidegrees : NotAvailable; }
        }

        /// <inheritdoc/>
        public int ConsumedMilliampHours
        {
            get
            {
                return state.Synchronised
                    ? FixedPointMath.ClampToInt(state.ConsumedMicroampMilliseconds / MicroampMillisecondsPerMilliampHour)
                    : NotAvailable;
            }
        }

        /// <inheritdoc/>
        public int StateOfChargeCentipercent
        {
            get { return ComputeStateOfCharge(); }
        }

        /// <inheritdoc/>
        public int LastKnownStateOfChargeCentipercent
        {
            get
            {
                int soc = ComputeStateOfCharge();
                return soc == NotAvailable ? lastKnownStateOfCharge : soc;
            }
        }

        /// <inheritdoc/>
        public int TimeToGoMinutes
        {
            get { return timeToGoMinutes; }
        }

        /// <inheritdoc/>
        public int EnergyChargedWattHours
        {
            get { return FixedPointMath.ClampToInt(state.EnergyChargedWattHours); }
        }

        /// <inheritdoc/>
        public int EnergyDischargedWattHours
        {
            get { return FixedPointMath.ClampToInt(state.EnergyDischargedWattHours); }
        }

        /// <inheritdoc/>
        public BatteryAlarms ActiveAlarms
        {
            get { return state.ActiveAlarms; }
        }

        /// <inheritdoc/>
        public int DeepestDischargeMilliampHours
        {
            get { return FixedPointMath.ClampToInt(state.DeepestDischargeMilliampHours); }
        }

        /// <inheritdoc/>
        public int LastDischargeMilliampHours
        {
            get { return FixedPointMath.ClampToInt(state.LastDischargeMilliampHours); }
        }

        /// <inheritdoc/>
        public int AverageDischargeMilliampHours
        {
            get
            {
                // Victron: cumulative Ah drawn / number of charge cycles. Before the first cycle there is no average and
                // a BMV sends 0 (H3 0 beside H4 0), not the cumulative figure, which would be deeper than H1.
                if (state.ChargeCycles <= 0)
                {
                    return 0;
                }

                return FixedPointMath.ClampToInt(-(state.CumulativeDrawnMilliampHours / state.ChargeCycles));
            }
        }

        /// <inheritdoc/>
        public int ChargeCycles
        {
            get { return state.ChargeCycles; }
        }

        /// <inheritdoc/>
        public int FullDischarges
        {
            get { return state.FullDischarges; }
        }

        /// <inheritdoc/>
        public int CumulativeDrawnMilliampHours
        {
            get { return FixedPointMath.ClampToInt(-state.CumulativeDrawnMilliampHours); }
        }

        /// <inheritdoc/>
        public int MinimumVoltageMillivolts
        {
            get { return state.MinimumVoltageMillivolts; }
        }

        /// <inheritdoc/>
        public int MaximumVoltageMillivolts
        {
            get { return state.MaximumVoltageMillivolts; }
        }

        /// <inheritdoc/>
        public int SecondsSinceFullCharge
        {
            get { return FixedPointMath.ClampToInt(state.MillisecondsSinceFullCharge / 1000); }
        }

        /// <inheritdoc/>
        public int AutomaticSynchronisations
        {
            get { return state.AutomaticSynchronisations; }
        }

        /// <inheritdoc/>
        public int LowVoltageAlarms
        {
            get { return state.LowVoltageAlarms; }
        }

        /// <inheritdoc/>
        public int HighVoltageAlarms
        {
            get { return state.HighVoltageAlarms; }
        }

        /// <inheritdoc/>
        public int LowStateOfChargeAlarms
        {
            get { return state.LowStateOfChargeAlarms; }
        }

        /// <inheritdoc/>
        public int HighTemperatureAlarms
        {
            get { return state.HighTemperatureAlarms; }
        }

        /// <inheritdoc/>
        public int LowTemperatureAlarms
        {
            get { return state.LowTemperatureAlarms; }
        }

        /// <inheritdoc/>
        public int MinimumAuxVoltageMillivolts
        {
            get { return NotAvailable; }
        }

        /// <inheritdoc/>
        public int MaximumAuxVoltageMillivolts
        {
            get { return NotAvailable; }
        }

        /// <inheritdoc/>
        public int DischargedEnergyHundredthsKilowattHour
        {
            get { return FixedPointMath.ClampToInt(state.EnergyDischargedWattHours / 10); }
        }

        /// <inheritdoc/>
        public int ChargedEnergyHundredthsKilowattHour
        {
            get { return FixedPointMath.ClampToInt(state.EnergyChargedWattHours / 10); }
        }

        private bool HasLiveValues
        {
            get { return hasMeasurement && !sensorFault; }
        }

        /// <summary>
        /// Takes new settings (copied). Counters are kept; SOC and time to go follow the new capacity. Invalid settings
        /// are refused and the old ones stay.
        /// </summary>
        /// <returns><see cref="BatterySettingsError.None"/>, or why the settings were refused.</returns>
        public BatterySettingsError ApplySettings(BatterySettings newSettings)
        {
            if (newSettings == null)
            {
                throw new ArgumentNullException("newSettings");
            }

            BatterySettingsError error = newSettings.Validate();
            if (error != BatterySettingsError.None)
            {
                return error;
            }

            settings.CopyFrom(newSettings);
            thresholdMicroamps = settings.CurrentThresholdMilliamps * 1000L;
            tailCurrentMicroamps = settings.TailCurrentMicroamps;
            chargedVoltageMicrovolts = settings.ChargedVoltageMillivolts * 1000L;
            chargedDetectionMilliseconds = settings.ChargedDetectionMinutes * 60000L;
            averagingWindowMilliseconds = settings.TimeToGoAveragingMinutes * 60000L;
            samplePeukert.Configure(settings.PeukertExponentHundredths, settings.CapacityAmpHours);
            timeToGoPeukert.Configure(settings.PeukertExponentHundredths, settings.CapacityAmpHours);
            chargedConditionHolding = false;
            chargedLatch = false;
            return BatterySettingsError.None;
        }

        /// <summary>BLE control point 0x03: sets the battery capacity (1..65534 Ah). The caller persists <see cref="Settings"/>.</summary>
        /// <returns><see cref="BatterySettingsError.None"/>, or <see cref="BatterySettingsError.CapacityOutOfRange"/>.</returns>
        public BatterySettingsError SetBatteryCapacity(int capacityAmpHours)
        {
            if (capacityAmpHours < 1 || capacityAmpHours > BatterySettings.MaximumCapacityAmpHours)
            {
                return BatterySettingsError.CapacityOutOfRange;
            }

            // The current settings are valid and only the capacity changes, so re-applying them cannot fail.
            settings.CapacityAmpHours = capacityAmpHours;
            return ApplySettings(settings);
        }

        /// <summary>BLE control point 0x01: energy charged and discharged := 0 (H17 and H18 are the same counters).</summary>
        public void ResetEnergyCounters()
        {
            state.EnergyChargedWattHours = 0;
            state.EnergyChargedRemainder = 0;
            state.EnergyChargedFineRemainder = 0;
            state.EnergyDischargedWattHours = 0;
            state.EnergyDischargedRemainder = 0;
            state.EnergyDischargedFineRemainder = 0;
        }

        /// <summary>BLE control point 0x02 ("Synchronise SOC to 100 %"): consumed := 0, SOC := 100 %, synchronised.</summary>
        /// <remarks>Counts as a full charge for H9 but not as an automatic synchronisation (H10).</remarks>
        public void SynchroniseToFull()
        {
            Synchronise(false);
        }

        /// <summary>
        /// Sets the state of charge by hand (Victron's "State of charge" setting), e.g. after installing the monitor on
        /// a partly charged battery. The battery becomes synchronised. Needs a configured capacity.
        /// </summary>
        /// <returns>Whether the SOC was set (false without a capacity or outside 0..10000).</returns>
        public bool SetStateOfCharge(int centipercent)
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
            state.Synchronised = true;
            EvaluateStateOfChargeHistory();
            return true;
        }

        /// <summary>Clears the history (H1..H18, alarm counts) as Victron's "Reset history" does; SOC is kept.</summary>
        public void ResetHistory()
        {
            state.DeepestDischargeMilliampHours = 0;
            state.LastDischargeMilliampHours = 0;
            state.LastDischargeRestartPending = false;
            state.ChargeCycles = 0;
            state.CycleArmed = false;
            state.FullDischarges = 0;
            state.FullDischargeCounted = false;
            state.CumulativeDrawnMilliampHours = 0;
            state.CumulativeDrawnRemainder = 0;
            state.MinimumVoltageMillivolts = NotAvailable;
            state.MaximumVoltageMillivolts = NotAvailable;
            state.MillisecondsSinceFullCharge = 0;
            state.AutomaticSynchronisations = 0;
            state.LowVoltageAlarms = 0;
            state.HighVoltageAlarms = 0;
            state.LowStateOfChargeAlarms = 0;
            state.HighTemperatureAlarms = 0;
            state.LowTemperatureAlarms = 0;
            ResetEnergyCounters();
        }

        /// <summary>Copies the persistent state into <paramref name="destination"/> (no allocation) for the storage layer.</summary>
        public void CopyStateTo(BatteryState destination)
        {
            if (destination == null)
            {
                throw new ArgumentNullException("destination");
            }

            destination.CopyFrom(state);
        }

        /// <summary>
        /// Continues from a saved state (after a reboot). The saved synchronisation flag wins over
        /// <see cref="BatterySettings.BatteryStartsSynchronised"/>, which only applies to a battery without saved state:
        /// unlike a BMV, which loses its count when unpowered, this monitor saved it.
        /// </summary>
        /// <exception cref="ArgumentException">The state breaks its invariants (<see cref="BatteryState.Validate"/>).</exception>
        public void RestoreState(BatteryState saved)
        {
            if (saved == null)
            {
                throw new ArgumentNullException("saved");
            }

            if (saved.Validate() != BatteryStateError.None)
            {
                throw new ArgumentException("invalid battery state", "saved");
            }

            state.CopyFrom(saved);
            int soc = ComputeStateOfCharge();
            if (soc != NotAvailable)
            {
                lastKnownStateOfCharge = soc;
            }
        }

        /// <summary>Takes one measurement. Does not allocate.</summary>
        /// <param name="nowMilliseconds">Monotonic time of the sample (<c>IClock.MillisecondsSinceBoot</c>).</param>
        /// <param name="voltageMicrovolts">Battery voltage in µV.</param>
        /// <param name="currentMicroamps">Battery current in µA, + = charging.</param>
        /// <param name="temperatureCentidegrees">Temperature in 0.01 °C, or <see cref="NotAvailable"/>.</param>
        public void Update(long nowMilliseconds, int voltageMicrovolts, int currentMicroamps, int temperatureCentidegrees)
        {
            long elapsed = AdvanceTime(nowMilliseconds);
            sensorFault = false;
            hasMeasurement = true;

            // Current threshold: small currents are noise and count as zero everywhere (display, counting, flags).
            long current = currentMicroamps;
            if (FixedPointMath.Abs(current) <= thresholdMicroamps)
            {
                current = 0;
            }

            long voltage = voltageMicrovolts < 0 ? 0 : voltageMicrovolts;
            liveCurrentMicroamps = current;
            liveVoltageMillivolts = (int)(voltage / 1000);
            livePowerMilliwatts = FixedPointMath.ClampToInt(voltage * current / 1000000000L);
            liveTemperatureCentidegrees = temperatureCentidegrees;

            long interval = FixedPointMath.Min(elapsed, MaximumIntegrationIntervalMilliseconds);
            if (interval > 0 && current != 0)
            {
                Integrate(current, voltage, interval);
            }

            TrackVoltageRange(liveVoltageMillivolts);
            DetectCharged(nowMilliseconds, voltage, current);
            EvaluateStateOfChargeHistory();
            UpdateAverageCurrent(current, elapsed);
            EvaluateAlarms(true);
            timeToGoMinutes = ComputeTimeToGo();
        }

        /// <summary>
        /// Records that the sensor did not answer at <paramref name="nowMilliseconds"/>: measured values become NA, no
        /// charge is counted for the interval, charged detection restarts, voltage and temperature alarms hold.
        /// </summary>
        public void ReportSensorFault(long nowMilliseconds)
        {
            AdvanceTime(nowMilliseconds);
            sensorFault = true;
            liveCurrentMicroamps = 0;
            chargedConditionHolding = false;
            EvaluateAlarms(false);
            timeToGoMinutes = NotAvailable;
        }

        private long AdvanceTime(long nowMilliseconds)
        {
            long elapsed = 0;
            if (hasTime && nowMilliseconds > lastCallMilliseconds)
            {
                elapsed = nowMilliseconds - lastCallMilliseconds;
            }

            // Time since the last full charge runs whether or not the sensor answers.
            state.MillisecondsSinceFullCharge += elapsed;
            if (!hasTime || nowMilliseconds > lastCallMilliseconds)
            {
                lastCallMilliseconds = nowMilliseconds;
            }

            hasTime = true;
            return elapsed;
        }

        private void Integrate(long current, long voltage, long interval)
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

                AddEnergy(voltage, current, interval, true);
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
            long effective = FixedPointMath.MultiplyQ48(drawn, samplePeukert.FactorQ48(-current), ref fraction);
            state.PeukertFraction = fraction;
            state.PeukertConsumedMicroampMilliseconds = SaturatingSubtract(state.PeukertConsumedMicroampMilliseconds, effective);
            AddEnergy(voltage, -current, interval, false);
        }

        private static long SaturatingSubtract(long value, long amount)
        {
            // Far beyond any battery (2.5 million Ah); only guards against wrapping round.
            const long Floor = -(1L << 62);
            long result = value - amount;
            return result < Floor ? Floor : result;
        }

        /// <summary>Adds V × I × t exactly: Wh, then µW·ms, then pW·ms remainders.</summary>
        private void AddEnergy(long voltageMicrovolts, long currentMagnitudeMicroamps, long interval, bool charged)
        {
            const long Micro = BatteryState.PicowattsPerMicrowatt;
            const long WattHour = BatteryState.MicrowattMillisecondsPerWattHour;
            long picowatts = voltageMicrovolts * currentMagnitudeMicroamps; // < 2^62
            long fine = (charged ? state.EnergyChargedFineRemainder : state.EnergyDischargedFineRemainder) + ((picowatts % Micro) * interval);
            long micro = ((picowatts / Micro) * interval) + (fine / Micro);
            fine %= Micro;
            long remainder = (charged ? state.EnergyChargedRemainder : state.EnergyDischargedRemainder) + micro;
            long wholeWattHours = remainder / WattHour;
            remainder %= WattHour;
            if (charged)
            {
                state.EnergyChargedFineRemainder = fine;
                state.EnergyChargedRemainder = remainder;
                state.EnergyChargedWattHours += wholeWattHours;
            }
            else
            {
                state.EnergyDischargedFineRemainder = fine;
                state.EnergyDischargedRemainder = remainder;
                state.EnergyDischargedWattHours += wholeWattHours;
            }
        }

        private void TrackVoltageRange(int millivolts)
        {
            if (state.MinimumVoltageMillivolts == NotAvailable || millivolts < state.MinimumVoltageMillivolts)
            {
                state.MinimumVoltageMillivolts = millivolts;
            }

            if (state.MaximumVoltageMillivolts == NotAvailable || millivolts > state.MaximumVoltageMillivolts)
            {
                state.MaximumVoltageMillivolts = millivolts;
            }
        }

        /// <summary>
        /// Victron's charged detection: voltage at or above the charged voltage and current at or below the tail
        /// current, both without a break for the charged-detection time. It fires once per charge: the conditions must
        /// break before it can fire again.
        /// </summary>
        private void DetectCharged(long nowMilliseconds, long voltageMicrovolts, long current)
        {
            bool conditionsMet = settings.CapacityAmpHours > 0
                && voltageMicrovolts >= chargedVoltageMicrovolts
                && current <= tailCurrentMicroamps;
            if (!conditionsMet)
            {
                chargedConditionHolding = false;
                chargedLatch = false;
                return;
            }

            if (!chargedConditionHolding)
            {
                chargedConditionHolding = true;
                chargedConditionSinceMilliseconds = nowMilliseconds;
            }

            if (!chargedLatch && nowMilliseconds - chargedConditionSinceMilliseconds >= chargedDetectionMilliseconds)
            {
                chargedLatch = true;
                Synchronise(true);
            }
        }

        private void Synchronise(bool automatic)
        {
            state.ConsumedMicroampMilliseconds = 0;
            state.ChargeEfficiencyRemainder = 0;
            state.PeukertConsumedMicroampMilliseconds = 0;
            state.PeukertFraction = 0;
            state.Synchronised = true;
            state.MillisecondsSinceFullCharge = 0;
            state.LastDischargeRestartPending = true;
            if (automatic)
            {
                state.AutomaticSynchronisations++;
            }

            EvaluateStateOfChargeHistory();
        }

        private void EvaluateStateOfChargeHistory()
        {
            if (!state.Synchronised)
            {
                return;
            }

            long consumedMilliampHours = state.ConsumedMicroampMilliseconds / MicroampMillisecondsPerMilliampHour;
            if (consumedMilliampHours < 0)
            {
                if (state.LastDischargeRestartPending)
                {
                    state.LastDischargeMilliampHours = consumedMilliampHours;
                    state.LastDischargeRestartPending = false;
                }
                else if (consumedMilliampHours < state.LastDischargeMilliampHours)
                {
                    state.LastDischargeMilliampHours = consumedMilliampHours;
                }

                if (consumedMilliampHours < state.DeepestDischargeMilliampHours)
                {
                    state.DeepestDischargeMilliampHours = consumedMilliampHours;
                }
            }

            int soc = ComputeStateOfCharge();
            if (soc == NotAvailable)
            {
                return;
            }

            lastKnownStateOfCharge = soc;
            if (soc < CycleLowCentipercent)
            {
                state.CycleArmed = true;
            }
            else if (soc > CycleHighCentipercent && state.CycleArmed)
            {
                state.CycleArmed = false;
                state.ChargeCycles++;
            }

            if (soc == 0 && !state.FullDischargeCounted)
            {
                state.FullDischargeCounted = true;
                state.FullDischarges++;
            }
            else if (soc > FullDischargeRearmCentipercent)
            {
                state.FullDischargeCounted = false;
            }
        }

        private long MicroampMillisecondsPerCentipercent()
        {
            // capacity [Ah] × 3.6e12 µA·ms/Ah / 10000
            return settings.CapacityAmpHours * 360000000L;
        }

        private int ComputeStateOfCharge()
        {
            if (!state.Synchronised || settings.CapacityAmpHours == 0)
            {
                return NotAvailable;
            }

            // Rounded down: 100.00 % only while nothing has been taken out.
            long deficit = -state.PeukertConsumedMicroampMilliseconds + (state.PeukertFraction > 0 ? 1 : 0);
            long soc = 10000 - FixedPointMath.DivideRoundingUp(deficit, MicroampMillisecondsPerCentipercent());
            return soc < 0 ? 0 : (int)soc;
        }

        /// <summary>First-order low-pass of the current with the averaging period as time constant (Victron's TTG filter).</summary>
        private void UpdateAverageCurrent(long current, long elapsed)
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

        private void EvaluateAlarms(bool measured)
        {
            BatteryAlarms before = state.ActiveAlarms;
            BatteryAlarms after = before;
            if (measured)
            {
                int mv = liveVoltageMillivolts;
                after = Step(after, BatteryAlarms.LowVoltage, settings.LowVoltageAlarmEnabled,
                    mv < settings.LowVoltageAlarmSetMillivolts, mv > settings.LowVoltageAlarmClearMillivolts);
                after = Step(after, BatteryAlarms.HighVoltage, settings.HighVoltageAlarmEnabled,
                    mv > settings.HighVoltageAlarmSetMillivolts, mv < settings.HighVoltageAlarmClearMillivolts);
                int t = liveTemperatureCentidegrees;
                if (t != NotAvailable)
                {
                    after = Step(after, BatteryAlarms.HighTemperature, settings.HighTemperatureAlarmEnabled,
                        t > settings.HighTemperatureAlarmSetCentidegrees, t < settings.HighTemperatureAlarmClearCentidegrees);
                    after = Step(after, BatteryAlarms.LowTemperature, settings.LowTemperatureAlarmEnabled,
                        t < settings.LowTemperatureAlarmSetCentidegrees, t > settings.LowTemperatureAlarmClearCentidegrees);
                }
            }

            // A value that is not available holds its alarm; switching an alarm off clears it at once.
            after = ClearIfDisabled(after, BatteryAlarms.LowVoltage, settings.LowVoltageAlarmEnabled);
            after = ClearIfDisabled(after, BatteryAlarms.HighVoltage, settings.HighVoltageAlarmEnabled);
            after = ClearIfDisabled(after, BatteryAlarms.HighTemperature, settings.HighTemperatureAlarmEnabled);
            after = ClearIfDisabled(after, BatteryAlarms.LowTemperature, settings.LowTemperatureAlarmEnabled);

            // SOC is known from the counters even during a sensor fault; without a valid SOC there is no SOC alarm.
            int soc = ComputeStateOfCharge();
            if (soc == NotAvailable)
            {
                after &= ~BatteryAlarms.LowStateOfCharge;
            }
            else
            {
                after = Step(after, BatteryAlarms.LowStateOfCharge, settings.LowSocAlarmEnabled,
                    soc < settings.LowSocAlarmSetPercent * 100, soc > settings.LowSocAlarmClearPercent * 100);
            }

            BatteryAlarms raised = after & ~before;
            if ((raised & BatteryAlarms.LowVoltage) != 0)
            {
                state.LowVoltageAlarms++;
            }

            if ((raised & BatteryAlarms.HighVoltage) != 0)
            {
                state.HighVoltageAlarms++;
            }

            if ((raised & BatteryAlarms.LowStateOfCharge) != 0)
            {
                state.LowStateOfChargeAlarms++;
            }

            if ((raised & BatteryAlarms.HighTemperature) != 0)
            {
                state.HighTemperatureAlarms++;
            }

            if ((raised & BatteryAlarms.LowTemperature) != 0)
            {
                state.LowTemperatureAlarms++;
            }

            state.ActiveAlarms = after;
        }

        /// <summary>Hysteresis: an inactive alarm sets on its set condition, an active one clears on its clear condition.</summary>
        private static BatteryAlarms Step(BatteryAlarms alarms, BatteryAlarms alarm, bool enabled, bool setCondition, bool clearCondition)
        {
            bool active = (alarms & alarm) != 0;
            if (!enabled || (active && clearCondition))
            {
                return alarms & ~alarm;
            }

            if (!active && setCondition)
            {
                return alarms | alarm;
            }

            return alarms;
        }

        private static BatteryAlarms ClearIfDisabled(BatteryAlarms alarms, BatteryAlarms alarm, bool enabled)
        {
            return enabled ? alarms : alarms & ~alarm;
        }

        /// <summary>
        /// Minutes until the SOC reaches the discharge floor at the averaged discharge current, Peukert-corrected
        /// (the battery drains at I × (I/I20)^(n−1)), at most <see cref="MaximumTimeToGoMinutes"/>. "Discharging" is
        /// decided by the averaged current alone (a discharge beyond the current threshold), not by the live current:
        /// the status bits may say charging while the average still drains, and the other way round.
        /// </summary>
        private int ComputeTimeToGo()
        {
            if (sensorFault || !state.Synchronised || settings.CapacityAmpHours == 0)
            {
                return NotAvailable;
            }

            long average = averageCurrentScaled >> AverageFractionBits;
            if (average >= 0 || -average <= thresholdMicroamps)
            {
                return NotAvailable;
            }

            long drain = -average;
            long carry = 0;
            long effectiveDrain = FixedPointMath.MultiplyQ48(drain, timeToGoPeukert.FactorQ48(drain), ref carry);
            if (effectiveDrain <= 0)
            {
                return NotAvailable;
            }

            // capacity [Ah] × 3.6e12 µA·ms × (100 − floor) / 100
            long usable = settings.CapacityAmpHours * 36000000000L * (100 - settings.DischargeFloorPercent);
            long remaining = usable + state.PeukertConsumedMicroampMilliseconds;
            if (remaining <= 0)
            {
                return 0;
            }

            long minutes = remaining / effectiveDrain / 60000;
            return minutes > MaximumTimeToGoMinutes ? MaximumTimeToGoMinutes : (int)minutes;
        }
    }
}
