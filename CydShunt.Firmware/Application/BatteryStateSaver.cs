using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Application
{
    /// <summary>
    /// Stores the battery monitor's state when the save policy (<see cref="SaveScheduler"/>) says so: on its own
    /// schedule, after a synchronisation and when asked. Main loop only (see <see cref="ShuntFirmware"/>).
    /// </summary>
    internal sealed class BatteryStateSaver
    {
        private readonly RecordStore _store;
        private readonly SaveScheduler _scheduler;
        private readonly byte[] _payload;
        private readonly BatteryState _state = new BatteryState();
        private int _synchronisationsSeen;
        private bool _wasSynchronised;

        /// <summary>Creates the saver.</summary>
        /// <param name="store">Where the state is stored.</param>
        /// <param name="scheduler">The save policy.</param>
        /// <param name="payload">The firmware's record buffer (single-threaded, shared).</param>
        public BatteryStateSaver(RecordStore store, SaveScheduler scheduler, byte[] payload)
        {
            _store = store;
            _scheduler = scheduler;
            _payload = payload;
        }

        /// <summary>The monitor was created at boot (with or without a stored state): the policy starts from its values.</summary>
        /// <param name="monitor">The monitor.</param>
        public void Restored(BatteryMonitor monitor)
        {
            _scheduler.Restored(StateOfCharge(monitor));
            _synchronisationsSeen = monitor.AutomaticSynchronisations;
            _wasSynchronised = monitor.Synchronised;
        }

        /// <summary>Asks for a save (a counter reset, a synchronisation, a restart).</summary>
        /// <param name="trigger">Why.</param>
        public void Request(SaveTriggers trigger)
        {
            _scheduler.Request(trigger);
        }

        /// <summary>After a sample: a synchronisation gained or lost is saved soon.</summary>
        /// <param name="monitor">The monitor.</param>
        public void WatchSynchronisation(BatteryMonitor monitor)
        {
            if (monitor.AutomaticSynchronisations != _synchronisationsSeen || monitor.Synchronised != _wasSynchronised)
            {
                _synchronisationsSeen = monitor.AutomaticSynchronisations;
                _wasSynchronised = monitor.Synchronised;
                _scheduler.Request(SaveTriggers.Synchronised);
            }
        }

        /// <summary>Whether the policy wants a save now.</summary>
        /// <param name="monitor">The monitor.</param>
        /// <returns><see langword="true"/> when a save is due.</returns>
        public bool IsDue(BatteryMonitor monitor)
        {
            return _scheduler.Check(StateOfCharge(monitor)) != SaveTriggers.None;
        }

        /// <summary>Saves when the policy wants it.</summary>
        /// <param name="monitor">The monitor.</param>
        public void SaveIfDue(BatteryMonitor monitor)
        {
            if (IsDue(monitor))
            {
                Save(monitor);
            }
        }

        /// <summary>Saves now and tells the policy how it went.</summary>
        /// <param name="monitor">The monitor.</param>
        /// <returns>Whether the state is stored.</returns>
        public bool Save(BatteryMonitor monitor)
        {
            int stateOfCharge = StateOfCharge(monitor);
            monitor.CopyStateTo(_state);
            int length = _state.WriteTo(_payload, 0);
            if (_store.Save(RecordKind.BatteryState, _payload, 0, length) == RecordSaveStatus.Saved)
            {
                _scheduler.MarkSaved(stateOfCharge);
                return true;
            }

            _scheduler.MarkFailed();
            return false;
        }

        private static int StateOfCharge(BatteryMonitor monitor)
        {
            // The monitor's "not available" and the scheduler's "unknown" are the same marker (int.MinValue).
            return monitor.StateOfChargeCentipercent;
        }
    }
}
