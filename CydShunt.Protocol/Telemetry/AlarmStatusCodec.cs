using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>Encodes and decodes the 3-byte alarms value (spec/gatt.md, "Alarms"). Unknown bits pass through.</summary>
    public static partial class AlarmStatusCodec
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = 3;

        // Field offsets, shared with the Span code in Net/.
        internal const int StatusOffset = 0;  // uint8 flags
        internal const int AlarmsOffset = 1;  // uint16 flags

        /// <summary>Encodes <paramref name="value"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten"><see cref="Size"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryEncode(AlarmStatus value, byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            if (destination.Length - offset < Size)
            {
                bytesWritten = 0;
                return false;
            }

            destination[offset + StatusOffset] = WireStatus(value);
            LittleEndian.WriteUInt16(destination, offset + AlarmsOffset, WireAlarms(value));
            bytesWritten = Size;
            return true;
        }

        /// <summary>Decodes an alarms value; trailing bytes are ignored.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the value starts.</param>
        /// <param name="count">How many bytes the value has.</param>
        /// <param name="value">The decoded value.</param>
        /// <param name="error"><see cref="ProtocolError.TooShort"/> on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public static bool TryDecode(byte[] source, int offset, int count, out AlarmStatus value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            value = default(AlarmStatus);
            if (count < Size)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            value.Status = (StatusFlags)source[offset + StatusOffset];
            value.Alarms = (AlarmFlags)LittleEndian.ReadUInt16(source, offset + AlarmsOffset);
            error = ProtocolError.None;
            return true;
        }

        /// <summary>Decodes an alarms value or throws <see cref="ProtocolException"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the value starts.</param>
        /// <param name="count">How many bytes the value has.</param>
        /// <returns>The value.</returns>
        public static AlarmStatus Decode(byte[] source, int offset, int count)
        {
            AlarmStatus value;
            ProtocolError error;
            if (!TryDecode(source, offset, count, out value, out error))
            {
                throw new ProtocolException(error, "alarms");
            }

            return value;
        }

        // Senders write the reserved bits as 0 (shared by every encoder).
        internal static byte WireStatus(AlarmStatus value)
        {
            return (byte)(value.Status & DefinedBits.Status);
        }

        internal static int WireAlarms(AlarmStatus value)
        {
            return (int)(value.Alarms & DefinedBits.Alarms);
        }
    }
}
