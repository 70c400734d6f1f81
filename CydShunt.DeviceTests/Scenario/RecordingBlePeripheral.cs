using CydShunt.Firmware.Platform;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Scenario
{
    /// <summary>
    /// The BLE port with one scripted central: every advertisement start, notification and indication goes into the
    /// digest; the scenario connects, subscribes, reads and writes through the handler as the stack would. Follows the
    /// port's rules (IBlePeripheral): data fixed while advertising, Stop drops the central, indications confirmed later.
    /// </summary>
    public sealed class RecordingBlePeripheral : IBlePeripheral
    {
        private readonly ScenarioDigest _digest;
        private readonly byte[] _value = new byte[CydShuntGatt.MaximumValueLength]; // read answers
        private IBlePeripheralHandler? _handler;
        private bool[] _subscribed = new bool[0];
        private int _pendingConfirmation = -1;

        /// <summary>Creates the port.</summary>
        /// <param name="digest">Receives what the firmware sends.</param>
        public RecordingBlePeripheral(ScenarioDigest digest)
        {
            _digest = digest;
            IsStopped = true;
        }

        /// <inheritdoc/>
        public bool IsStopped { get; private set; }

        /// <summary>Whether the central is connected.</summary>
        public bool Connected { get; private set; }

        /// <summary>Advertising starts so far.</summary>
        public int Starts { get; private set; }

        /// <summary>Notifications delivered so far.</summary>
        public int Notifications { get; private set; }

        /// <summary>Indications delivered so far.</summary>
        public int Indications { get; private set; }

        /// <inheritdoc/>
        public void SetHandler(IBlePeripheralHandler handler)
        {
            _handler = handler;
        }

        /// <inheritdoc/>
        public void BuildGattTable(BleGattTable table)
        {
            _subscribed = new bool[table.CharacteristicCount];
        }

        /// <inheritdoc/>
        public void Start(DeviceName name, byte[] adStructures, int length)
        {
            IsStopped = false;
            Starts++;
            _digest.Add('A', 0, adStructures, 0, length);
        }

        /// <inheritdoc/>
        public void Stop()
        {
            IsStopped = true;
            if (Connected)
            {
                Disconnect();
            }
        }

        /// <inheritdoc/>
        public bool Notify(int characteristicIndex, byte[] value, int length)
        {
            if (!Connected || !_subscribed[characteristicIndex])
            {
                return false;
            }

            Notifications++;
            _digest.Add('N', characteristicIndex, value, 0, length);
            return true;
        }

        /// <inheritdoc/>
        public bool Indicate(int characteristicIndex, byte[] value, int length)
        {
            if (!Connected || !_subscribed[characteristicIndex])
            {
                return false;
            }

            Indications++;
            _digest.Add('I', characteristicIndex, value, 0, length);
            _pendingConfirmation = characteristicIndex;
            return true;
        }

        /// <summary>Bond-store clears so far (the scenario's central never bonds, so there is nothing else to forget).</summary>
        public int BondClears { get; private set; }

        /// <inheritdoc/>
        public bool ClearBonds()
        {
            if (IsStopped)
            {
                return false;
            }

            BondClears++;
            return true;
        }

        /// <summary>The central connects (only while advertising).</summary>
        /// <param name="authenticated">Whether the link comes up encrypted and authenticated (a bonded central).</param>
        public void Connect(bool authenticated)
        {
            Connected = true;
            _handler!.OnConnectionChanged(true);
            _handler.OnLinkSecurityChanged(authenticated);
        }

        /// <summary>The central leaves: its subscriptions end.</summary>
        public void Disconnect()
        {
            Connected = false;
            for (int i = 0; i < _subscribed.Length; i++)
            {
                _subscribed[i] = false;
            }

            _handler!.OnLinkSecurityChanged(false);
            _handler.OnConnectionChanged(false);
        }

        /// <summary>The central writes a CCCD.</summary>
        /// <param name="characteristicIndex">Characteristic.</param>
        /// <param name="subscribed">On or off.</param>
        public void Subscribe(int characteristicIndex, bool subscribed)
        {
            _subscribed[characteristicIndex] = subscribed;
            _handler!.OnSubscriptionChanged(characteristicIndex, subscribed);
        }

        /// <summary>The central reads a value; the answer goes into the digest.</summary>
        /// <param name="characteristicIndex">Characteristic.</param>
        /// <returns>The ATT result.</returns>
        public byte Read(int characteristicIndex)
        {
            int length;
            byte result = _handler!.OnRead(characteristicIndex, _value, out length);
            _digest.Add('R', characteristicIndex, _value, 0, result == AttError.None ? length : 0);
            return result;
        }

        /// <summary>The central writes a value.</summary>
        /// <param name="characteristicIndex">Characteristic.</param>
        /// <param name="value">Bytes.</param>
        /// <param name="length">Length.</param>
        /// <returns>The ATT result.</returns>
        public byte Write(int characteristicIndex, byte[] value, int length)
        {
            byte result = _handler!.OnWrite(characteristicIndex, value, length);
            byte[] tag = new byte[] { result };
            _digest.Add('W', characteristicIndex, tag, 0, 1);
            return result;
        }

        /// <summary>The central confirms the indication in flight, as a real central does a connection event later.</summary>
        public void ConfirmPendingIndication()
        {
            if (_pendingConfirmation >= 0)
            {
                int index = _pendingConfirmation;
                _pendingConfirmation = -1;
                _handler!.OnIndicationConfirmed(index);
            }
        }
    }
}
