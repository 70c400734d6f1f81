using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>Encodes and decodes control-point responses (spec/gatt.md, "Control point"): <c>[0x80][request opcode][result]</c>.</summary>
    public static partial class ControlPointResponseCodec
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = 3;

        private const int RequestOpcodeOffset = 1;
        private const int ResultOffset = 2;

        /// <summary>Decodes a control-point response from the whole of <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The control-point response, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static bool TryDecode(byte[] source, out ControlPointResponse value, out ProtocolError error)
        {
            Guard.NotNull(source, "source");
            return TryDecodeCore(new WireReader(source, 0, source.Length), out value, out error);
        }

        /// <summary>Decodes a control-point response from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <param name="value">The control-point response, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static bool TryDecode(byte[] source, int offset, int count, out ControlPointResponse value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return TryDecodeCore(new WireReader(source, offset, count), out value, out error);
        }

        /// <summary>Decodes a control-point response from the whole of <paramref name="source"/> or throws.</summary>
        /// <param name="source">The bytes.</param>
        /// <returns>The control-point response.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid control-point response.</exception>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static ControlPointResponse Decode(byte[] source)
        {
            Guard.NotNull(source, "source");
            return DecodeCore(new WireReader(source, 0, source.Length));
        }

        /// <summary>Decodes a control-point response from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <returns>The control-point response.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid control-point response.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static ControlPointResponse Decode(byte[] source, int offset, int count)
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
        public static bool TryEncode(ControlPointResponse value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
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
        public static int Encode(ControlPointResponse value, byte[] destination, int offset)
        {
            Guard.Offset(destination, offset, "destination");
            return EncodeCore(value, new WireWriter(destination, offset, destination.Length - offset));
        }

        /// <summary>The encoder of the layout (byte[] and Span overloads).</summary>
        internal static bool TryEncodeCore(ControlPointResponse value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            if (destination.Length < Size)
            {
                bytesWritten = 0;
                error = ProtocolError.DestinationTooSmall;
                return false;
            }

            destination[0] = (byte)ControlPointOpcode.Response;
            destination[RequestOpcodeOffset] = (byte)value.RequestOpcode;
            destination[ResultOffset] = (byte)value.Result;
            bytesWritten = Size;
            error = ProtocolError.None;
            return true;
        }

        /// <summary>The decoder of the layout (byte[] and Span overloads); unknown result codes pass through.</summary>
        internal static bool TryDecodeCore(WireReader source, out ControlPointResponse value, out ProtocolError error)
        {
            value = default(ControlPointResponse);
            if (source.Length < Size)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            if (source[0] != (byte)ControlPointOpcode.Response)
            {
                error = ProtocolError.NotAResponse;
                return false;
            }

            value = new ControlPointResponse((ControlPointOpcode)source[RequestOpcodeOffset], (ControlPointResult)source[ResultOffset]);
            error = ProtocolError.None;
            return true;
        }

        internal static ControlPointResponse DecodeCore(WireReader source)
        {
            ControlPointResponse value;
            ProtocolError error;
            if (!TryDecodeCore(source, out value, out error))
            {
                throw new ProtocolException(error, "control-point response");
            }

            return value;
        }

        internal static int EncodeCore(ControlPointResponse value, WireWriter destination)
        {
            int bytesWritten;
            ProtocolError error;
            if (!TryEncodeCore(value, destination, out bytesWritten, out error))
            {
                throw new ProtocolException(error, "control-point response");
            }

            return bytesWritten;
        }
    }
}
