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

        /// <summary>Decodes a control-point request from the whole of <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The control-point request, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static bool TryDecode(byte[] source, out ControlPointRequest value, out ProtocolError error)
        {
            Guard.NotNull(source, "source");
            return TryDecodeCore(new WireReader(source, 0, source.Length), out value, out error);
        }

        /// <summary>Decodes a control-point request from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <param name="value">The control-point request, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static bool TryDecode(byte[] source, int offset, int count, out ControlPointRequest value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return TryDecodeCore(new WireReader(source, offset, count), out value, out error);
        }

        /// <summary>Decodes a control-point request from the whole of <paramref name="source"/> or throws.</summary>
        /// <param name="source">The bytes.</param>
        /// <returns>The control-point request.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid control-point request.</exception>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static ControlPointRequest Decode(byte[] source)
        {
            Guard.NotNull(source, "source");
            return DecodeCore(new WireReader(source, 0, source.Length));
        }

        /// <summary>Decodes a control-point request from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <returns>The control-point request.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid control-point request.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static ControlPointRequest Decode(byte[] source, int offset, int count)
        {
            Guard.Range(source, offset, count, "source");
            return DecodeCore(new WireReader(source, offset, count));
        }

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/> at <paramref name="offset"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <param name="bytesWritten">The bytes written on success, else 0.</param>
        /// <param name="error"><see cref="ProtocolError.DestinationTooSmall"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the value was written.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or an offset outside it.</exception>
        public static bool TryEncode(ControlPointRequest value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
        {
            Guard.Offset(destination, offset, "destination");
            return TryEncodeCore(value, new WireWriter(destination, offset, destination.Length - offset), out bytesWritten, out error);
        }

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ProtocolException">The destination is too small, or the value cannot be encoded.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or an offset outside it.</exception>
        public static int Encode(ControlPointRequest value, byte[] destination, int offset)
        {
            Guard.Offset(destination, offset, "destination");
            return EncodeCore(value, new WireWriter(destination, offset, destination.Length - offset));
        }

        /// <summary>
        /// The encoder of the layout (byte[] and Span overloads): the value checks first (an opcode version 1 does not
        /// define, a parameter out of range), then the room.
        /// </summary>
        internal static bool TryEncodeCore(ControlPointRequest value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
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

            if (destination.Length < 1 + parameterSize)
            {
                error = ProtocolError.DestinationTooSmall;
                return false;
            }

            destination[0] = (byte)value.Opcode;
            if (parameterSize == 2)
            {
                destination.WriteUInt16(1, value.Parameter);
            }

            bytesWritten = 1 + parameterSize;
            error = ProtocolError.None;
            return true;
        }

        /// <summary>
        /// The decoder of the layout (byte[] and Span overloads). On failure the value still carries the opcode when there
        /// was one (the device answers with it), and <see cref="Measurement.NotAvailable"/> as the parameter.
        /// </summary>
        [MethodImpl(Inlining.Aggressive)]
        internal static bool TryDecodeCore(WireReader source, out ControlPointRequest value, out ProtocolError error)
        {
            int count = source.Length;
            if (count < 1)
            {
                value = new ControlPointRequest(ControlPointOpcode.None, Measurement.NotAvailable);
                error = ProtocolError.TooShort;
                return false;
            }

            ControlPointOpcode code = (ControlPointOpcode)source[0];
            value = new ControlPointRequest(code, Measurement.NotAvailable);
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
                int parameter = source.ReadUInt16(1);
                if (!InRange(code, parameter))
                {
                    error = ProtocolError.ValueOutOfRange;
                    return false;
                }

                value = new ControlPointRequest(code, parameter);
            }

            error = ProtocolError.None;
            return true;
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

        internal static ControlPointRequest DecodeCore(WireReader source)
        {
            ControlPointRequest value;
            ProtocolError error;
            if (!TryDecodeCore(source, out value, out error))
            {
                throw new ProtocolException(error, "control-point request");
            }

            return value;
        }

        internal static int EncodeCore(ControlPointRequest value, WireWriter destination)
        {
            int bytesWritten;
            ProtocolError error;
            if (!TryEncodeCore(value, destination, out bytesWritten, out error))
            {
                throw new ProtocolException(error, "control-point request");
            }

            return bytesWritten;
        }
    }
}
