using CydShunt.Firmware.Platform;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Carries out an accepted control-point request on the main loop: decodes it, performs it through
    /// <see cref="IControlPointActions"/> or the interval's persistence, and indicates the response (spec/gatt.md).
    /// Holds no shared state; called only without the lock (see <see cref="BleTelemetryService"/>).
    /// </summary>
    internal sealed class ControlPointHandler
    {
        private readonly IBlePeripheral _peripheral;
        private readonly IControlPointActions _actions;
        private readonly NotificationIntervalChangedHandler? _notificationIntervalChanged;
        private readonly byte[] _controlPointRequest;
        private readonly byte[] _controlPointResponse = new byte[ControlPointResponseCodec.Size];

        /// <summary>Creates the handler.</summary>
        /// <param name="peripheral">The BLE port the response is indicated through.</param>
        /// <param name="actions">Opcodes 0x01–0x03.</param>
        /// <param name="notificationIntervalChanged">Persists opcode 0x04's interval; <see langword="null"/> when not persisted.</param>
        /// <param name="request">The request bytes <see cref="ControlPointInbox"/> accepted.</param>
        public ControlPointHandler(IBlePeripheral peripheral, IControlPointActions actions, NotificationIntervalChangedHandler? notificationIntervalChanged, byte[] request)
        {
            _peripheral = peripheral;
            _actions = actions;
            _notificationIntervalChanged = notificationIntervalChanged;
            _controlPointRequest = request;
        }

        /// <summary>
        /// Decodes the accepted request and performs it. A successful SetBatteryCapacity or SetNotificationInterval
        /// still has to reach the service's own state (Device Info's capacity, the notification interval).
        /// </summary>
        /// <param name="length">The request's length.</param>
        /// <param name="request">The decoded request (its opcode also answers a request that failed to decode).</param>
        /// <returns>The result to indicate.</returns>
        public ControlPointResult Perform(int length, out ControlPointRequest request)
        {
            ProtocolError error;
            ControlPointResult result;
            if (ControlPointRequestCodec.TryDecode(_controlPointRequest, 0, length, out request, out error))
            {
                result = Perform(request);
            }
            else
            {
                result = ControlPointErrorResult.For(error);
            }

            return result;
        }

        /// <summary>Indicates the response <c>80 opcode result</c>.</summary>
        /// <param name="request">The request answered.</param>
        /// <param name="result">Its result.</param>
        /// <returns>Whether the indication was sent (a confirmation follows).</returns>
        public bool Respond(ControlPointRequest request, ControlPointResult result)
        {
            int written;
            ProtocolError error;
            ControlPointResponseCodec.TryEncode(new ControlPointResponse(request.Opcode, result), _controlPointResponse, 0, out written, out error);
            return _peripheral.Indicate(CydShuntGattTable.ControlPoint, _controlPointResponse, written);
        }

        private ControlPointResult Perform(ControlPointRequest request)
        {
            switch (request.Opcode)
            {
                case ControlPointOpcode.ResetEnergyCounters:
                    return _actions.ResetEnergyCounters();
                case ControlPointOpcode.SynchroniseStateOfCharge:
                    return _actions.SynchroniseStateOfCharge();
                case ControlPointOpcode.SetBatteryCapacity:
                    return _actions.SetBatteryCapacity(request.Parameter);
                default:
                    // SetNotificationInterval, the service's own setting: persisted first, applied only if stored.
                    if (_notificationIntervalChanged != null && !_notificationIntervalChanged(request.Parameter))
                    {
                        return ControlPointResult.OperationFailed;
                    }

                    return ControlPointResult.Success;
            }
        }
    }
}
