using System;
using CydShunt.Firmware.Settings;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Monitors the battery as Victron's BMV-712/SmartShunt does, by feeding each sensor sample to its parts in turn
    /// and showing their results as the <see cref="IBatteryMonitorView"/> the screen, BLE and VE.Direct read.
    /// </summary>
    /// <remarks>
    /// <para>Feed it one sample per sensor read with <see cref="Update"/>, or <see cref="ReportSensorFault"/> when the
    /// sensor did not answer. Each sample's current counts for the time since the previous call (the sensor averages
    /// over its conversion window, which ends at the sample), at most <see cref="MaximumIntegrationIntervalMilliseconds"/>:
    /// after a longer pause the current in between is unknown, and extrapolating it would invent charge.</para>
    /// <para>The parts, in the order a sample reaches them: <see cref="CoulombCounter"/> and <see cref="EnergyCounter"/>
    /// (charge and energy), <see cref="BatteryHistoryRecorder"/> (voltage range), <see cref="ChargedDetector"/>
    /// (synchronisation to 100 %), <see cref="BatteryHistoryRecorder"/> (depths, cycles), <see cref="TimeToGoEstimator"/>
    /// (averaged current), <see cref="AlarmEvaluator"/>, then the time-to-go estimate. They share this monitor's
    /// <see cref="BatteryState"/> (the persisted part) and settings copy. All arithmetic is integer; Update does not
    /// allocate. The monitor does no locking: the firmware calls it from one thread.</para>
    /// </remarks>
    public sealed class BatteryMonitor : IBatteryMonitorView
    {
        /// <summary>Longest interval one sample's current is counted for.</summary>
        public const long MaximumIntegrationIntervalMilliseconds = 60000;

        /// <summary>SOC below this (0.01 %) arms a charge cycle (65 %).</summary>
        public const int CycleLowCentipercent = BatteryHistoryRecorder.CycleLowCentipercent;

        /// <summary>SOC above this (0.01 %) completes an armed charge cycle (90 %).</summary>
        public const int CycleHighCentipercent = BatteryHistoryRecorder.CycleHighCentipercent;

        /// <summary>SOC above this (0.01 %) re-arms full-discharge counting after one was counted (10 %).</summary>
        public const int FullDischargeRearmCentipercent = BatteryHistoryRecorder.FullDischargeRearmCentipercent;

        /// <summary>Longest time to go reported, minutes (65534, Victron's un16 time to go; see <see cref="TimeToGoEstimator.MaximumMinutes"/>).</summary>
        public const int MaximumTimeToGoMinutes = TimeToGoEstimator.MaximumMinutes;

        private const long MicroampMillisecondsPerMilliampHour = BatteryState.MicroampMillisecondsPerMilliampHour;

        private readonly BatterySettings settings = new BatterySettings();
        private readonly BatteryState state = new BatteryState();
        private readonly SampleClock clock = new SampleClock();
        private readonly CoulombCounter coulombCounter;
        private readonly EnergyCounter energyCounter;
        private readonly ChargedDetector chargedDetector;
        private readonly BatteryHistoryRecorder history;
        private readonly TimeToGoEstimator timeToGo;
        private readonly AlarmEvaluator alarms;

        // Derived from the settings in ApplySettings.
        private long thresholdMicroamps;

        // The latest sample as the view shows it; not persisted.
        private bool hasMeasurement;
        private bool sensorFault;
        private int liveVoltageMillivolts = Measurement.NotAvailable;
        private long liveCurrentMicroamps;
        private int livePowerMilliwatts = Measurement.NotAvailable;
        private int liveTemperatureCentidegrees = Measurement.NotAvailable;

        /// <summary>Creates a monitor; a battery without saved state starts as <see cref="BatterySettings.BatteryStartsSynchronised"/> says.</summary>
        /// <exception cref="ArgumentException">The settings are invalid (the message names the reason).</exception>
        public BatteryMonitor(BatterySettings settings)
        {
            coulombCounter = new CoulombCounter(this.settings, state);
            energyCounter = new EnergyCounter(state);
            chargedDetector = new ChargedDetector(this.settings);
            history = new BatteryHistoryRecorder(state);
            timeToGo = new TimeToGoEstimator(this.settings, state);
            alarms = new AlarmEvaluator(this.settings, state);
            BatterySettingsError error = ApplySettings(settings);
            if (error != BatterySettingsError.None)
            {
                throw new ArgumentException("invalid battery settings: " + BatterySettingsErrorText.Describe(error), "settings");
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
            get { return HasLiveValues ? liveVoltageMillivolts : Measurement.NotAvailable; }
        }

        /// <inheritdoc/>
        public int CurrentMilliamps
        {
            get { return HasLiveValues ? (int)(liveCurrentMicroamps / 1000) : Measurement.NotAvailable; }
        }

        /// <inheritdoc/>
        public int PowerMilliwatts
        {
            get { return HasLiveValues ? livePowerMilliwatts : Measurement.NotAvailable; }
        }

        /// <inheritdoc/>
        public int TemperatureCentidegrees
        {
            get { return HasLiveValues ? liveTemperatureCentidegrees : Measurement.NotAvailable; }
        }

        /// <inheritdoc/>
        public int ConsumedMilliampHours
        {
            get
            {
                return state.Synchronised
                    ? FixedPointMath.ClampToInt(state.ConsumedMicroampMilliseconds / MicroampMillisecondsPerMilliampHour)
                    : Measurement.NotAvailable;
            }
        }

        /// <inheritdoc/>
        public int StateOfChargeCentipercent
        {
            get { return coulombCounter.StateOfChargeCentipercent; }
        }

        /// <inheritdoc/>
        public int LastKnownStateOfChargeCentipercent
        {
            get
            {
                int soc = coulombCounter.StateOfChargeCentipercent;
                return soc == Measurement.NotAvailable ? history.LastKnownStateOfChargeCentipercent : soc;
            }
        }

        /// <inheritdoc/>
        public int TimeToGoMinutes
        {
            get { return timeToGo.Minutes; }
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
            get { return history.AverageDischargeMilliampHours; }
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
            get { return Measurement.NotAvailable; }
        }

        /// <inheritdoc/>
        public int MaximumAuxVoltageMillivolts
        {
            get { return Measurement.NotAvailable; }
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
            coulombCounter.Configure();
            chargedDetector.Configure();
            timeToGo.Configure();
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
            energyCounter.Reset();
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
            if (!coulombCounter.TrySetStateOfCharge(centipercent))
            {
                return false;
            }

            state.Synchronised = true;
            history.Update(coulombCounter.StateOfChargeCentipercent);
            return true;
        }

        /// <summary>Clears the history (H1..H18, alarm counts) as Victron's "Reset history" does; SOC is kept.</summary>
        public void ResetHistory()
        {
            history.Reset();
            energyCounter.Reset();
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
            history.RememberStateOfCharge(coulombCounter.StateOfChargeCentipercent);
        }

        /// <summary>Takes one measurement. Does not allocate.</summary>
        /// <param name="nowMilliseconds">Monotonic time of the sample (<c>IClock.MillisecondsSinceBoot</c>).</param>
        /// <param name="voltageMicrovolts">Battery voltage in µV.</param>
        /// <param name="currentMicroamps">Battery current in µA, + = charging.</param>
        /// <param name="temperatureCentidegrees">Temperature in 0.01 °C, or <see cref="Measurement.NotAvailable"/>.</param>
        public void Update(long nowMilliseconds, int voltageMicrovolts, int currentMicroamps, int temperatureCentidegrees)
        {
            long elapsed = clock.Advance(nowMilliseconds);
            history.AddElapsed(elapsed);
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
                coulombCounter.Count(current, interval);
                energyCounter.Add(voltage, current, interval);
            }

            history.TrackVoltage(liveVoltageMillivolts);
            if (chargedDetector.Observe(nowMilliseconds, voltage, current))
            {
                Synchronise(true);
            }

            history.Update(coulombCounter.StateOfChargeCentipercent);
            timeToGo.AddCurrent(current, elapsed);
            alarms.Evaluate(true, liveVoltageMillivolts, liveTemperatureCentidegrees, coulombCounter.StateOfChargeCentipercent);
            timeToGo.Estimate();
        }

        /// <summary>
        /// Records that the sensor did not answer at <paramref name="nowMilliseconds"/>: measured values become NA, no
        /// charge is counted for the interval, charged detection restarts, voltage and temperature alarms hold.
        /// </summary>
        public void ReportSensorFault(long nowMilliseconds)
        {
            history.AddElapsed(clock.Advance(nowMilliseconds));
            sensorFault = true;
            liveCurrentMicroamps = 0;
            chargedDetector.Interrupt();
            alarms.Evaluate(false, liveVoltageMillivolts, liveTemperatureCentidegrees, coulombCounter.StateOfChargeCentipercent);
            timeToGo.MarkNotAvailable();
        }

        /// <summary>Anchors SOC to a full battery: both counters := 0; H9 restarts; H10 counts an automatic one.</summary>
        private void Synchronise(bool automatic)
        {
            coulombCounter.ResetToFull();
            state.Synchronised = true;
            history.RecordFullCharge(automatic);
            history.Update(coulombCounter.StateOfChargeCentipercent);
        }
    }
}
