using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>Encodes and decodes the 3-byte alarms value (spec/gatt.md, "Alarms"). Unknown bits pass through.</summary>
    public static partial class AlarmStatusCodec
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = 3;

        private const int StatusOffset = 0;  // uint8 flags
        private const int AlarmsOffset = 1;  // uint16 flags

        /// <summary>Decodes a alarms value from the whole of <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The alarms value, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static bool TryDecode(byte[] source, out AlarmStatus value, out ProtocolError error)
        {
            Guard.NotNull(source, "source");
            return TryDecodeCore(new WireReader(source, 0, source.Length), out value, out error);
        }

        /// <summary>Decodes a alarms value from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <param name="value">The alarms value, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static bool TryDecode(byte[] source, int offset, int count, out AlarmStatus value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return TryDecodeCore(new WireReader(source, offset, count), out value, out error);
        }

        /// <summary>Decodes a alarms value from the whole of <paramref name="source"/> or throws.</summary>
        /// <param name="source">The bytes.</param>
        /// <returns>The alarms value.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid alarms value.</exception>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static AlarmStatus Decode(byte[] source)
        {
            Guard.NotNull(source, "source");
            return DecodeCore(new WireReader(source, 0, source.Length));
        }

        /// <summary>Decodes a alarms value from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <returns>The alarms value.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid alarms value.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static AlarmStatus Decode(byte[] source, int offset, int count)
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
        public static bool TryEncode(AlarmStatus value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
        {
            Guard.Offset(destination, offset, "destination");
            return TryEncodeCore(ref value, new WireWriter(destination, offset, destination.Length - offset), out bytesWritten, out error);
        }

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ProtocolException">The destination is too small, or the value cannot be encoded.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or an offset outside it.</exception>
        public static int Encode(AlarmStatus value, byte[] destination, int offset)
        {
            Guard.Offset(destination, offset, "destination");
            return EncodeCore(ref value, new WireWriter(destination, offset, destination.Length - offset));
        }

        /// <summary>The encoder of the layout (byte[] and Span overloads); senders write the reserved bits as 0.</summary>
        internal static bool TryEncodeCore(ref AlarmStatus value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            if (destination.Length < Size)
            {
                bytesWritten = 0;
                error = ProtocolError.DestinationTooSmall;
                return false;
            }

            destination[StatusOffset] = (byte)(value.Status & DefinedBits.Status);
            destination.WriteUInt16(AlarmsOffset, (int)(value.Alarms & DefinedBits.Alarms));
            bytesWritten = Size;
            error = ProtocolError.None;
            return true;
        }

        /// <summary>The decoder of the layout (byte[] and Span overloads); unknown bits pass through.</summary>
        internal static bool TryDecodeCore(WireReader source, out AlarmStatus value, out ProtocolError error)
        {
            value = default(AlarmStatus);
            if (source.Length < Size)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            value = new AlarmStatus((StatusFlags)source[StatusOffset], (AlarmFlags)source.ReadUInt16(AlarmsOffset));
            error = ProtocolError.None;
            return true;
        }

        internal static AlarmStatus DecodeCore(WireReader source)
        {
            AlarmStatus value;
            ProtocolError error;
            if (!TryDecodeCore(source, out value, out error))
            {
                throw new ProtocolException(error, "alarms value");
            }

            return value;
        }

        internal static int EncodeCore(ref AlarmStatus value, WireWriter destination)
        {
            int bytesWritten;
            ProtocolError error;
            if (!TryEncodeCore(ref value, destination, out bytesWritten, out error))
            {
                throw new ProtocolException(error, "alarms value");
            }

            return bytesWritten;
        }
    }
}
