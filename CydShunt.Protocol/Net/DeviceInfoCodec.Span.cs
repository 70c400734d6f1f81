using System;
using static CydShunt.Protocol.Net.SpanLittleEndian;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only): the fields in place at the layout's offsets, conversion and validation shared with the byte[] code.</content>
    public static partial class DeviceInfoCodec
    {
        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">Bytes written on success, else 0.</param>
        /// <param name="error"><see cref="ProtocolError.ValueOutOfRange"/> for protocol version 0, else <see cref="ProtocolError.DestinationTooSmall"/> on failure.</param>
        /// <returns>Whether the value could be encoded.</returns>
        public static bool TryEncode(DeviceInfo value, Span<byte> destination, out int bytesWritten, out ProtocolError error)
        {
            bytesWritten = 0;
            if (!CanEncode(value, destination.Length, out error))
            {
                return false;
            }

            destination = destination.Slice(0, Size);
            destination[0] = value.ProtocolVersion;
            destination[1] = value.FirmwareMajor;
            destination[2] = value.FirmwareMinor;
            destination[3] = value.FirmwarePatch;
            destination[4] = (byte)value.SensorType;
            destination[FeaturesOffset] = WireFeatures(value);
            WriteUInt16(destination, CapacityOffset, WireCapacity(value));
            destination[NominalVoltageOffset] = value.NominalVoltage;
            bytesWritten = Size;
            return true;
        }

        /// <summary>Decodes a value from <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The decoded value.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public static bool TryDecode(ReadOnlySpan<byte> source, out DeviceInfo value, out ProtocolError error)
        {
            if (source.Length < Size)
            {
                value = default;
                error = ProtocolError.TooShort;
                return false;
            }

            source = source.Slice(0, Size);
            return TryFromWire(source[0], source[1], source[2], source[3], source[4], source[FeaturesOffset], ReadUInt16(source, CapacityOffset), source[NominalVoltageOffset], out value, out error);
        }
    }
}
