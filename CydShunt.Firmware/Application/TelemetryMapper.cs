using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.VeDirect;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Application
{
    /// <summary>
    /// Maps the battery monitor's view onto what each integration sends: the BLE live snapshot and the VE.Direct text
    /// blocks and battery registers. Unit conversions live here and nowhere else; nothing allocates.
    /// </summary>
    public static class TelemetryMapper
    {
        /// <summary>The BLE live snapshot of the monitor's current values.</summary>
        /// <param name="monitor">The monitor.</param>
        /// <param name="sequence">The measurement's sequence number.</param>
        /// <returns>The snapshot.</returns>
        public static LiveSnapshot ToSnapshot(IBatteryMonitorView monitor, byte sequence)
        {
            LiveSnapshot snapshot;
            FillSnapshot(monitor, sequence, out snapshot);
            return snapshot;
        }

        /// <summary>Writes the snapshot of <see cref="ToSnapshot"/> straight into <paramref name="snapshot"/> (the per-sample path: no returned copy on nanoFramework).</summary>
        internal static void FillSnapshot(IBatteryMonitorView monitor, byte sequence, out LiveSnapshot snapshot)
        {
            snapshot = new LiveSnapshot(
                sequence,
                (StatusFlags)(byte)monitor.Status,
                monitor.VoltageMillivolts,
                monitor.CurrentMilliamps,
                monitor.PowerMilliwatts,
                monitor.StateOfChargeCentipercent,
                monitor.TemperatureCentidegrees,
                monitor.TimeToGoMinutes,
                monitor.Synchronised ? monitor.ConsumedMilliampHours : Measurement.NotAvailable);
        }

        /// <summary>The BLE alarm bits (bit-compatible with the monitor's).</summary>
        /// <param name="monitor">The monitor.</param>
        /// <returns>The active alarms.</returns>
        public static AlarmFlags ToAlarmFlags(IBatteryMonitorView monitor)
        {
            return (AlarmFlags)(ushort)monitor.ActiveAlarms;
        }

        /// <summary>Fills <paramref name="values"/> with the VE.Direct main block's values (in place: no allocation).</summary>
        /// <param name="monitor">The monitor.</param>
        /// <param name="values">Receives the values in VE.Direct units.</param>
        public static void FillVeDirectMain(IBatteryMonitorView monitor, VeDirectMainValues values)
        {
            // Computed properties of the monitor (SOC, time-to-go) are read once.
            int stateOfCharge = monitor.StateOfChargeCentipercent;
            int timeToGo = monitor.TimeToGoMinutes;
            values.SetUnavailable();
            values.VoltageMillivolts = monitor.VoltageMillivolts;
            values.CurrentMilliamps = monitor.CurrentMilliamps;
            values.PowerWatts = Divide(monitor.PowerMilliwatts, 1000);
            values.ConsumedMilliampHours = monitor.ConsumedMilliampHours;
            values.StateOfChargePermille = Divide(stateOfCharge, 10);
            values.StateOfChargeCentipercent = stateOfCharge;
            values.Synchronised = monitor.Synchronised;

            values.TimeToGoMinutes = ToVeDirectTimeToGo(monitor, timeToGo, stateOfCharge);
            if (monitor.TemperatureCentidegrees != Measurement.NotAvailable)
            {
                values.AuxiliaryInput = VeDirectAuxiliaryInput.Temperature;
                values.TemperatureCelsius = Divide(monitor.TemperatureCentidegrees, 100);
            }

            BatteryAlarms alarms = monitor.ActiveAlarms;
            values.AlarmActive = alarms != BatteryAlarms.None;
            VeDirectAlarmReasons reasons = VeDirectAlarmReasons.None;
            if ((alarms & BatteryAlarms.LowVoltage) != 0)
            {
                reasons |= VeDirectAlarmReasons.LowVoltage;
            }

            if ((alarms & BatteryAlarms.HighVoltage) != 0)
            {
                reasons |= VeDirectAlarmReasons.HighVoltage;
            }

            if ((alarms & BatteryAlarms.LowStateOfCharge) != 0)
            {
                reasons |= VeDirectAlarmReasons.LowStateOfCharge;
            }

            if ((alarms & BatteryAlarms.LowTemperature) != 0)
            {
                reasons |= VeDirectAlarmReasons.LowTemperature;
            }

            if ((alarms & BatteryAlarms.HighTemperature) != 0)
            {
                reasons |= VeDirectAlarmReasons.HighTemperature;
            }

            values.AlarmReasons = reasons;
        }

        /// <summary>Fills <paramref name="history"/> with the VE.Direct history block's values (H1–H18), in place.</summary>
        /// <param name="monitor">The monitor.</param>
        /// <param name="history">Receives the values in VE.Direct units.</param>
        public static void FillVeDirectHistory(IBatteryMonitorView monitor, VeDirectHistoryValues history)
        {
            history.SetUnavailable();
            history.DeepestDischargeMilliampHours = monitor.DeepestDischargeMilliampHours;
            history.LastDischargeMilliampHours = monitor.LastDischargeMilliampHours;
            history.AverageDischargeMilliampHours = monitor.AverageDischargeMilliampHours;
            history.ChargeCycles = monitor.ChargeCycles;
            history.FullDischarges = monitor.FullDischarges;
            history.CumulativeMilliampHoursDrawn = monitor.CumulativeDrawnMilliampHours;
            history.MinimumVoltageMillivolts = monitor.MinimumVoltageMillivolts;
            history.MaximumVoltageMillivolts = monitor.MaximumVoltageMillivolts;
            history.SecondsSinceLastFullCharge = monitor.SecondsSinceFullCharge;
            history.AutomaticSynchronisations = monitor.AutomaticSynchronisations;
            history.LowVoltageAlarms = monitor.LowVoltageAlarms;
            history.HighVoltageAlarms = monitor.HighVoltageAlarms;
            history.MinimumAuxiliaryVoltageMillivolts = monitor.MinimumAuxVoltageMillivolts;
            history.MaximumAuxiliaryVoltageMillivolts = monitor.MaximumAuxVoltageMillivolts;
            history.DischargedEnergyHundredthsKilowattHour = monitor.DischargedEnergyHundredthsKilowattHour;
            history.ChargedEnergyHundredthsKilowattHour = monitor.ChargedEnergyHundredthsKilowattHour;
        }

        /// <summary>The VE.Direct battery registers (0x1000–0x1009) a GX may read.</summary>
        /// <param name="settings">The battery settings.</param>
        /// <returns>The register values.</returns>
        public static VeDirectBatterySettings ToVeDirectBattery(BatterySettings settings)
        {
            VeDirectBatterySettings registers = VeDirectBatterySettings.CreateUnavailable();
            registers.CapacityAmpHours = settings.CapacityAmpHours == BatterySettings.CapacityNotConfigured ? Measurement.NotAvailable : settings.CapacityAmpHours;
            registers.ChargedVoltageDecivolts = Divide(settings.ChargedVoltageMillivolts, 100);
            registers.TailCurrentPermille = settings.TailCurrentPermille;
            registers.ChargedDetectionTimeMinutes = settings.ChargedDetectionMinutes;
            registers.ChargeEfficiencyPercent = settings.ChargeEfficiencyPercent;
            registers.PeukertExponentHundredths = settings.PeukertExponentHundredths;
            registers.CurrentThresholdCentiamps = Divide(settings.CurrentThresholdMilliamps, 10);
            registers.TimeToGoAveragingMinutes = settings.TimeToGoAveragingMinutes;
            // 0x1008 is Victron's "low SOC" that doubles as the discharge floor time-to-go counts down to.
            registers.LowStateOfChargePermille = settings.DischargeFloorPercent * 10;
            if (settings.LowSocAlarmEnabled)
            {
                registers.LowStateOfChargeClearPermille = settings.LowSocAlarmClearPercent * 10;
            }

            return registers;
        }

        /// <summary>
        /// VE.Direct's time to go: the monitor's minutes while its averaged current is a discharge; -1 ("infinite",
        /// VE.Direct Protocol, TTG) whenever the time to go could be computed but the averaged current is not a discharge;
        /// "---" only while it cannot be computed at all (not synchronised, no capacity, no measurement, sensor fault).
        /// The live status bit does not decide: the same averaged current decides the BLE time to go.
        /// </summary>
        private static int ToVeDirectTimeToGo(IBatteryMonitorView monitor, int timeToGo, int stateOfCharge)
        {
            if (timeToGo != Measurement.NotAvailable)
            {
                return timeToGo;
            }

            bool computable = monitor.Synchronised
                && !monitor.SensorFault
                && stateOfCharge != Measurement.NotAvailable
                && monitor.CurrentMilliamps != Measurement.NotAvailable;
            return computable ? VeDirectMainValues.TimeToGoInfinite : Measurement.NotAvailable;
        }

        // Divides rounding half away from zero; not-available stays not available.
        private static int Divide(int value, int divisor)
        {
            if (value == Measurement.NotAvailable)
            {
                return Measurement.NotAvailable;
            }

            int half = divisor / 2;
            return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
        }
    }
}
