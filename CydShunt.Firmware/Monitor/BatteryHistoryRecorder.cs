using CydShunt.Protocol;

namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Records the battery's history as Victron's "History data" defines it: discharge depths (H1, H2), charge cycles
    /// (H4), full discharges (H5), the voltage range (H7, H8), the time since the last full charge (H9) and the
    /// automatic synchronisations (H10).
    /// </summary>
    /// <remarks>
    /// <para>H2 "last discharge" keeps its value after a synchronisation and restarts with the first discharge after
    /// it; a cycle is SOC below 65 % followed by SOC above 90 %; a full discharge is SOC reaching 0 %, counted again
    /// only after SOC has been above 10 %; H9 restarts on every synchronisation, H10 counts automatic ones only. Depths
    /// are tracked while synchronised. The lifetime drawn charge (H6) is counted by <see cref="CoulombCounter"/>, the
    /// energy (H17, H18) by <see cref="EnergyCounter"/> and the alarm counts by <see cref="AlarmEvaluator"/>.</para>
    /// <para>Works on the history fields of the monitor's <see cref="BatteryState"/>; does not allocate.</para>
    /// </remarks>
    internal sealed class BatteryHistoryRecorder
    {
        /// <summary>SOC below this (0.01 %) arms a charge cycle (65 %).</summary>
        public const int CycleLowCentipercent = 6500;

        /// <summary>SOC above this (0.01 %) completes an armed charge cycle (90 %).</summary>
        public const int CycleHighCentipercent = 9000;

        /// <summary>SOC above this (0.01 %) re-arms full-discharge counting after one was counted (10 %).</summary>
        public const int FullDischargeRearmCentipercent = 1000;

        private const long MicroampMillisecondsPerMilliampHour = BatteryState.MicroampMillisecondsPerMilliampHour;

        private readonly BatteryState state;
        private int lastKnownStateOfCharge = 10000;

        /// <summary>Creates a recorder over the monitor's state.</summary>
        public BatteryHistoryRecorder(BatteryState state)
        {
            this.state = state;
        }

        /// <summary>The last valid SOC seen (0.01 %), 100 % before the first; not persisted.</summary>
        public int LastKnownStateOfChargeCentipercent
        {
            get { return lastKnownStateOfCharge; }
        }

        /// <summary>H3: cumulative drawn / charge cycles in mAh (≤ 0); 0 before the first cycle.</summary>
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

        /// <summary>Time runs on for H9, whether or not the sensor answers.</summary>
        public void AddElapsed(long elapsedMilliseconds)
        {
            state.MillisecondsSinceFullCharge += elapsedMilliseconds;
        }

        /// <summary>H7/H8: widens the voltage range to include <paramref name="millivolts"/>.</summary>
        public void TrackVoltage(int millivolts)
        {
            if (state.MinimumVoltageMillivolts == Measurement.NotAvailable || millivolts < state.MinimumVoltageMillivolts)
            {
                state.MinimumVoltageMillivolts = millivolts;
            }

            if (state.MaximumVoltageMillivolts == Measurement.NotAvailable || millivolts > state.MaximumVoltageMillivolts)
            {
                state.MaximumVoltageMillivolts = millivolts;
            }
        }

        /// <summary>A synchronisation to 100 %: H9 restarts, H2 restarts with the next discharge, H10 counts automatic ones.</summary>
        public void RecordFullCharge(bool automatic)
        {
            state.MillisecondsSinceFullCharge = 0;
            state.LastDischargeRestartPending = true;
            if (automatic)
            {
                state.AutomaticSynchronisations++;
            }
        }

        /// <summary>
        /// Updates H1, H2 from the consumed charge and H4, H5 from the SOC, while synchronised; remembers a valid SOC as
        /// the last known one.
        /// </summary>
        /// <param name="stateOfChargeCentipercent">The SOC the counters amount to now, or <see cref="Measurement.NotAvailable"/>.</param>
        public void Update(int stateOfChargeCentipercent)
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

            int soc = stateOfChargeCentipercent;
            if (soc == Measurement.NotAvailable)
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

        /// <summary>After restoring a saved state: a valid SOC becomes the last known one.</summary>
        public void RememberStateOfCharge(int stateOfChargeCentipercent)
        {
            if (stateOfChargeCentipercent != Measurement.NotAvailable)
            {
                lastKnownStateOfCharge = stateOfChargeCentipercent;
            }
        }

        /// <summary>Clears the history (H1..H12) and the alarm counts as Victron's "Reset history" does; the energy counters are <see cref="EnergyCounter"/>'s.</summary>
        public void Reset()
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
            state.MinimumVoltageMillivolts = Measurement.NotAvailable;
            state.MaximumVoltageMillivolts = Measurement.NotAvailable;
            state.MillisecondsSinceFullCharge = 0;
            state.AutomaticSynchronisations = 0;
            state.LowVoltageAlarms = 0;
            state.HighVoltageAlarms = 0;
            state.LowStateOfChargeAlarms = 0;
            state.HighTemperatureAlarms = 0;
            state.LowTemperatureAlarms = 0;
        }
    }
}
