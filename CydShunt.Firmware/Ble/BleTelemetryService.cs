using System;
using CydShunt.Firmware.Platform;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Runs the CydShunt BLE telemetry service (spec/gatt.md, spec/connection-and-security.md, spec/advertising.md) on
    /// an <see cref="IBlePeripheral"/>: the firmware's entry point to BLE and the port's <see cref="IBlePeripheralHandler"/>,
    /// it answers reads and coordinates its parts: <see cref="PeripheralLifecycle"/> (table builds, start, stop),
    /// <see cref="AdvertisingRefresh"/>, <see cref="NotificationScheduler"/>, <see cref="Subscriptions"/>,
    /// <see cref="IdleTimeout"/>, <see cref="ControlPointInbox"/> and <see cref="ControlPointHandler"/>,
    /// <see cref="PairingSession"/> and <see cref="TelemetryValues"/>.
    /// </summary>
    /// <remarks>
    /// <para>Locking rule (the only place it is written down). Threads: <see cref="Configure"/>,
    /// <see cref="SetDeviceInfo"/>, <see cref="Update"/>, <see cref="Tick"/> and the settings properties belong to the
    /// main loop; the <see cref="IBlePeripheralHandler"/> methods come from the BLE event thread; the screen reads the
    /// status properties from the main loop.</para>
    /// <para>One lock, <c>_sync</c>, owned by this class, guards everything both threads touch: the configuration
    /// (enabled, pairing required, device info), the link state (connected, authenticated) and the parts
    /// <see cref="Subscriptions"/>, <see cref="NotificationScheduler"/>, <see cref="IdleTimeout"/>,
    /// <see cref="ControlPointInbox"/>, <see cref="PairingSession"/>, <see cref="AdvertisingRefresh"/> and
    /// <see cref="TelemetryValues"/>. Those parts take no lock and are not thread-safe: they are called only by this
    /// class, only while it holds <c>_sync</c>.</para>
    /// <para>The lock is never held while calling the port (<see cref="IBlePeripheral"/>), the UI
    /// (<see cref="IPasskeyDisplay"/>) or the battery monitor (<see cref="IControlPointActions"/>, the interval's
    /// persistence): no lock inversion with nanoFramework's characteristic-map lock, which is held while our handlers
    /// run. Those calls are made on the main loop by this class and by the main-loop parts
    /// <see cref="PeripheralLifecycle"/> and <see cref="ControlPointHandler"/>, which hold no shared state and are
    /// called only without the lock. One exception: a notification round reads the subscriptions
    /// and the telemetry values without the lock; the values are written only by <see cref="Update"/> on the same
    /// thread, and a subscription that changes meanwhile only takes effect one round earlier or later.</para>
    /// <para>Handlers only copy prepared bytes and record state, so they answer well within nanoFramework's 2 s limit.
    /// After construction the update, read and notify paths allocate nothing.</para>
    /// </remarks>
    public sealed class BleTelemetryService : IBlePeripheralHandler
    {
        private readonly object _sync = new object();
        private readonly IBlePeripheral _peripheral;
        private readonly IClock _clock;
        private readonly IPasskeyDisplay _passkeyDisplay;
        private readonly TelemetryValues _values = new TelemetryValues();
        private readonly PeripheralLifecycle _lifecycle;
        private readonly AdvertisingRefresh _advertising = new AdvertisingRefresh();
        private readonly NotificationScheduler _notifications = new NotificationScheduler();
        private readonly Subscriptions _subscriptions = new Subscriptions();
        private readonly IdleTimeout _idle = new IdleTimeout();
        private readonly PairingSession _pairing;
        private readonly ControlPointInbox _controlPointInbox;
        private readonly ControlPointHandler _controlPoint;

        // Configuration (main loop writes, handlers read).
        private bool _configured;
        private bool _enabled;
        private bool _pairingRequired;
        private DeviceInfo _deviceInfo;

        // Link state (handlers write).
        private bool _connected;
        private bool _authenticated;

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
            if (actions == null)
            {
                throw new ArgumentNullException("actions");
            }

            _passkeyDisplay = passkeyDisplay ?? throw new ArgumentNullException("passkeyDisplay");
            if (random == null)
            {
                throw new ArgumentNullException("random");
            }

            _lifecycle = new PeripheralLifecycle(peripheral);
            _pairing = new PairingSession(random);
            byte[] controlPointRequest = new byte[ControlPointRequestCodec.MaximumSize];
            _controlPointInbox = new ControlPointInbox(controlPointRequest);
            _controlPoint = new ControlPointHandler(peripheral, actions, notificationIntervalChanged, controlPointRequest);
            _deviceInfo = new DeviceInfo(CydShuntGatt.ProtocolVersion, 0, 0, 0, SensorType.Unknown, DeviceFeatures.None, Measurement.NotAvailable, 0);
            RebuildDeviceInfo();
            _peripheral.SetHandler(this);
        }

        /// <summary>Whether the peripheral is started (advertising or connected).</summary>
        public bool IsRunning
        {
            get { return _lifecycle.IsRunning; }
        }

        /// <summary>Pairings that ended (successfully or not) since boot; the screen shows each one's result.</summary>
        public int PairingsCompleted
        {
            get
            {
                lock (_sync)
                {
                    return _pairing.PairingsCompleted;
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
                    return _pairing.LastPairingSucceeded;
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
                    return _notifications.IntervalMilliseconds;
                }
            }
        }

        /// <summary>How many times the GATT table was built since boot (see <see cref="BleTelemetryPolicy.MaximumGattTableBuildsPerBoot"/>).</summary>
        public int GattTableBuildCount
        {
            get { return _lifecycle.GattTableBuildCount; }
        }

        /// <summary>How many times the peripheral was started (first start, advertising refreshes, idle disconnects, setting changes).</summary>
        public int StartCount
        {
            get { return _lifecycle.StartCount; }
        }

        /// <summary>
        /// Set when a GATT table build was needed but the per-boot budget is used up. BLE stays off; the application
        /// should reboot (settings are persisted) to apply the change.
        /// </summary>
        public bool RebootRequired
        {
            get { return _lifecycle.RebootRequired; }
        }

        /// <summary>Shortest time between two advertising refreshes, ms (1000..60000, default 2000).</summary>
        public int AdvertisingRefreshIntervalMilliseconds
        {
            get
            {
                lock (_sync)
                {
                    return _advertising.RefreshIntervalMilliseconds;
                }
            }

            set
            {
                if (value < BleTelemetryPolicy.MinimumAdvertisingRefreshIntervalMilliseconds || value > BleTelemetryPolicy.MaximumAdvertisingRefreshIntervalMilliseconds)
                {
                    throw new ArgumentOutOfRangeException("value", "The advertising refresh interval must be 1000..60000 ms.");
                }

                lock (_sync)
                {
                    _advertising.RefreshIntervalMilliseconds = value;
                }
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
                _pairingRequired = pairingRequired;
                _notifications.SetInterval(notificationIntervalMilliseconds);
                _advertising.Configure(name, format, companyId);
                RebuildDeviceInfo();
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
                _values.Update(ref snapshot, alarms, energyChargedWattHours, energyDischargedWattHours);
                _advertising.Update(ref snapshot, energyChargedWattHours, energyDischargedWattHours);
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
            if (_lifecycle.IsRunning)
            {
                RunControlPoint(now);
                SendDueNotifications(now);
            }
        }

        void IBlePeripheralHandler.OnConnectionChanged(bool connected)
        {
            lock (_sync)
            {
                _idle.RecordActivity(_clock.MillisecondsSinceBoot);
                _connected = connected;
                if (!connected)
                {
                    ResetLinkState();
                }
                else
                {
                    // A new link: its first subscriber is served at once.
                    _notifications.StartLink();
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
                _idle.RecordActivity(now);
                if (!_connected || !Subscriptions.HasClientConfiguration(characteristicIndex))
                {
                    return;
                }

                if (subscribed && !_subscriptions.AnyNotification() && characteristicIndex != CydShuntGattTable.ControlPoint)
                {
                    _notifications.FirstSubscription(now);
                }

                _subscriptions.Set(characteristicIndex, subscribed);
            }
        }

        byte IBlePeripheralHandler.OnRead(int characteristicIndex, byte[] destination, out int length)
        {
            length = 0;
            lock (_sync)
            {
                _idle.RecordActivity(_clock.MillisecondsSinceBoot);
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
                _idle.RecordActivity(_clock.MillisecondsSinceBoot);
                if (characteristicIndex != CydShuntGattTable.ControlPoint)
                {
                    return AttError.WriteNotPermitted;
                }

                return _controlPointInbox.Accept(_authenticated, _subscriptions.IsSubscribed(CydShuntGattTable.ControlPoint), value, length);
            }
        }

        int IBlePeripheralHandler.OnPasskeyRequested()
        {
            lock (_sync)
            {
                _idle.RecordActivity(_clock.MillisecondsSinceBoot);
                return _pairing.NewPasskey();
            }
        }

        void IBlePeripheralHandler.OnPairingCompleted(bool success)
        {
            lock (_sync)
            {
                _idle.RecordActivity(_clock.MillisecondsSinceBoot);
                _pairing.Completed(success);
            }
        }

        void IBlePeripheralHandler.OnIndicationConfirmed(int characteristicIndex)
        {
            lock (_sync)
            {
                if (characteristicIndex == CydShuntGattTable.ControlPoint)
                {
                    _controlPointInbox.EndWait();
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

        private void RunLifecycle(long now)
        {
            bool wantRunning;
            bool pairingRequired;
            bool rebootRequired = _lifecycle.RebootRequired;
            lock (_sync)
            {
                wantRunning = _configured && _enabled && !rebootRequired;
                pairingRequired = _pairingRequired;
            }

            if (!wantRunning)
            {
                if (_lifecycle.IsRunning)
                {
                    StopPeripheral();
                }

                return;
            }

            if (_lifecycle.IsRunning && !_lifecycle.IsBuiltFor(pairingRequired))
            {
                // New protection levels need new characteristics: restart now, even with a central connected.
                StopPeripheral();
            }

            if (_lifecycle.IsStopping && !_lifecycle.TryFinishStop())
            {
                return;
            }

            if (!_lifecycle.IsRunning)
            {
                if (_lifecycle.TryBuildTable(pairingRequired))
                {
                    StartPeripheral(now);
                }

                return;
            }

            bool restart;
            lock (_sync)
            {
                if (_connected)
                {
                    restart = _idle.HasExpired(now, _subscriptions.KeepLinkAlive(_pairingRequired, _authenticated));
                }
                else
                {
                    restart = _advertising.IsRefreshDue(now);
                }
            }

            if (restart)
            {
                // nanoFramework can neither change advertising data in place nor disconnect a central: both take a restart.
                StopPeripheral();
                if (_lifecycle.TryFinishStop())
                {
                    StartPeripheral(now);
                }
            }
        }

        private void StartPeripheral(long now)
        {
            DeviceName name;
            byte[] advertised;
            int advertisedLength;
            lock (_sync)
            {
                _advertising.TakeForStart(now);
                name = _advertising.Name;
                advertised = _advertising.Advertised;
                advertisedLength = _advertising.AdvertisedLength;
            }

            _lifecycle.Start(name, advertised, advertisedLength);
        }

        private void StopPeripheral()
        {
            _lifecycle.Stop();
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
                if (!_controlPointInbox.TryTake(out length))
                {
                    return;
                }
            }

            CarryOutControlPointRequest(length, now);
        }

        private void CarryOutControlPointRequest(int length, long now)
        {
            ControlPointRequest request;
            ControlPointResult result = _controlPoint.Perform(length, out request);
            if (result == ControlPointResult.Success)
            {
                ApplyToService(request, now);
            }

            if (!_controlPoint.Respond(request, result))
            {
                lock (_sync)
                {
                    _controlPointInbox.EndWait();
                }
            }
        }

        // The service's own state that a successful request changes.
        private void ApplyToService(ControlPointRequest request, long now)
        {
            if (request.Opcode == ControlPointOpcode.SetBatteryCapacity)
            {
                lock (_sync)
                {
                    DeviceInfo info = _deviceInfo;
                    _deviceInfo = new DeviceInfo(info.ProtocolVersion, info.FirmwareMajor, info.FirmwareMinor, info.FirmwarePatch, info.SensorType, info.Features, request.Parameter, info.NominalVoltage);
                    RebuildDeviceInfo();
                }
            }
            else if (request.Opcode == ControlPointOpcode.SetNotificationInterval)
            {
                lock (_sync)
                {
                    _notifications.SetIntervalAt(request.Parameter, now);
                }
            }
        }

        private void SendDueNotifications(long now)
        {
            lock (_sync)
            {
                if (!_connected || !_subscriptions.AnyNotification() || !_notifications.TryStartRound(now))
                {
                    return;
                }

                if (_pairingRequired && !_authenticated)
                {
                    // NimBLE accepts CCCD writes without security, so an unpaired central can subscribe; it gets nothing.
                    return;
                }
            }

            // Without the lock: see the locking rule above.
            for (int i = 0; i < CydShuntGattTable.CharacteristicCount; i++)
            {
                if (i != CydShuntGattTable.ControlPoint && _subscriptions.IsSubscribed(i) && _values.HasValue(i))
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
                if (!_pairing.TryTakeDisplayChange(out passkey))
                {
                    return;
                }
            }

            if (passkey == PairingSession.NoPasskey)
            {
                _passkeyDisplay.HidePasskey();
            }
            else
            {
                _passkeyDisplay.ShowPasskey(passkey);
            }
        }

        // Callers hold _sync.
        private void ResetLinkState()
        {
            _authenticated = false;
            _notifications.StartLink();
            _subscriptions.Clear();
            _controlPointInbox.EndWait();
            _pairing.HidePasskey();
        }

        // Callers hold _sync.
        private void RebuildDeviceInfo()
        {
            DeviceInfo info = _deviceInfo;
            DeviceFeatures features = info.Features & ~(DeviceFeatures.BTHomeAdvertising | DeviceFeatures.PairingRequiredForAll);
            if (_advertising.Format == AdvertisingFormat.BTHome)
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
