namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// What the battery monitor shows: the read-only view the screen, the BLE service and the VE.Direct writer map.
    /// Every quantity is an <see cref="int"/> in the unit its name says; a value that is not available holds
    /// <see cref="CydShunt.Protocol.Measurement.NotAvailable"/> (<see cref="int.MinValue"/>). Reading never allocates.
    /// </summary>
    /// <remarks>
    /// Sign convention as on Victron monitors: current, power and consumed charge are positive while charging;
    /// consumed charge and the discharge depths (H1, H2, H3, H6) are ≤ 0. State of charge is in 0.01 % (centipercent,
    /// 0..10000, as the BLE protocol carries it); VE.Direct's ‰ is this value / 10.
    /// </remarks>
    public interface IBatteryMonitorView
    {
        /// <summary>Status flags; bit-compatible with the BLE status byte.</summary>
        BatteryStatus Status { get; }

        /// <summary>Whether SOC is anchored to a full battery.</summary>
        bool Synchronised { get; }

        /// <summary>Whether the last sensor read failed; measured values are then not available.</summary>
        bool SensorFault { get; }

        /// <summary>Battery voltage in mV; NA before the first sample and during a sensor fault.</summary>
        int VoltageMillivolts { get; }

        /// <summary>Battery current in mA, + = charging, 0 inside the current threshold; NA as voltage.</summary>
        int CurrentMilliamps { get; }

        /// <summary>Battery power in mW, + = charging; NA as voltage.</summary>
        int PowerMilliwatts { get; }

        /// <summary>Temperature in 0.01 °C; NA when the sensor has none, before the first sample and during a fault.</summary>
        int TemperatureCentidegrees { get; }

        /// <summary>Consumed charge in mAh (≤ 0, CEF-corrected, no Peukert correction); NA while not synchronised.</summary>
        int ConsumedMilliampHours { get; }

        /// <summary>State of charge in 0.01 % (rounded down), CEF- and Peukert-corrected; NA while not synchronised or without a capacity.</summary>
        int StateOfChargeCentipercent { get; }

        /// <summary>The SOC to show where "not available" is not allowed (BLE Battery Level): the last valid SOC, 100 % at start.</summary>
        int LastKnownStateOfChargeCentipercent { get; }

        /// <summary>
        /// Minutes until the SOC reaches the discharge floor at the averaged current (0 at or below the floor), at most
        /// 65534; NA unless the averaged current is a discharge beyond the current threshold, the battery is
        /// synchronised, a capacity is set and the sensor answers.
        /// </summary>
        int TimeToGoMinutes { get; }

        /// <summary>Energy charged into the battery in Wh (reset by the ResetEnergyCounters command).</summary>
        int EnergyChargedWattHours { get; }

        /// <summary>Energy drawn from the battery in Wh (reset by the ResetEnergyCounters command).</summary>
        int EnergyDischargedWattHours { get; }

        /// <summary>Active alarms; bit-compatible with the BLE alarm field.</summary>
        BatteryAlarms ActiveAlarms { get; }

        /// <summary>H1: deepest discharge in mAh (≤ 0).</summary>
        int DeepestDischargeMilliampHours { get; }

        /// <summary>H2: depth of the latest discharge in mAh (≤ 0); it restarts with the first discharge after a synchronisation.</summary>
        int LastDischargeMilliampHours { get; }

        /// <summary>H3: average discharge depth in mAh (≤ 0): cumulative drawn / charge cycles, 0 before the first cycle.</summary>
        int AverageDischargeMilliampHours { get; }

        /// <summary>H4: charge cycles (SOC below 65 %, then above 90 %).</summary>
        int ChargeCycles { get; }

        /// <summary>H5: full discharges (SOC reached 0 %).</summary>
        int FullDischarges { get; }

        /// <summary>H6: cumulative charge drawn in mAh (≤ 0).</summary>
        int CumulativeDrawnMilliampHours { get; }

        /// <summary>H7: lowest battery voltage in mV; NA before the first sample.</summary>
        int MinimumVoltageMillivolts { get; }

        /// <summary>H8: highest battery voltage in mV; NA before the first sample.</summary>
        int MaximumVoltageMillivolts { get; }

        /// <summary>H9: seconds since the last full charge (synchronisation).</summary>
        int SecondsSinceFullCharge { get; }

        /// <summary>H10: automatic synchronisations.</summary>
        int AutomaticSynchronisations { get; }

        /// <summary>H11: low-voltage alarms.</summary>
        int LowVoltageAlarms { get; }

        /// <summary>H12: high-voltage alarms.</summary>
        int HighVoltageAlarms { get; }

        /// <summary>Low-SOC alarms raised.</summary>
        int LowStateOfChargeAlarms { get; }

        /// <summary>High-temperature alarms raised.</summary>
        int HighTemperatureAlarms { get; }

        /// <summary>Low-temperature alarms raised.</summary>
        int LowTemperatureAlarms { get; }

        /// <summary>H15: lowest auxiliary voltage in mV; always NA (the CydShunt has no aux input).</summary>
        int MinimumAuxVoltageMillivolts { get; }

        /// <summary>H16: highest auxiliary voltage in mV; always NA.</summary>
        int MaximumAuxVoltageMillivolts { get; }

        /// <summary>H17: discharged energy in 0.01 kWh (10 Wh units).</summary>
        int DischargedEnergyHundredthsKilowattHour { get; }

        /// <summary>H18: charged energy in 0.01 kWh (10 Wh units).</summary>
        int ChargedEnergyHundredthsKilowattHour { get; }
    }
}
