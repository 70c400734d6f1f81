using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>Encodes and decodes the 9-byte device-info value (spec/gatt.md, "Device info").</summary>
    public static partial class DeviceInfoCodec
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = 9;

        /// <summary>Largest capacity in Ah.</summary>
        public const int MaximumCapacityAmpHours = WireLimits.UInt16Max;

        // Field offsets, shared with the Span code in Net/ (bytes 0-5 and 8 are single bytes).
        internal const int FeaturesOffset = 5;
        internal const int CapacityOffset = 6;       // uint16, Ah
        internal const int NominalVoltageOffset = 8;

        /// <summary>
        /// Encodes <paramref name="value"/>; a capacity outside 1–65534 is clamped. Protocol version 0 is refused, because
        /// every decoder refuses it (spec/gatt.md, "Device info"): an encoder never writes what a decoder rejects.
        /// </summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten"><see cref="Size"/> on success, else 0.</param>
        /// <param name="error"><see cref="ProtocolError.ValueOutOfRange"/> for protocol version 0, else <see cref="ProtocolError.DestinationTooSmall"/> on failure.</param>
        /// <returns>Whether the value could be encoded.</returns>
        public static bool TryEncode(DeviceInfo value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
        {
            Guard.Offset(destination, offset, "destination");
            bytesWritten = 0;
            if (!CanEncode(value, destination.Length - offset, out error))
            {
                return false;
            }

            destination[offset] = value.ProtocolVersion;
            destination[offset + 1] = value.FirmwareMajor;
            destination[offset + 2] = value.FirmwareMinor;
            destination[offset + 3] = value.FirmwarePatch;
            destination[offset + 4] = (byte)value.SensorType;
            destination[offset + FeaturesOffset] = WireFeatures(value);
            LittleEndian.WriteUInt16(destination, offset + CapacityOffset, WireCapacity(value));
            destination[offset + NominalVoltageOffset] = value.NominalVoltage;
            bytesWritten = Size;
            return true;
        }

        /// <summary>Decodes a device-info value; trailing bytes are ignored.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the value starts.</param>
        /// <param name="count">How many bytes the value has.</param>
        /// <param name="value">The decoded value.</param>
        /// <param name="error"><see cref="ProtocolError.TooShort"/>, or <see cref="ProtocolError.ValueOutOfRange"/> for protocol version 0 or capacity 0.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public static bool TryDecode(byte[] source, int offset, int count, out DeviceInfo value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            value = default(DeviceInfo);
            if (count < Size)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            return TryFromWire(
                source[offset],
                source[offset + 1],
                source[offset + 2],
                source[offset + 3],
                source[offset + 4],
                source[offset + FeaturesOffset],
                LittleEndian.ReadUInt16(source, offset + CapacityOffset),
                source[offset + NominalVoltageOffset],
                out value,
                out error);
        }

        /// <summary>Decodes a device-info value or throws <see cref="ProtocolException"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the value starts.</param>
        /// <param name="count">How many bytes the value has.</param>
        /// <returns>The value.</returns>
        public static DeviceInfo Decode(byte[] source, int offset, int count)
        {
            DeviceInfo value;
            ProtocolError error;
            if (!TryDecode(source, offset, count, out value, out error))
            {
                throw new ProtocolException(error, "device info");
            }

            return value;
        }

        // Shared by every encoder: the value check first (the error a caller can fix by changing the value), then the room.
        internal static bool CanEncode(DeviceInfo value, int room, out ProtocolError error)
        {
            if (value.ProtocolVersion == 0)
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            error = room < Size ? ProtocolError.DestinationTooSmall : ProtocolError.None;
            return error == ProtocolError.None;
        }

        // Shared by every encoder: reserved feature bits as 0, capacity clamped into 1-65534.
        internal static byte WireFeatures(DeviceInfo value)
        {
            return (byte)(value.Features & DefinedBits.Features);
        }

        internal static int WireCapacity(DeviceInfo value)
        {
            return FixedPoint.ToWire(value.CapacityAmpHours, 1, 1, MaximumCapacityAmpHours, WireLimits.UInt16NotAvailable);
        }

        /// <summary>Validates and converts the fields of a value of at least <see cref="Size"/> bytes (shared by every decoder).</summary>
        internal static bool TryFromWire(byte protocolVersion, byte major, byte minor, byte patch, byte sensor, byte features, int capacity, byte nominalVoltage, out DeviceInfo value, out ProtocolError error)
        {
            value = default(DeviceInfo);
            if (protocolVersion == 0 || capacity == 0)
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            value.ProtocolVersion = protocolVersion;
            value.FirmwareMajor = major;
            value.FirmwareMinor = minor;
            value.FirmwarePatch = patch;
            value.SensorType = (SensorType)sensor;
            value.Features = (DeviceFeatures)features;
            value.CapacityAmpHours = FixedPoint.FromWire(capacity, 1, WireLimits.UInt16NotAvailable);
            value.NominalVoltage = nominalVoltage;
            error = ProtocolError.None;
            return true;
        }
    }
}
