using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// Encodes and decodes control-point requests (spec/gatt.md, "Control point"): <c>[opcode][parameters]</c>.
    /// Bytes after the defined parameters are ignored.
    /// </summary>
    public static partial class ControlPointRequestCodec
    {
        /// <summary>Longest request of protocol version 1: opcode + uint16 parameter.</summary>
        public const int MaximumSize = 3;

        /// <summary>Smallest battery capacity, Ah.</summary>
        public const int MinimumCapacityAmpHours = 1;

        /// <summary>Largest battery capacity, Ah.</summary>
        public const int MaximumCapacityAmpHours = WireLimits.UInt16Max;

        /// <summary>Shortest notification interval, ms.</summary>
        public const int MinimumNotificationIntervalMilliseconds = 200;

        /// <summary>Longest notification interval, ms.</summary>
        public const int MaximumNotificationIntervalMilliseconds = 10000;

        /// <summary>Default notification interval, ms.</summary>
        public const int DefaultNotificationIntervalMilliseconds = 1000;

        /// <summary>Encodes a request. The parameter must be within its range: requests are not clamped, since a clamped command would do something else.</summary>
        /// <param name="value">The request.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten">1 or 3 on success, else 0.</param>
        /// <param name="error"><see cref="ProtocolError.DestinationTooSmall"/>, <see cref="ProtocolError.UnknownOpcode"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure.</param>
        /// <returns>Whether the request could be encoded.</returns>
        public static bool TryEncode(ControlPointRequest value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
        {
            Guard.Offset(destination, offset, "destination");
            bytesWritten = 0;
            int parameterSize = ParameterSize(value.Opcode);
            if (parameterSize < 0)
            {
                error = ProtocolError.UnknownOpcode;
                return false;
            }

            if (parameterSize > 0 && !InRange(value.Opcode, value.Parameter))
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            if (destination.Length - offset < 1 + parameterSize)
            {
                error = ProtocolError.DestinationTooSmall;
                return false;
            }

            destination[offset] = (byte)value.Opcode;
            if (parameterSize == 2)
            {
                LittleEndian.WriteUInt16(destination, offset + 1, value.Parameter);
            }

            bytesWritten = 1 + parameterSize;
            error = ProtocolError.None;
            return true;
        }

        /// <summary>Decodes a request as the device receives it.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the write starts.</param>
        /// <param name="count">How many bytes were written.</param>
        /// <param name="value">The request; on failure its opcode is the first byte (or <see cref="ControlPointOpcode.None"/> for an empty write).</param>
        /// <param name="error"><see cref="ProtocolError.TooShort"/>, <see cref="ProtocolError.UnknownOpcode"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure.</param>
        /// <returns>Whether the request is valid.</returns>
        [MethodImpl(Inlining.Aggressive)]
        public static bool TryDecode(byte[] source, int offset, int count, out ControlPointRequest value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            int opcode = count >= 1 ? source[offset] : -1;
            int parameter = count >= MaximumSize ? LittleEndian.ReadUInt16(source, offset + 1) : -1;
            return TryFromWire(count, opcode, parameter, out value, out error);
        }

        /// <summary>Decodes a request or throws <see cref="ProtocolException"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the write starts.</param>
        /// <param name="count">How many bytes were written.</param>
        /// <returns>The request.</returns>
        public static ControlPointRequest Decode(byte[] source, int offset, int count)
        {
            ControlPointRequest value;
            ProtocolError error;
            if (!TryDecode(source, offset, count, out value, out error))
            {
                throw new ProtocolException(error, "control-point request");
            }

            return value;
        }

        /// <summary>The result code a device answers for a request that failed to decode with <paramref name="error"/>.</summary>
        /// <param name="error">The decode error.</param>
        /// <returns>InvalidLength, OpcodeNotSupported, InvalidParameter; Success for <see cref="ProtocolError.None"/>.</returns>
        public static ControlPointResult ResultFor(ProtocolError error)
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

        // Parameter bytes an opcode takes; -1 for opcodes version 1 does not define.
        [MethodImpl(Inlining.Aggressive)]
        private static int ParameterSize(ControlPointOpcode opcode)
        {
            switch (opcode)
            {
                case ControlPointOpcode.ResetEnergyCounters:
                case ControlPointOpcode.SynchroniseStateOfCharge:
                    return 0;
                case ControlPointOpcode.SetBatteryCapacity:
                case ControlPointOpcode.SetNotificationInterval:
                    return 2;
                default:
                    return -1;
            }
        }

        [MethodImpl(Inlining.Aggressive)]
        private static bool InRange(ControlPointOpcode opcode, int parameter)
        {
            if (opcode == ControlPointOpcode.SetBatteryCapacity)
            {
                return parameter >= MinimumCapacityAmpHours && parameter <= MaximumCapacityAmpHours;
            }

            return parameter >= MinimumNotificationIntervalMilliseconds && parameter <= MaximumNotificationIntervalMilliseconds;
        }

        /// <summary>
        /// Validates a written request (shared by every decoder): <paramref name="count"/> bytes were written,
        /// <paramref name="opcode"/> is the first byte (−1 when there is none), <paramref name="parameter"/> the uint16
        /// after it (−1 when fewer than 3 bytes were written).
        /// </summary>
        [MethodImpl(Inlining.Aggressive)]
        internal static bool TryFromWire(int count, int opcode, int parameter, out ControlPointRequest value, out ProtocolError error)
        {
            value = new ControlPointRequest(ControlPointOpcode.None, Measurement.NotAvailable);
            if (count < 1)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            ControlPointOpcode code = (ControlPointOpcode)opcode;
            value.Opcode = code;
            int parameterSize = ParameterSize(code);
            if (parameterSize < 0)
            {
                error = ProtocolError.UnknownOpcode;
                return false;
            }

            if (count < 1 + parameterSize)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            if (parameterSize == 2)
            {
                if (!InRange(code, parameter))
                {
                    error = ProtocolError.ValueOutOfRange;
                    return false;
                }

                value.Parameter = parameter;
            }

            error = ProtocolError.None;
            return true;
        }
    }
}
