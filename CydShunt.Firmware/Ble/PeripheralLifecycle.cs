using CydShunt.Firmware.Platform;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Builds the GATT table within the per-boot budget and starts and stops the BLE port
    /// (<see cref="BleTelemetryPolicy.MaximumGattTableBuildsPerBoot"/>, Ble/README.md "Characteristic ids"). Main loop
    /// only; called only without the lock (see <see cref="BleTelemetryService"/>).
    /// </summary>
    internal sealed class PeripheralLifecycle
    {
        private const int NoTable = -1;

        private readonly IBlePeripheral _peripheral;

        // One table per "pairing required" setting (index 1: required), built on first use.
        private readonly BleGattTable?[] _tables = new BleGattTable?[2];
        private bool _running;
        private bool _stopping;
        private int _builtTable = NoTable;
        private int _gattTableBuilds;
        private int _starts;
        private bool _rebootRequired;

        /// <summary>Creates the lifecycle over the port.</summary>
        /// <param name="peripheral">The BLE port.</param>
        public PeripheralLifecycle(IBlePeripheral peripheral)
        {
            _peripheral = peripheral;
        }

        /// <summary>Whether the peripheral is started (advertising or connected).</summary>
        public bool IsRunning
        {
            get { return _running; }
        }

        /// <summary>Whether a stop was asked for and the stack has not been seen stopped yet.</summary>
        public bool IsStopping
        {
            get { return _stopping; }
        }

        /// <summary>How many times the GATT table was built since boot.</summary>
        public int GattTableBuildCount
        {
            get { return _gattTableBuilds; }
        }

        /// <summary>How many times the peripheral was started.</summary>
        public int StartCount
        {
            get { return _starts; }
        }

        /// <summary>A table build was needed past the per-boot budget: BLE stays off until a reboot.</summary>
        public bool RebootRequired
        {
            get { return _rebootRequired; }
        }

        /// <summary>Whether the built table has the protection levels of <paramref name="pairingRequired"/>.</summary>
        /// <param name="pairingRequired">PairingRequiredForAll.</param>
        /// <returns><see langword="true"/> when no build is needed.</returns>
        public bool IsBuiltFor(bool pairingRequired)
        {
            return _builtTable == TableFor(pairingRequired);
        }

        /// <summary>Builds the table for <paramref name="pairingRequired"/> unless it is built; only while stopped.</summary>
        /// <param name="pairingRequired">PairingRequiredForAll.</param>
        /// <returns><see langword="false"/> when the budget is used up (<see cref="RebootRequired"/> is then set).</returns>
        public bool TryBuildTable(bool pairingRequired)
        {
            int wanted = TableFor(pairingRequired);
            if (_builtTable == wanted)
            {
                return true;
            }

            if (_gattTableBuilds >= BleTelemetryPolicy.MaximumGattTableBuildsPerBoot)
            {
                _rebootRequired = true;
                return false;
            }

            _peripheral.BuildGattTable(GetTable(wanted));
            _gattTableBuilds++;
            _builtTable = wanted;
            return true;
        }

        /// <summary>Starts the stack with the built table.</summary>
        /// <param name="name">GAP device name.</param>
        /// <param name="adStructures">AD structures to advertise.</param>
        /// <param name="length">Their length.</param>
        public void Start(DeviceName name, byte[] adStructures, int length)
        {
            _running = true;
            _starts++;
            _peripheral.Start(name, adStructures, length);
        }

        /// <summary>Stops the stack; it completes asynchronously (<see cref="TryFinishStop"/>).</summary>
        public void Stop()
        {
            _running = false;
            _stopping = true;
            _peripheral.Stop();
        }

        /// <summary>Checks whether the stack has stopped and, if so, ends the stop.</summary>
        /// <returns>Whether the stack is stopped.</returns>
        public bool TryFinishStop()
        {
            if (!_peripheral.IsStopped)
            {
                return false;
            }

            _stopping = false;
            return true;
        }

        private static int TableFor(bool pairingRequired)
        {
            return pairingRequired ? 1 : 0;
        }

        private BleGattTable GetTable(int variant)
        {
            BleGattTable? table = _tables[variant];
            if (table == null)
            {
                table = CydShuntGattTable.Build(variant == 1);
                _tables[variant] = table;
            }

            return table;
        }
    }
}
