using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Application
{
    /// <summary>
    /// Restarts the device once the BLE service has used up its GATT table builds, only after the battery state is
    /// stored, and leaves a note that tells the next boot why. Main loop only (see <see cref="ShuntFirmware"/>).
    /// </summary>
    /// <remarks>
    /// BLE stays off until a restart once the service has used up its GATT table builds (nanoFramework's characteristic
    /// ids, see BleTelemetryPolicy.MaximumGattTableBuildsPerBoot). The restart happens on the main loop between two
    /// ticks' work, so no settings save is under way (the screen's and the control point's saves are synchronous and
    /// have returned), and only after the battery state is stored: no coulomb counting is lost. The first save is forced
    /// at once; a failed one is retried at the save scheduler's pace (BLE stays off meanwhile), since a restart would
    /// lose the counting the flash could not keep.
    /// </remarks>
    internal sealed class BleRecoveryRestart
    {
        private readonly RecordStore _store;
        private readonly BatteryStateSaver _saver;
        private readonly IDeviceRestart _restart;
        private readonly byte[] _payload;
        private bool _pending;
        private bool _requested;

        /// <summary>Creates the restart step.</summary>
        /// <param name="store">Where the note is stored.</param>
        /// <param name="saver">Stores the battery state first.</param>
        /// <param name="restart">The restart port.</param>
        /// <param name="payload">The firmware's record buffer (single-threaded, shared).</param>
        public BleRecoveryRestart(RecordStore store, BatteryStateSaver saver, IDeviceRestart restart, byte[] payload)
        {
            _store = store;
            _saver = saver;
            _restart = restart;
            _payload = payload;
        }

        /// <summary>Whether a restart is needed and waits for the battery state to be stored.</summary>
        public bool Pending
        {
            get { return _pending && !_requested; }
        }

        /// <summary>Whether <see cref="IDeviceRestart.Restart"/> was called.</summary>
        public bool Requested
        {
            get { return _requested; }
        }

        /// <summary>Reads why the firmware restarted the device before this boot and erases the note.</summary>
        /// <param name="store">The record store.</param>
        /// <returns>The reason, or <see cref="RestartReason.None"/> after a power-on.</returns>
        public static RestartReason TakeNote(RecordStore store)
        {
            // Erased, so that a later power-on is not reported as such a restart.
            RecordLoadResult load = store.Load(RecordKind.RestartNote, StorageValidators.RestartNote);
            if (load.Status == RecordLoadStatus.NoData)
            {
                return RestartReason.None;
            }

            RestartReason reason;
            bool versionKnown;
            if (!load.HasPayload || !RestartNote.TryRead(load.Payload!, 0, load.Payload!.Length, out reason, out versionKnown))
            {
                reason = RestartReason.None;
            }

            store.Erase(RecordKind.RestartNote);
            return reason;
        }

        /// <summary>Called every tick while BLE asks for a reboot: saves the state, then restarts.</summary>
        /// <param name="monitor">The monitor.</param>
        public void RestartWhenStateIsSaved(BatteryMonitor monitor)
        {
            bool saved;
            if (!_pending)
            {
                _pending = true;
                _saver.Request(SaveTriggers.Requested);
                saved = _saver.Save(monitor);
            }
            else
            {
                saved = _saver.IsDue(monitor) && _saver.Save(monitor);
            }

            if (!saved)
            {
                return;
            }

            // The note only tells the next boot why; a restart without it still brings BLE back.
            int length = RestartNote.WriteTo(RestartReason.BleRecovery, _payload, 0);
            _store.Save(RecordKind.RestartNote, _payload, 0, length);
            _requested = true;
            _restart.Restart(RestartReason.BleRecovery);
        }
    }
}
