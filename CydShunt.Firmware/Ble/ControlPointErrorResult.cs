using CydShunt.Protocol;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// One responsibility: the device's policy for answering a control-point write that could not be decoded, i.e. which
    /// result code it indicates for each decoding error (spec/gatt.md, "Control point"). Device-side, so it lives in the
    /// firmware rather than in the client library.
    /// </summary>
    internal static class ControlPointErrorResult
    {
        /// <summary>The result the device indicates when decoding a request failed with <paramref name="error"/>.</summary>
        /// <param name="error">The decoder's error; <see cref="ProtocolError.None"/> means the request was valid.</param>
        /// <returns>The result code.</returns>
        public static ControlPointResult For(ProtocolError error)
        {
            switch (error)
            {
                case ProtocolError.None: return ControlPointResult.Success;
                case ProtocolError.UnknownOpcode: return ControlPointResult.OpcodeNotSupported;
                case ProtocolError.ValueOutOfRange: return ControlPointResult.InvalidParameter;
                case ProtocolError.TooShort: return ControlPointResult.InvalidLength;
                default: return ControlPointResult.OperationFailed;
            }
        }
    }
}
