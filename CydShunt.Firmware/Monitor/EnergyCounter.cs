namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Counts the energy charged into and drawn from the battery in Wh, exactly: V × I × t is added as whole Wh plus a
    /// µW·ms remainder plus a pW·ms remainder, so nothing is rounded away.
    /// </summary>
    /// <remarks>Works on the energy fields of the monitor's <see cref="BatteryState"/>; does not allocate.</remarks>
    internal sealed class EnergyCounter
    {
        private readonly BatteryState state;

        /// <summary>Creates a counter over the monitor's state.</summary>
        public EnergyCounter(BatteryState state)
        {
            this.state = state;
        }

        /// <summary>
        /// Adds <paramref name="voltageMicrovolts"/> (≥ 0) × <paramref name="current"/> (µA, + = charging, not 0) ×
        /// <paramref name="interval"/> ms to the charged or the discharged counter.
        /// </summary>
        public void Add(long voltageMicrovolts, long current, long interval)
        {
            if (current > 0)
            {
                Add(voltageMicrovolts, current, interval, true);
            }
            else
            {
                Add(voltageMicrovolts, -current, interval, false);
            }
        }

        /// <summary>Energy charged and discharged := 0 (BLE control point 0x01; H17 and H18 are the same counters).</summary>
        public void Reset()
        {
            state.EnergyChargedWattHours = 0;
            state.EnergyChargedRemainder = 0;
            state.EnergyChargedFineRemainder = 0;
            state.EnergyDischargedWattHours = 0;
            state.EnergyDischargedRemainder = 0;
            state.EnergyDischargedFineRemainder = 0;
        }

        private void Add(long voltageMicrovolts, long currentMagnitudeMicroamps, long interval, bool charged)
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
    }
}
