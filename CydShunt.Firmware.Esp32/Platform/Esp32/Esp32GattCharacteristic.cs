using System;
using nanoFramework.Device.Bluetooth;
using nanoFramework.Device.Bluetooth.GenericAttributeProfile;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// One characteristic of the built table: the nanoFramework <c>GattLocalCharacteristic</c>, its index in the
    /// <see cref="BleGattTable"/>, and preallocated value arrays wrapped in <c>Buffer</c>s (<c>new Buffer(byte[])</c>
    /// wraps without copying; <c>Length</c> is set per use). Its event handlers translate nanoFramework requests into
    /// <see cref="IBlePeripheralHandler"/> calls by index, so no lookup is needed.
    /// </summary>
    /// <remarks>
    /// Threads: read, write and subscription events arrive on nanoFramework's single event thread while the library
    /// holds its characteristic-map lock; NimBLE waits at most 2 s for the answer. Notifications come from the main
    /// loop. The two therefore use separate arrays. Allocation nanoFramework forces on these paths (v1.1.123):
    /// <c>GetRequest()</c> creates a request object; <c>RespondWithValue</c> copies <c>Length</c> bytes into a new array;
    /// a write's bytes arrive in a new array from native, and <c>DataReader</c> allocates a reader (and a 32-byte buffer
    /// when it reaches the end); <c>NotifyValue</c> copies the value and returns a new result array.
    /// </remarks>
    internal sealed class Esp32GattCharacteristic
    {
        private readonly Esp32BlePeripheral _owner;
        private readonly int _index;
        private readonly GattLocalCharacteristic _characteristic;
        private readonly bool _notifies;
        private readonly byte[] _readValue;
        private readonly Buffer _readBuffer;
        private readonly byte[] _notifyValue;
        private readonly Buffer _notifyBuffer;
        private bool _attached;

        /// <summary>Wraps a created characteristic.</summary>
        /// <param name="owner">The peripheral (handler and shared write array).</param>
        /// <param name="index">Index in the table.</param>
        /// <param name="characteristic">The nanoFramework characteristic.</param>
        /// <param name="definition">Its definition (maximum length, properties).</param>
        internal Esp32GattCharacteristic(Esp32BlePeripheral owner, int index, GattLocalCharacteristic characteristic, BleCharacteristicDefinition definition)
        {
            _owner = owner;
            _index = index;
            _characteristic = characteristic;
            _notifies = definition.HasClientConfiguration;
            int capacity = definition.MaximumLength < 0 ? 0 : definition.MaximumLength;
            _readValue = new byte[capacity];
            _readBuffer = new Buffer(_readValue);
            _notifyValue = new byte[_notifies ? capacity : 0];
            _notifyBuffer = new Buffer(_notifyValue);
        }

        /// <summary>Subscribes the request and subscription events.</summary>
        internal void Attach()
        {
            if (_attached)
            {
                return;
            }

            // Handlers on every characteristic: without one nanoFramework answers UnlikelyError, with one the
            // application decides (e.g. ReadNotPermitted).
            _characteristic.ReadRequested += OnReadRequested;
            _characteristic.WriteRequested += OnWriteRequested;
            if (_notifies)
            {
                _characteristic.SubscribedClientsChanged += OnSubscribedClientsChanged;
            }

            _attached = true;
        }

        /// <summary>Unsubscribes, so a replaced table's characteristic no longer reaches the application.</summary>
        internal void Detach()
        {
            if (!_attached)
            {
                return;
            }

            _characteristic.ReadRequested -= OnReadRequested;
            _characteristic.WriteRequested -= OnWriteRequested;
            if (_notifies)
            {
                _characteristic.SubscribedClientsChanged -= OnSubscribedClientsChanged;
            }

            _attached = false;
        }

        /// <summary>Notifies every subscribed client (main loop).</summary>
        /// <param name="value">The value.</param>
        /// <param name="length">Its length, at most the characteristic's maximum length.</param>
        /// <returns>Whether at least one client was sent the value.</returns>
        internal bool Notify(byte[] value, int length)
        {
            if (!_notifies)
            {
                throw new InvalidOperationException("The characteristic neither notifies nor indicates.");
            }

            if (length < 0 || length > _notifyValue.Length)
            {
                throw new ArgumentOutOfRangeException("length", "The value is longer than the characteristic's maximum length.");
            }

            Array.Copy(value, 0, _notifyValue, 0, length);
            _notifyBuffer.Length = (uint)length;
            GattClientNotificationResult[] results;
            try
            {
                results = _characteristic.NotifyValue(_notifyBuffer);
            }
            catch (Exception)
            {
                // NotifyValue sizes its result array before taking its lock: a subscription arriving in between throws.
                return false;
            }

            bool sent = false;
            for (int i = 0; i < results.Length; i++)
            {
                GattClientNotificationResult result = results[i];
                if (result != null && result.Status == GattCommunicationStatus.Success)
                {
                    sent = true;
                }
            }

            return sent;
        }

        private void OnReadRequested(GattLocalCharacteristic sender, GattReadRequestedEventArgs args)
        {
            GattReadRequest request = args.GetRequest();
            try
            {
                IBlePeripheralHandler? handler = _owner.Handler;
                if (handler == null)
                {
                    request.RespondWithProtocolError(AttError.UnlikelyError);
                    return;
                }

                int length;
                byte error = handler.OnRead(_index, _readValue, out length);
                if (error == AttError.None && (length < 0 || length > _readValue.Length))
                {
                    error = AttError.UnlikelyError;
                }

                if (error != AttError.None)
                {
                    request.RespondWithProtocolError(error);
                    return;
                }

                _readBuffer.Length = (uint)length;
                request.RespondWithValue(_readBuffer);
            }
            catch (Exception exception)
            {
                _owner.ReportEventFault("read", exception);
                TryRespondError(request);
            }
        }

        private void OnWriteRequested(GattLocalCharacteristic sender, GattWriteRequestedEventArgs args)
        {
            // GetRequest fetches the written bytes from native on every call: call it once.
            GattWriteRequest request = args.GetRequest();
            try
            {
                IBlePeripheralHandler? handler = _owner.Handler;
                if (handler == null)
                {
                    request.RespondWithProtocolError(AttError.UnlikelyError);
                    return;
                }

                Buffer value = request.Value;
                int length = (int)value.Length;
                byte[] bytes = _owner.WriteScratch;
                if (length > bytes.Length)
                {
                    request.RespondWithProtocolError(GattProtocolError.InvalidAttributeValueLength);
                    return;
                }

                // Buffer's array is internal: copy through a DataReader, byte by byte into the shared array
                // (ReadBytes would need an array of exactly the written length).
                if (length > 0)
                {
                    DataReader reader = DataReader.FromBuffer(value);
                    for (int i = 0; i < length; i++)
                    {
                        bytes[i] = reader.ReadByte();
                    }
                }

                byte error = handler.OnWrite(_index, bytes, length);
                if (error == AttError.None)
                {
                    request.Respond();
                }
                else
                {
                    request.RespondWithProtocolError(error);
                }
            }
            catch (Exception exception)
            {
                _owner.ReportEventFault("write", exception);
                TryRespondError(request);
            }
        }

        private void OnSubscribedClientsChanged(GattLocalCharacteristic sender, object args)
        {
            // args is always null; the library has already updated the subscribed-client list.
            try
            {
                IBlePeripheralHandler? handler = _owner.Handler;
                if (handler != null)
                {
                    handler.OnSubscriptionChanged(_index, sender.SubscribedClients.Length > 0);
                }
            }
            catch (Exception exception)
            {
                _owner.ReportEventFault("subscription", exception);
            }
        }

        private static void TryRespondError(GattReadRequest request)
        {
            try
            {
                request.RespondWithProtocolError(AttError.UnlikelyError);
            }
            catch (Exception)
            {
                // Nothing more can be done; NimBLE answers UnlikelyError itself after 2 s.
            }
        }

        private static void TryRespondError(GattWriteRequest request)
        {
            try
            {
                request.RespondWithProtocolError(AttError.UnlikelyError);
            }
            catch (Exception)
            {
                // As above.
            }
        }
    }
}
