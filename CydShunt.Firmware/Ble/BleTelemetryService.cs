using System;
using CydShunt.Firmware.Platform;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// The CydShunt BLE telemetry service (spec/gatt.md, spec/connection-and-security.md, spec/advertising.md) on top of an
    /// <see cref="IBlePeripheral"/>: builds the GATT table, answers reads from the latest data, notifies subscribers at
    /// the configured interval, runs the control point, refreshes advertising, enforces the idle timeout and shows the
    /// pairing passkey.
    /// </summary>
    /// <remarks>
    /// Threads: <see cref="Configure"/>, <see cref="SetDeviceInfo"/>, <see cref="Update"/> and <see cref="Tick"/> belong to
    /// the main loop; the <see cref="IBlePeripheralHandler"/> methods come from the BLE event thread. Shared state is
    /// guarded by one lock that is never held while calling the port, the UI or the battery monitor. Handlers only copy
    /// prepared bytes and record state, so they answer well within nanoFramework's 2 s limit. After construction the
    /// update, read and notify paths allocate nothing.
    /// </remarks>
    public sealed class BleTelemetryService : IBlePeripheralHandler
    {
        // Spec: the advertising packet and scan response each carry at most 31 bytes.
        private const int AdvertisingCapacity = 2 * AdvertisingBuilder.LegacyMaximumLength;
        private const int NoPasskey = -1;
        private const int NoTable = -1;
        private const int PasskeyRange = 1000000;

        private readonly object _sync = new object();
        private readonly IBlePeripheral _peripheral;
        private readonly IClock _clock;
        private readonly IControlPointActions _actions;
        private readonly IPasskeyDisplay _passkeyDisplay;
        private readonly IRandomSource _random;
        private readonly NotificationIntervalChangedHandler? _notificationIntervalChanged;
        private readonly TelemetryValues _values = new TelemetryValues();
        private readonly BleGattTable?[] _tables = new BleGattTable?[2];
        private readonly bool[] _subscribed = new bool[CydShuntGattTable.CharacteristicCount];
        private readonly byte[] _desiredAdvertising = new byte[AdvertisingCapacity];
        private readonly byte[] _advertised = new byte[AdvertisingCapacity];
        private readonly byte[] _controlPointRequest = new byte[ControlPointRequestCodec.MaximumSize];
        private readonly byte[] _controlPointResponse = new byte[ControlPointResponseCodec.Size];

        // Configuration (main loop writes, handlers read).
        private bool _configured;
        private bool _enabled;
        private DeviceName _name = DeviceName.Default;
        private AdvertisingFormat _format = AdvertisingFormat.CydShunt;
        private ushort _companyId = BluetoothSig.TestCompanyId;
        private bool _pairingRequired;
        private int _notificationIntervalMilliseconds = BleTelemetryPolicy.DefaultNotificationIntervalMilliseconds;
        private int _advertisingRefreshIntervalMilliseconds = BleTelemetryPolicy.DefaultAdvertisingRefreshIntervalMilliseconds;
        private DeviceInfo _deviceInfo;
        private LiveSnapshot _snapshot = LiveSnapshot.Unavailable;
        private int _energyChargedWattHours = Measurement.NotAvailable;
        private int _energyDischargedWattHours = Measurement.NotAvailable;

        // BTHome format: the measurement frame and the energy frame take turns, one per advertising start (spec/bthome.md,
        // "Two frames"); this is the one the next start sends.
        private BTHomeFrameKind _nextBTHomeFrame = BTHomeFrameKind.Measurements;

        // Peripheral lifecycle (main loop only).
        private bool _running;
        private bool _stopping;
        private int _builtTable = NoTable;
        private int _gattTableBuilds;
        private int _starts;
        private bool _rebootRequired;
        private long _lastStartAt;
        private int _desiredAdvertisingLength;
        private int _advertisedLength;
        private DeviceName? _advertisedName;

        // Link state (handlers write).
        private bool _connected;
        private bool _authenticated;
        private long _lastActivityAt;
        private long _nextNotificationAt;
        private long _lastNotificationAt;
        private bool _notifiedOnThisLink;
        private bool _controlPointBusy;
        private bool _controlPointPending;
        private int _controlPointRequestLength;
        private int _passkey = NoPasskey;
        private bool _passkeyChanged;
        private int _pairingsCompleted;
        private bool _lastPairingSucceeded;

        /// <summary>Creates the service. Nothing happens on the radio until <see cref="Configure"/> and <see cref="Tick"/>.</summary>
        /// <param name="peripheral">The BLE port; the service registers itself as its handler.</param>
        /// <param name="clock">Monotonic time.</param>
        /// <param name="actions">Control-point actions (battery monitor).</param>
        /// <param name="passkeyDisplay">Where the pairing passkey is shown.</param>
        /// <param name="random">Source of pairing passkeys.</param>
        /// <param name="notificationIntervalChanged">Persists an interval set over BLE; <see langword="null"/> when not persisted.</param>
        public BleTelemetryService(
            IBlePeripheral peripheral,
            IClock clock,
            IControlPointActions actions,
            IPasskeyDisplay passkeyDisplay,
            IRandomSource random,
            NotificationIntervalChangedHandler? notificationIntervalChanged)
        {
            _peripheral = peripheral ?? throw new ArgumentNullException("peripheral");
            _clock = clock ?? throw new ArgumentNullException("clock");
            _actions = actions ?? throw new ArgumentNullException("actions");
            _passkeyDisplay = passkeyDisplay ?? throw new ArgumentNullException("passkeyDisplay");
            _random = random ?? throw new ArgumentNullException("random");
            _notificationIntervalChanged = notificationIntervalChanged;
            _deviceInfo = new DeviceInfo(CydShuntGatt.ProtocolVersion, 0, 0, 0, SensorType.Unknown, DeviceFeatures.None, Measurement.NotAvailable, 0);
            RebuildDeviceInfo();
            RebuildAdvertising();
            _peripheral.SetHandler(this);
        }

        /// <summary>Whether the peripheral is started (advertising or connected).</summary>
        public bool IsRunning
        {
            get { return _running; }
        }

        /// <summary>Pairings that ended (successfully or not) since boot; the screen shows each one's result.</summary>
        public int PairingsCompleted
        {
            get
            {
                lock (_sync)
                {
                    return _pairingsCompleted;
                }
            }
        }

        /// <summary>Whether the last pairing that ended succeeded.</summary>
        public bool LastPairingSucceeded
        {
            get
            {
                lock (_sync)
                {
                    return _lastPairingSucceeded;
                }
            }
        }

        /// <summary>Whether a central is connected.</summary>
        public bool IsCentralConnected
        {
            get
            {
                lock (_sync)
                {
                    return _connected;
                }
            }
        }

        /// <summary>Current notification interval, ms.</summary>
        public int NotificationIntervalMilliseconds
        {
            get
            {
                lock (_sync)
                {
                    return _notificationIntervalMilliseconds;
                }
            }
        }

        /// <summary>How many times the GATT table was built since boot (see <see cref="BleTelemetryPolicy.MaximumGattTableBuildsPerBoot"/>).</summary>
        public int GattTableBuildCount
        {
            get { return _gattTableBuilds; }
        }

        /// <summary>How many times the peripheral was started (first start, advertising refreshes, idle disconnects, setting changes).</summary>
        public int StartCount
        {
            get { return _starts; }
        }

        /// <summary>
        /// Set when a GATT table build was needed but the per-boot budget is used up. BLE stays off; the application
        /// should reboot (settings are persisted) to apply the change.
        /// </summary>
        public bool RebootRequired
        {
            get { return _rebootRequired; }
        }

        /// <summary>Shortest time between two advertising refreshes, ms (1000..60000, default 2000).</summary>
        public int AdvertisingRefreshIntervalMilliseconds
        {
            get
            {
                return _advertisingRefreshIntervalMilliseconds;
            }

            set
            {
                if (value < BleTelemetryPolicy.MinimumAdvertisingRefreshIntervalMilliseconds || value > BleTelemetryPolicy.MaximumAdvertisingRefreshIntervalMilliseconds)
                {
                    throw new ArgumentOutOfRangeException("value", "The advertising refresh interval must be 1000..60000 ms.");
                }

                _advertisingRefreshIntervalMilliseconds = value;
            }
        }

        /// <summary>
        /// Applies the Integration settings. Takes effect at the next <see cref="Tick"/>: BLE off stops at once; a changed
        /// "pairing required" restarts with a rebuilt table at once (a connected central is dropped, so that the new
        /// security applies to it); name, format and company id reach the air with the next advertising refresh (while
        /// no central is connected); the interval applies to the running subscriptions at once.
        /// </summary>
        /// <param name="enabled">BLE on.</param>
        /// <param name="name">Device name (GAP name and advertised name).</param>
        /// <param name="format">Advertising format.</param>
        /// <param name="companyId">Company id of the glance frame.</param>
        /// <param name="pairingRequired">PairingRequiredForAll: every characteristic needs an authenticated link.</param>
        /// <param name="notificationIntervalMilliseconds">200..10000.</param>
        public void Configure(bool enabled, DeviceName name, AdvertisingFormat format, ushort companyId, bool pairingRequired, int notificationIntervalMilliseconds)
        {
            if (name == null)
            {
                throw new ArgumentNullException("name");
            }

            if (format != AdvertisingFormat.CydShunt && format != AdvertisingFormat.BTHome)
            {
                throw new ArgumentOutOfRangeException("format", "Unknown advertising format.");
            }

            CheckNotificationInterval(notificationIntervalMilliseconds, "notificationIntervalMilliseconds");
            lock (_sync)
            {
                _configured = true;
                _enabled = enabled;
                _name = name;
                _format = format;
                _companyId = companyId;
                _pairingRequired = pairingRequired;
                ApplyNotificationInterval(notificationIntervalMilliseconds);
                RebuildDeviceInfo();
                RebuildAdvertising();
            }
        }

        /// <summary>
        /// Sets the device-info value. Feature bits BTHomeAdvertising and PairingRequiredForAll are taken from
        /// <see cref="Configure"/>; the TemperatureSensor bit and all other fields from <paramref name="info"/>.
        /// </summary>
        /// <param name="info">The device info.</param>
        public void SetDeviceInfo(DeviceInfo info)
        {
            lock (_sync)
            {
                _deviceInfo = info;
                RebuildDeviceInfo();
            }
        }

        /// <summary>Publishes a new measurement to reads, the next notifications and the next advertising refresh.</summary>
        /// <param name="snapshot">The snapshot.</param>
        /// <param name="alarms">Active alarms.</param>
        /// <param name="energyChargedWattHours">Energy charged, Wh.</param>
        /// <param name="energyDischargedWattHours">Energy discharged, Wh.</param>
        public void Update(LiveSnapshot snapshot, AlarmFlags alarms, int energyChargedWattHours, int energyDischargedWattHours)
        {
            lock (_sync)
            {
                _snapshot = snapshot;
                _energyChargedWattHours = energyChargedWattHours;
                _energyDischargedWattHours = energyDischargedWattHours;
                _values.Update(snapshot, alarms, energyChargedWattHours, energyDischargedWattHours);
                RebuildAdvertising();
            }
        }

        /// <summary>
        /// Runs the service: starts/stops the peripheral, carries out an accepted control-point request, sends due
        /// notifications, refreshes advertising and disconnects idle centrals. Call from the main loop at least every
        /// 100 ms; the notification timing resolution is the call period.
        /// </summary>
        public void Tick()
        {
            long now = _clock.MillisecondsSinceBoot;
            UpdatePasskeyDisplay();
            RunLifecycle(now);
            if (_running)
            {
                RunControlPoint(now);
                SendDueNotifications(now);
            }
        }

        void IBlePeripheralHandler.OnConnectionChanged(bool connected)
        {
            lock (_sync)
            {
                _lastActivityAt = _clock.MillisecondsSinceBoot;
                _connected = connected;
                if (!connected)
                {
                    ResetLinkState();
                }
                else
                {
                    // A new link: its first subscriber is served at once.
                    _notifiedOnThisLink = false;
                }
            }
        }

        void IBlePeripheralHandler.OnLinkSecurityChanged(bool authenticated)
        {
            lock (_sync)
            {
                _authenticated = authenticated && _connected;
            }
        }

        void IBlePeripheralHandler.OnSubscriptionChanged(int characteristicIndex, bool subscribed)
        {
            lock (_sync)
            {
                long now = _clock.MillisecondsSinceBoot;
                _lastActivityAt = now;
                if (!_connected || !HasClientConfiguration(characteristicIndex))
                {
                    return;
                }

                if (subscribed && !AnyNotificationSubscribed() && characteristicIndex != CydShuntGattTable.ControlPoint)
                {
                    // A first subscriber gets the current values at the next tick, then every interval. The interval
                    // holds per connection whatever the CCCD does: turning a subscription off and on again waits for it.
                    long earliest = _lastNotificationAt + _notificationIntervalMilliseconds;
                    _nextNotificationAt = _notifiedOnThisLink && earliest > now ? earliest : now;
                }

                _subscribed[characteristicIndex] = subscribed;
            }
        }

        byte IBlePeripheralHandler.OnRead(int characteristicIndex, byte[] destination, out int length)
        {
            length = 0;
            lock (_sync)
            {
                _lastActivityAt = _clock.MillisecondsSinceBoot;
                if (characteristicIndex < 0 || characteristicIndex >= CydShuntGattTable.CharacteristicCount
                    || (CydShuntGattTable.GetProtocolCharacteristic(characteristicIndex).Properties & CharacteristicProperties.Read) == 0)
                {
                    return AttError.ReadNotPermitted;
                }

                // The stack enforces the table's protection levels first; this repeats the rule in case it does not.
                if (_pairingRequired && !_authenticated)
                {
                    return AttError.InsufficientAuthentication;
                }

                if (!_values.HasValue(characteristicIndex))
                {
                    // Battery Level before any SOC was known: a u8 0..100 has no "not available" (spec/gatt.md).
                    return AttError.UnlikelyError;
                }

                length = _values.CopyTo(characteristicIndex, destination);
                return AttError.None;
            }
        }

        byte IBlePeripheralHandler.OnWrite(int characteristicIndex, byte[] value, int length)
        {
            lock (_sync)
            {
                _lastActivityAt = _clock.MillisecondsSinceBoot;
                if (characteristicIndex != CydShuntGattTable.ControlPoint)
                {
                    return AttError.WriteNotPermitted;
                }

                // The order is the spec's: security, then CCCD, then a request still in flight.
                if (!_authenticated)
                {
                    return AttError.InsufficientAuthentication;
                }

                if (!_subscribed[CydShuntGattTable.ControlPoint])
                {
                    return AttError.CccdImproperlyConfigured;
                }

                if (_controlPointBusy)
                {
                    return AttError.ProcedureAlreadyInProgress;
                }

                // Accepted whatever the content: the request is decoded and carried out on the main loop, which then
                // indicates the result. Bytes after the longest request do not change the decoding.
                int count = length < 0 ? 0 : length;
                if (count > _controlPointRequest.Length)
                {
                    count = _controlPointRequest.Length;
                }

                if (count > 0)
                {
                    Array.Copy(value, 0, _controlPointRequest, 0, count);
                }

                _controlPointRequestLength = count;
                _controlPointBusy = true;
                _controlPointPending = true;
                return AttError.None;
            }
        }

        int IBlePeripheralHandler.OnPasskeyRequested()
        {
            lock (_sync)
            {
                _lastActivityAt = _clock.MillisecondsSinceBoot;
                _passkey = _random.Next(PasskeyRange);
                _passkeyChanged = true;
                return _passkey;
            }
        }

        void IBlePeripheralHandler.OnPairingCompleted(bool success)
        {
            lock (_sync)
            {
                _lastActivityAt = _clock.MillisecondsSinceBoot;
                _pairingsCompleted++;
                _lastPairingSucceeded = success;
                HidePasskeyLocked();
            }
        }

        void IBlePeripheralHandler.OnIndicationConfirmed(int characteristicIndex)
        {
            lock (_sync)
            {
                if (characteristicIndex == CydShuntGattTable.ControlPoint)
                {
                    _controlPointBusy = false;
                }
            }
        }

        private static void CheckNotificationInterval(int milliseconds, string parameterName)
        {
            if (milliseconds < BleTelemetryPolicy.MinimumNotificationIntervalMilliseconds || milliseconds > BleTelemetryPolicy.MaximumNotificationIntervalMilliseconds)
            {
                throw new ArgumentOutOfRangeException(parameterName, "The notification interval must be 200..10000 ms.");
            }
        }

        private static bool HasClientConfiguration(int index)
        {
            return index >= 0 && index < CydShuntGattTable.CharacteristicCount && CydShuntGattTable.GetProtocolCharacteristic(index).HasClientConfiguration;
        }

        private void RunLifecycle(long now)
        {
            bool wantRunning;
            int wantTable;
            lock (_sync)
            {
                wantRunning = _configured && _enabled && !_rebootRequired;
                wantTable = _pairingRequired ? 1 : 0;
            }

            if (!wantRunning)
            {
                if (_running)
                {
                    StopPeripheral();
                }

                return;
            }

            if (_running && _builtTable != wantTable)
            {
                // New protection levels need new characteristics: restart now, even with a central connected.
                StopPeripheral();
            }

            if (_stopping)
            {
                if (!_peripheral.IsStopped)
                {
                    return;
                }

                _stopping = false;
            }

            if (!_running)
            {
                if (_builtTable != wantTable)
                {
                    if (_gattTableBuilds >= BleTelemetryPolicy.MaximumGattTableBuildsPerBoot)
                    {
                        _rebootRequired = true;
                        return;
                    }

                    _peripheral.BuildGattTable(GetTable(wantTable));
                    _gattTableBuilds++;
                    _builtTable = wantTable;
                }

                StartPeripheral(now);
                return;
            }

            bool restart;
            lock (_sync)
            {
                if (_connected)
                {
                    restart = !AnySubscribed() && now - _lastActivityAt >= BleTelemetryPolicy.IdleTimeoutMilliseconds;
                }
                else
                {
                    restart = now - _lastStartAt >= _advertisingRefreshIntervalMilliseconds && AdvertisingChanged();
                }
            }

            if (restart)
            {
                // nanoFramework can neither change advertising data in place nor disconnect a central: both take a restart.
                StopPeripheral();
                if (_peripheral.IsStopped)
                {
                    _stopping = false;
                    StartPeripheral(now);
                }
            }
        }

        private void StartPeripheral(long now)
        {
            DeviceName name;
            lock (_sync)
            {
                Array.Copy(_desiredAdvertising, 0, _advertised, 0, _desiredAdvertisingLength);
                _advertisedLength = _desiredAdvertisingLength;
                _advertisedName = _name;
                name = _name;
                _lastStartAt = now;

                // The other BTHome frame goes out with the next refresh; an energy frame that cannot be built (a total
                // not available) leaves the measurement frame, so the content and the refresh rate stay as they were.
                if (_format == AdvertisingFormat.BTHome)
                {
                    _nextBTHomeFrame = _nextBTHomeFrame == BTHomeFrameKind.Measurements ? BTHomeFrameKind.Energy : BTHomeFrameKind.Measurements;
                    RebuildAdvertising();
                }
            }

            _running = true;
            _starts++;
            _peripheral.Start(name, _advertised, _advertisedLength);
        }

        private void StopPeripheral()
        {
            _running = false;
            _stopping = true;
            _peripheral.Stop();
            lock (_sync)
            {
                // The stack does not promise a disconnect event when it is torn down.
                _connected = false;
                ResetLinkState();
            }
        }

        private void RunControlPoint(long now)
        {
            int length;
            lock (_sync)
            {
                if (!_controlPointPending)
                {
                    return;
                }

                _controlPointPending = false;
                length = _controlPointRequestLength;
            }

            ControlPointRequest request;
            ProtocolError error;
            ControlPointResult result;
            if (ControlPointRequestCodec.TryDecode(_controlPointRequest, 0, length, out request, out error))
            {
                result = Perform(request, now);
            }
            else
            {
                result = ControlPointErrorResult.For(error);
            }

            int written;
            ControlPointResponseCodec.TryEncode(new ControlPointResponse(request.Opcode, result), _controlPointResponse, 0, out written, out error);
            if (!_peripheral.Indicate(CydShuntGattTable.ControlPoint, _controlPointResponse, written))
            {
                lock (_sync)
                {
                    _controlPointBusy = false;
                }
            }
        }

        private ControlPointResult Perform(ControlPointRequest request, long now)
        {
            switch (request.Opcode)
            {
                case ControlPointOpcode.ResetEnergyCounters:
                    return _actions.ResetEnergyCounters();
                case ControlPointOpcode.SynchroniseStateOfCharge:
                    return _actions.SynchroniseStateOfCharge();
                case ControlPointOpcode.SetBatteryCapacity:
                    ControlPointResult result = _actions.SetBatteryCapacity(request.Parameter);
                    if (result == ControlPointResult.Success)
                    {
                        lock (_sync)
                        {
                            DeviceInfo info = _deviceInfo;
                            _deviceInfo = new DeviceInfo(info.ProtocolVersion, info.FirmwareMajor, info.FirmwareMinor, info.FirmwarePatch, info.SensorType, info.Features, request.Parameter, info.NominalVoltage);
                            RebuildDeviceInfo();
                        }
                    }

                    return result;
                default:
                    // SetNotificationInterval, the service's own setting: persisted first, applied only if stored.
                    if (_notificationIntervalChanged != null && !_notificationIntervalChanged(request.Parameter))
                    {
                        return ControlPointResult.OperationFailed;
                    }

                    lock (_sync)
                    {
                        ApplyNotificationInterval(request.Parameter);
                        if (_nextNotificationAt < now)
                        {
                            _nextNotificationAt = now;
                        }
                    }

                    return ControlPointResult.Success;
            }
        }

        private void SendDueNotifications(long now)
        {
            lock (_sync)
            {
                if (!_connected || !AnyNotificationSubscribed() || now < _nextNotificationAt)
                {
                    return;
                }

                _lastNotificationAt = now;
                _notifiedOnThisLink = true;
                _nextNotificationAt = FixedRate.Next(_nextNotificationAt, now, _notificationIntervalMilliseconds);

                if (_pairingRequired && !_authenticated)
                {
                    // NimBLE accepts CCCD writes without security, so an unpaired central can subscribe; it gets nothing.
                    return;
                }
            }

            // The values are written only by Update on this same thread, so they are read here without the lock.
            for (int i = 0; i < CydShuntGattTable.CharacteristicCount; i++)
            {
                if (i != CydShuntGattTable.ControlPoint && _subscribed[i] && _values.HasValue(i))
                {
                    _peripheral.Notify(i, _values.GetValue(i), _values.GetLength(i));
                }
            }
        }

        private void UpdatePasskeyDisplay()
        {
            int passkey;
            lock (_sync)
            {
                if (!_passkeyChanged)
                {
                    return;
                }

                _passkeyChanged = false;
                passkey = _passkey;
            }

            if (passkey == NoPasskey)
            {
                _passkeyDisplay.HidePasskey();
            }
            else
            {
                _passkeyDisplay.ShowPasskey(passkey);
            }
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

        // Callers hold _sync.
        private void ApplyNotificationInterval(int milliseconds)
        {
            _notificationIntervalMilliseconds = milliseconds;
            long next = _lastNotificationAt + milliseconds;
            _nextNotificationAt = next;
        }

        // Callers hold _sync.
        private void ResetLinkState()
        {
            _authenticated = false;
            _notifiedOnThisLink = false;
            for (int i = 0; i < _subscribed.Length; i++)
            {
                _subscribed[i] = false;
            }

            // A request already accepted is still carried out (the central was told so); only the wait for its
            // indication ends.
            _controlPointBusy = false;
            HidePasskeyLocked();
        }

        // Callers hold _sync.
        private void HidePasskeyLocked()
        {
            if (_passkey != NoPasskey)
            {
                _passkey = NoPasskey;
                _passkeyChanged = true;
            }
        }

        // Callers hold _sync.
        private bool AnySubscribed()
        {
            // nanoFramework cannot protect CCCDs, so an unauthenticated central may subscribe where it will never be
            // served (pairing required for all, or the control point's indications): such subscriptions do not keep a
            // connection alive, or one idle phone could hold the only central slot for ever.
            return (!_pairingRequired || _authenticated)
                && (AnyNotificationSubscribed() || (_authenticated && _subscribed[CydShuntGattTable.ControlPoint]));
        }

        // Callers hold _sync.
        private bool AnyNotificationSubscribed()
        {
            for (int i = 0; i < _subscribed.Length; i++)
            {
                if (_subscribed[i] && i != CydShuntGattTable.ControlPoint)
                {
                    return true;
                }
            }

            return false;
        }

        // Callers hold _sync.
        private bool AdvertisingChanged()
        {
            if (_advertisedName == null || _advertisedName.Text != _name.Text || _advertisedLength != _desiredAdvertisingLength)
            {
                return true;
            }

            for (int i = 0; i < _advertisedLength; i++)
            {
                if (_advertised[i] != _desiredAdvertising[i])
                {
                    return true;
                }
            }

            return false;
        }

        // Callers hold _sync.
        private void RebuildAdvertising()
        {
            // The spec's ordered AD-structure list; the stack's first-fit layout turns it into exactly the spec's
            // advertising packet and scan response (see IBlePeripheral.Start and Ble/README.md).
            AdvertisingBuilder.TryBuildStructures(_format, _companyId, _snapshot, _nextBTHomeFrame, _energyChargedWattHours, _energyDischargedWattHours, _name, _desiredAdvertising, 0, out _desiredAdvertisingLength);
        }

        // Callers hold _sync.
        private void RebuildDeviceInfo()
        {
            DeviceInfo info = _deviceInfo;
            DeviceFeatures features = info.Features & ~(DeviceFeatures.BTHomeAdvertising | DeviceFeatures.PairingRequiredForAll);
            if (_format == AdvertisingFormat.BTHome)
            {
                features |= DeviceFeatures.BTHomeAdvertising;
            }

            if (_pairingRequired)
            {
                features |= DeviceFeatures.PairingRequiredForAll;
            }

            _values.SetDeviceInfo(new DeviceInfo(info.ProtocolVersion, info.FirmwareMajor, info.FirmwareMinor, info.FirmwarePatch, info.SensorType, features, info.CapacityAmpHours, info.NominalVoltage));
        }
    }
}
