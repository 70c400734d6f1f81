using System;
using System.Threading;
using CydShunt.Protocol;
using nanoFramework.Device.Bluetooth;
using nanoFramework.Device.Bluetooth.GenericAttributeProfile;
using nanoFramework.Device.Bluetooth.Security;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// <see cref="IBlePeripheral"/> over nanoFramework.Device.Bluetooth 1.1.123 (NimBLE on the ESP32): GATT server,
    /// custom legacy advertising, DisplayOnly passkey pairing with bonding. A thin translation; the rules it relies on
    /// are listed with each member and in CydShunt.Firmware/Ble/README.md.
    /// </summary>
    /// <remarks>
    /// Events: connection, pairing and characteristic events come from nanoFramework's event thread and are passed to
    /// the handler at once; <see cref="Stop"/>, <see cref="Notify"/> and <see cref="Indicate"/> run on the main loop.
    /// The stack needs a firmware image with Bluetooth (ESP32_BLE_REV0); constructing this on another image throws.
    /// </remarks>
    public sealed class Esp32BlePeripheral : IBlePeripheral
    {
        // Longest attribute value ATT allows: a write can never be longer, so the shared write array never truncates.
        private const int MaximumAttributeValueLength = 512;

        private readonly BluetoothLEServer _server;
        private readonly byte[] _writeScratch = new byte[MaximumAttributeValueLength];
        private IBlePeripheralHandler? _handler;
        private GattServiceProvider? _primary;
        private Esp32GattCharacteristic[]? _characteristics;
        private bool _running;
        private int _connected;

        /// <summary>Takes the BLE server singleton and subscribes its connection and pairing events.</summary>
        public Esp32BlePeripheral()
        {
            _server = BluetoothLEServer.Instance;
            _server.Session.SessionStatusChanged += OnSessionStatusChanged;
            _server.Pairing.PairingRequested += OnPairingRequested;
            _server.Pairing.PairingComplete += OnPairingComplete;
        }

        /// <inheritdoc/>
        /// <remarks>
        /// nanoFramework stops synchronously: <c>StopAdvertising</c> sets the publisher's status to Stopped, whose
        /// handler (<c>GattServiceProvider.Publisher_StatusChanged</c>) disposes the native GATT table and sets the stack
        /// to NotRunning before <c>StopAdvertising</c> returns. So this is simply "not started since the last Stop".
        /// </remarks>
        public bool IsStopped
        {
            get { return !_running; }
        }

        /// <summary>Faults caught in event handlers (logged; the event thread must survive them).</summary>
        public int EventFaults { get; private set; }

        /// <summary>The handler (event thread reads it).</summary>
        internal IBlePeripheralHandler? Handler
        {
            get { return _handler; }
        }

        /// <summary>Array for written values; writes are serialised on the one event thread, so one is enough.</summary>
        internal byte[] WriteScratch
        {
            get { return _writeScratch; }
        }

        /// <inheritdoc/>
        public void SetHandler(IBlePeripheralHandler handler)
        {
            _handler = handler ?? throw new ArgumentNullException("handler");
        }

        /// <inheritdoc/>
        /// <remarks>
        /// <c>GattServiceProvider.Create</c> per service (a UUID created before is replaced in the server's list; the
        /// first creation also adds nanoFramework's Device Information service), then per characteristic
        /// <c>CreateCharacteristic</c> with properties, protection levels, 0x2901 and 0x2904. The property and
        /// protection values are numerically equal to nanoFramework's enums. The previous table's characteristics are
        /// detached first; nanoFramework keeps them in its event map (ids are never reused).
        /// </remarks>
        public void BuildGattTable(BleGattTable table)
        {
            if (table == null)
            {
                throw new ArgumentNullException("table");
            }

            if (_running)
            {
                throw new InvalidOperationException("The GATT table can only be built while the stack is stopped.");
            }

            Esp32GattCharacteristic[]? previous = _characteristics;
            if (previous != null)
            {
                for (int i = 0; i < previous.Length; i++)
                {
                    previous[i].Detach();
                }
            }

            _characteristics = null;
            _primary = null;

            GattServiceProvider[] providers = new GattServiceProvider[table.ServiceCount];
            for (int s = 0; s < providers.Length; s++)
            {
                GattServiceProviderResult result = GattServiceProvider.Create(table.GetService(s));
                if (result.Error != BluetoothError.Success || result.ServiceProvider == null)
                {
                    throw new InvalidOperationException("Creating GATT service " + s.ToString() + " failed.");
                }

                providers[s] = result.ServiceProvider;
            }

            Esp32GattCharacteristic[] characteristics = new Esp32GattCharacteristic[table.CharacteristicCount];
            for (int i = 0; i < characteristics.Length; i++)
            {
                BleCharacteristicDefinition definition = table.GetCharacteristic(i);
                GattLocalCharacteristicParameters parameters = new GattLocalCharacteristicParameters();
                parameters.CharacteristicProperties = (GattCharacteristicProperties)(uint)definition.Properties;
                parameters.ReadProtectionLevel = (GattProtectionLevel)(int)definition.ReadProtection;
                parameters.WriteProtectionLevel = (GattProtectionLevel)(int)definition.WriteProtection;
                if (definition.UserDescription != null)
                {
                    parameters.UserDescription = definition.UserDescription;
                }

                if (definition.HasPresentationFormat)
                {
                    parameters.CreateGattPresentationFormat(
                        definition.PresentationFormatType,
                        definition.PresentationExponent,
                        definition.PresentationUnit,
                        definition.PresentationNamespace,
                        definition.PresentationDescription);
                }

                GattLocalCharacteristicResult created = providers[definition.ServiceIndex].Service.CreateCharacteristic(definition.Uuid, parameters);
                if (created.Error != BluetoothError.Success || created.Characteristic == null)
                {
                    throw new InvalidOperationException("Creating GATT characteristic " + i.ToString() + " failed.");
                }

                characteristics[i] = new Esp32GattCharacteristic(this, i, created.Characteristic, definition);
                characteristics[i].Attach();
            }

            _primary = providers[0];
            _characteristics = characteristics;
        }

        /// <inheritdoc/>
        /// <remarks>
        /// The GAP name is handed to NimBLE when the stack starts, which <c>StartAdvertising</c> does (the stack is
        /// NotRunning after every <see cref="Stop"/>). <c>StartAdvertising</c> also re-registers every service of the
        /// server (<c>NativeInitializeServiceConfig</c>) without creating characteristics. A failure of the native start
        /// is logged and not thrown: the shunt keeps measuring and serving VE.Direct, and the next restart of the BLE
        /// service (Stop + Start) tries again.
        /// </remarks>
        public void Start(DeviceName name, byte[] adStructures, int length)
        {
            if (name == null)
            {
                throw new ArgumentNullException("name");
            }

            if (adStructures == null)
            {
                throw new ArgumentNullException("adStructures");
            }

            if (_running)
            {
                throw new InvalidOperationException("Start while the stack is not stopped.");
            }

            GattServiceProvider primary = _primary ?? throw new InvalidOperationException("Start before a GATT table was built.");
            if (_handler == null)
            {
                throw new InvalidOperationException("Start before a handler was set.");
            }

            // Validate and lay out the advertising first, so a malformed argument changes nothing.
            GattServiceProviderAdvertisingParameters parameters = Esp32Advertising.CreateParameters(adStructures, length);

            _server.DeviceName = name.Text;

            // DisplayOnly + MITM + Secure Connections = LE Secure Connections passkey entry, the device showing the
            // passkey. Creating protected characteristics only ever raises ProtectionLevel; set it explicitly anyway.
            DevicePairing pairing = _server.Pairing;
            pairing.IOCapabilities = DevicePairingIOCapabilities.DisplayOnly;
            pairing.ProtectionLevel = DevicePairingProtectionLevel.EncryptionAndAuthentication;
            pairing.AllowBonding = true;

            _running = true;
            try
            {
                primary.StartAdvertising(parameters);
            }
            catch (Exception exception)
            {
                DebugOutput.WriteLine("BLE: start failed: " + DebugOutput.Describe(exception));
                return;
            }

            GattServiceProviderAdvertisementStatus status = primary.AdvertisementStatus;
            if (status == GattServiceProviderAdvertisementStatus.StartedWithoutAllAdvertisementData)
            {
                DebugOutput.WriteLine("BLE: advertising started without all advertising data (it did not fit 31 + 31 bytes).");
            }
            else if (status != GattServiceProviderAdvertisementStatus.Started)
            {
                DebugOutput.WriteLine("BLE: advertising did not start (status " + ((int)status).ToString() + ").");
            }
        }

        /// <inheritdoc/>
        /// <remarks>
        /// <c>StopAdvertising</c> tears the GATT server down (see <see cref="IsStopped"/>). If the last start never
        /// created a publisher, or its status already was Stopped, that teardown did not run, so
        /// <c>BluetoothLEServer.Stop</c> follows (a no-op when the stack is already NotRunning). A connected central is
        /// reported as disconnected here: the teardown does not promise a disconnect event.
        /// </remarks>
        public void Stop()
        {
            if (!_running)
            {
                return;
            }

            try
            {
                _primary!.StopAdvertising();
            }
            catch (Exception exception)
            {
                DebugOutput.WriteLine("BLE: stop advertising failed: " + DebugOutput.Describe(exception));
            }

            try
            {
                _server.Stop();
            }
            catch (Exception exception)
            {
                DebugOutput.WriteLine("BLE: stopping the stack failed: " + DebugOutput.Describe(exception));
            }

            _running = false;
            if (Interlocked.Exchange(ref _connected, 0) == 1)
            {
                IBlePeripheralHandler? handler = _handler;
                if (handler != null)
                {
                    handler.OnLinkSecurityChanged(false);
                    handler.OnConnectionChanged(false);
                }
            }
        }

        /// <inheritdoc/>
        public bool Notify(int characteristicIndex, byte[] value, int length)
        {
            Esp32GattCharacteristic characteristic = Characteristic(characteristicIndex);
            if (!_running)
            {
                return false;
            }

            return characteristic.Notify(value, length);
        }

        /// <inheritdoc/>
        /// <remarks>
        /// nanoFramework 1.1.x cannot indicate (native <c>NativeNotifyClient</c> always calls
        /// <c>ble_gattc_notify_custom</c>): the value goes out as a notification and the confirmation is reported at
        /// once, as <see cref="IBlePeripheral.Indicate"/> documents.
        /// </remarks>
        public bool Indicate(int characteristicIndex, byte[] value, int length)
        {
            Esp32GattCharacteristic characteristic = Characteristic(characteristicIndex);
            if (!_running || !characteristic.Notify(value, length))
            {
                return false;
            }

            IBlePeripheralHandler? handler = _handler;
            if (handler != null)
            {
                handler.OnIndicationConfirmed(characteristicIndex);
            }

            return true;
        }

        /// <summary>
        /// Deletes every stored bond (NimBLE <c>ble_store_clear</c> through <c>DeviceBonding.DeleteAllBonds</c>).
        /// nanoFramework's bond APIs need the stack running, so this only works between <c>Start</c> and <c>Stop</c>.
        /// </summary>
        /// <returns>Whether the bonds were deleted.</returns>
        public bool ClearBonds()
        {
            if (!_running)
            {
                return false;
            }

            try
            {
                DeviceBonding.DeleteAllBonds();
                return true;
            }
            catch (Exception exception)
            {
                DebugOutput.WriteLine("BLE: clearing bonds failed: " + DebugOutput.Describe(exception));
                return false;
            }
        }

        /// <summary>Number of stored bonds, or −1 when the stack is not running (or the count fails).</summary>
        /// <returns>The count.</returns>
        public int CountBonds()
        {
            if (!_running)
            {
                return -1;
            }

            try
            {
                return DeviceBonding.Count();
            }
            catch (Exception)
            {
                return -1;
            }
        }

        /// <summary>Logs an exception caught on the event thread.</summary>
        /// <param name="what">The event.</param>
        /// <param name="exception">The exception.</param>
        internal void ReportEventFault(string what, Exception exception)
        {
            EventFaults++;
            DebugOutput.WriteLine("BLE: " + what + " handler failed: " + DebugOutput.Describe(exception));
        }

        private Esp32GattCharacteristic Characteristic(int index)
        {
            Esp32GattCharacteristic[] characteristics = _characteristics ?? throw new InvalidOperationException("No GATT table.");
            if (index < 0 || index >= characteristics.Length)
            {
                throw new ArgumentOutOfRangeException("characteristicIndex");
            }

            return characteristics[index];
        }

        private void OnSessionStatusChanged(object sender, GattSessionStatusChangedEventArgs args)
        {
            try
            {
                IBlePeripheralHandler? handler = _handler;
                if (args.Status == GattSessionStatus.Active)
                {
                    if (Interlocked.Exchange(ref _connected, 1) == 0 && handler != null)
                    {
                        handler.OnConnectionChanged(true);
                    }
                }
                else if (Interlocked.Exchange(ref _connected, 0) == 1 && handler != null)
                {
                    // DevicePairing keeps IsAuthenticated from the last link; the link's security ends with it.
                    handler.OnLinkSecurityChanged(false);
                    handler.OnConnectionChanged(false);
                }
            }
            catch (Exception exception)
            {
                ReportEventFault("session", exception);
            }
        }

        private void OnPairingRequested(object sender, DevicePairingRequestedEventArgs args)
        {
            try
            {
                IBlePeripheralHandler? handler = _handler;
                if (args.PairingKind == DevicePairingKinds.DisplayPin && handler != null)
                {
                    // DisplayOnly passkey entry: nanoFramework passes Pin = 0 and lets the application choose the
                    // passkey, which the central's user types.
                    args.Accept(handler.OnPasskeyRequested());
                }
                else
                {
                    // Not expected with DisplayOnly. Unanswered, NimBLE gives up after 2 s and pairing fails.
                    DebugOutput.WriteLine("BLE: pairing kind " + ((int)args.PairingKind).ToString() + " is not supported; pairing refused.");
                }
            }
            catch (Exception exception)
            {
                ReportEventFault("pairing request", exception);
            }
        }

        private void OnPairingComplete(object sender, DevicePairingEventArgs args)
        {
            // nanoFramework raises this from NimBLE's ENC_CHANGE event: after pairing, and also when a bonded central
            // restores encryption. IsAuthenticated is the link's MITM flag, set just before the event.
            try
            {
                IBlePeripheralHandler? handler = _handler;
                if (handler == null)
                {
                    return;
                }

                bool success = args.Status == DevicePairingResultStatus.Paired;
                handler.OnPairingCompleted(success);
                handler.OnLinkSecurityChanged(success && _server.Pairing.IsAuthenticated);
            }
            catch (Exception exception)
            {
                ReportEventFault("pairing complete", exception);
            }
        }
    }
}
