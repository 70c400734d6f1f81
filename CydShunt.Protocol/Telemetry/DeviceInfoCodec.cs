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

        /// <summary>Encodes <paramref name="value"/>; a capacity outside 1–65534 is clamped.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten"><see cref="Size"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryEncode(DeviceInfo value, byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            if (destination.Length - offset < Size)
            {
                bytesWritten = 0;
                return false;
            }

            destination[offset] = value.ProtocolVersion;
            destination[offset + 1] = value.FirmwareMajor;
            destination[offset + 2] = value.FirmwareMinor;
            destination[offset + 3] = value.FirmwarePatch;
            destination[offset + 4] = (byte)value.SensorType;
            destination[offset + 5] = (byte)(value.Features & DefinedBits.Features);
            LittleEndian.WriteUInt16(destination, offset + 6, FixedPoint.ToWire(value.CapacityAmpHours, 1, 1, MaximumCapacityAmpHours, WireLimits.UInt16NotAvailable));
            destination[offset + 8] = value.NominalVoltage;
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

            int capacity = LittleEndian.ReadUInt16(source, offset + 6);
            if (source[offset] == 0 || capacity == 0)
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            value.ProtocolVersion = source[offset];
            value.FirmwareMajor = source[offset + 1];
            value.FirmwareMinor = source[offset + 2];
            value.FirmwarePatch = source[offset + 3];
            value.SensorType = (SensorType)source[offset + 4];
            value.Features = (DeviceFeatures)source[offset + 5];
            value.CapacityAmpHours = FixedPoint.FromWire(capacity, 1, WireLimits.UInt16NotAvailable);
            value.NominalVoltage = source[offset + 8];
            error = ProtocolError.None;
            return true;
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
    }
}
