using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.VeDirect;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Application
{
    /// <summary>
    /// Publishes each sample's result: numbers the BLE live snapshot and hands it, the alarms and the energy totals to
    /// BLE, and the text-block values to VE.Direct. Main loop only; nothing allocates.
    /// </summary>
    internal sealed class TelemetryPublisher
    {
        private readonly VeDirectMainValues _veDirectMain = VeDirectMainValues.CreateUnavailable();
        private readonly VeDirectHistoryValues _veDirectHistory = VeDirectHistoryValues.CreateUnavailable();
        private LiveSnapshot _snapshot = LiveSnapshot.Unavailable;
        private byte _sequence;

        /// <summary>The latest snapshot.</summary>
        public LiveSnapshot Snapshot
        {
            get { return _snapshot; }
        }

        /// <summary>The VE.Direct main values the text blocks and registers are read from.</summary>
        public VeDirectMainValues VeDirectMain
        {
            get { return _veDirectMain; }
        }

        /// <summary>The VE.Direct history values the text blocks and registers are read from.</summary>
        public VeDirectHistoryValues VeDirectHistory
        {
            get { return _veDirectHistory; }
        }

        /// <summary>Publishes the monitor's values after a sample.</summary>
        /// <param name="monitor">The monitor.</param>
        /// <param name="ble">The BLE service.</param>
        /// <param name="veDirect">The VE.Direct link.</param>
        public void Publish(BatteryMonitor monitor, BleTelemetryService ble, VeDirectLink veDirect)
        {
            _sequence++;
            TelemetryMapper.FillSnapshot(monitor, _sequence, out _snapshot); // in place: no returned copy on nanoFramework
            ble.Update(_snapshot, TelemetryMapper.ToAlarmFlags(monitor), monitor.EnergyChargedWattHours, monitor.EnergyDischargedWattHours);
            TelemetryMapper.FillVeDirectMain(monitor, _veDirectMain);
            TelemetryMapper.FillVeDirectHistory(monitor, _veDirectHistory);
            veDirect.Update(_veDirectMain, _veDirectHistory);
        }
    }
}
