using System;
using static CydShunt.Protocol.Net.SpanLittleEndian;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only): the fields in place at the layout's offsets, masks shared with the byte[] code.</content>
    public static partial class AlarmStatusCodec
    {
        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">Bytes written on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryEncode(AlarmStatus value, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < Size)
            {
                bytesWritten = 0;
                return false;
            }

            destination[StatusOffset] = WireStatus(value);
            WriteUInt16(destination, AlarmsOffset, WireAlarms(value));
            bytesWritten = Size;
            return true;
        }

        /// <summary>Decodes a value from <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The decoded value.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public static bool TryDecode(ReadOnlySpan<byte> source, out AlarmStatus value, out ProtocolError error)
        {
            value = default;
            if (source.Length < Size)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            value.Status = (StatusFlags)source[StatusOffset];
            value.Alarms = (AlarmFlags)ReadUInt16(source, AlarmsOffset);
            error = ProtocolError.None;
            return true;
        }
    }
}
