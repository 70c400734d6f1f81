using System;
using static CydShunt.Protocol.Net.SpanLittleEndian;

namespace CydShunt.Protocol
{
    /// <content>
    /// Span overloads (.NET only). They read and write the fields in place with the layout's offsets and share the
    /// conversion and validation (<see cref="ToWire"/>, <see cref="TryFromWire"/>) with the portable byte[] code.
    /// </content>
    public static partial class LiveSnapshotCodec
    {
        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">Bytes written on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryEncode(LiveSnapshot value, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < Size)
            {
                bytesWritten = 0;
                return false;
            }

            ToWire(value, out byte status, out int voltage, out int current, out int power, out int stateOfCharge, out int temperature, out int timeToGo, out int consumed);
            destination = destination.Slice(0, Size);
            destination[SequenceOffset] = value.Sequence;
            destination[StatusOffset] = status;
            WriteUInt24(destination, VoltageOffset, voltage);
            WriteUInt24(destination, CurrentOffset, current);
            WriteUInt24(destination, PowerOffset, power);
            WriteUInt16(destination, StateOfChargeOffset, stateOfCharge);
            WriteUInt16(destination, TemperatureOffset, temperature);
            WriteUInt16(destination, TimeToGoOffset, timeToGo);
            WriteUInt24(destination, ConsumedOffset, consumed);
            bytesWritten = Size;
            return true;
        }

        /// <summary>Decodes a value from <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The decoded value.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public static bool TryDecode(ReadOnlySpan<byte> source, out LiveSnapshot value, out ProtocolError error)
        {
            if (source.Length < Size)
            {
                value = default;
                error = ProtocolError.TooShort;
                return false;
            }

            source = source.Slice(0, Size);
            return TryFromWire(
                source[SequenceOffset],
                source[StatusOffset],
                ReadUInt24(source, VoltageOffset),
                ReadInt24(source, CurrentOffset),
                ReadInt24(source, PowerOffset),
                ReadUInt16(source, StateOfChargeOffset),
                ReadInt16(source, TemperatureOffset),
                ReadUInt16(source, TimeToGoOffset),
                ReadInt24(source, ConsumedOffset),
                out value,
                out error);
        }
    }
}
