using CydShunt.Firmware.Settings;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Sets and clears the battery alarms (low/high voltage, low SOC, high/low temperature) with hysteresis and counts
    /// each alarm raised.
    /// </summary>
    /// <remarks>
    /// An alarm sets beyond its set level and clears beyond its clear level; each set counts once. A value that is not
    /// available (sensor fault, no temperature sensor) holds its alarm; the low-SOC alarm clears while SOC is not
    /// available; disabling an alarm clears it. Works on the alarm fields of the monitor's <see cref="BatteryState"/>.
    /// </remarks>
    internal sealed class AlarmEvaluator
    {
        private readonly BatterySettings settings;
        private readonly BatteryState state;

        /// <summary>Creates an evaluator over the monitor's settings and state.</summary>
        public AlarmEvaluator(BatterySettings settings, BatteryState state)
        {
            this.settings = settings;
            this.state = state;
        }

        /// <summary>Updates <see cref="BatteryState.ActiveAlarms"/> and the alarm counts.</summary>
        /// <param name="measured">Whether the sensor answered; without a measurement voltage and temperature alarms hold.</param>
        /// <param name="voltageMillivolts">Battery voltage (used only when measured).</param>
        /// <param name="temperatureCentidegrees">Temperature, or <see cref="Measurement.NotAvailable"/> (used only when measured).</param>
        /// <param name="stateOfChargeCentipercent">SOC, or <see cref="Measurement.NotAvailable"/>.</param>
        public void Evaluate(bool measured, int voltageMillivolts, int temperatureCentidegrees, int stateOfChargeCentipercent)
        {
            BatteryAlarms before = state.ActiveAlarms;
            BatteryAlarms after = before;
            if (measured)
            {
                int mv = voltageMillivolts;
                after = Step(after, BatteryAlarms.LowVoltage, settings.LowVoltageAlarmEnabled,
                    mv < settings.LowVoltageAlarmSetMillivolts, mv > settings.LowVoltageAlarmClearMillivolts);
                after = Step(after, BatteryAlarms.HighVoltage, settings.HighVoltageAlarmEnabled,
                    mv > settings.HighVoltageAlarmSetMillivolts, mv < settings.HighVoltageAlarmClearMillivolts);
                int t = temperatureCentidegrees;
                if (t != Measurement.NotAvailable)
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
            int soc = stateOfChargeCentipercent;
            if (soc == Measurement.NotAvailable)
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
    }
}
