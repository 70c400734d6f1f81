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

        // Field offsets.
        private const int ProtocolVersionOffset = 0;
        private const int FirmwareMajorOffset = 1;
        private const int FirmwareMinorOffset = 2;
        private const int FirmwarePatchOffset = 3;
        private const int SensorTypeOffset = 4;
        private const int FeaturesOffset = 5;
        private const int CapacityOffset = 6;       // uint16, Ah
        private const int NominalVoltageOffset = 8;

        /// <summary>Decodes a device-info value from the whole of <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The device-info value, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static bool TryDecode(byte[] source, out DeviceInfo value, out ProtocolError error)
        {
            Guard.NotNull(source, "source");
            return TryDecodeCore(new WireReader(source, 0, source.Length), out value, out error);
        }

        /// <summary>Decodes a device-info value from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <param name="value">The device-info value, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static bool TryDecode(byte[] source, int offset, int count, out DeviceInfo value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return TryDecodeCore(new WireReader(source, offset, count), out value, out error);
        }

        /// <summary>Decodes a device-info value from the whole of <paramref name="source"/> or throws.</summary>
        /// <param name="source">The bytes.</param>
        /// <returns>The device-info value.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid device-info value.</exception>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static DeviceInfo Decode(byte[] source)
        {
            Guard.NotNull(source, "source");
            return DecodeCore(new WireReader(source, 0, source.Length));
        }

        /// <summary>Decodes a device-info value from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <returns>The device-info value.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid device-info value.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static DeviceInfo Decode(byte[] source, int offset, int count)
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
        public static bool TryEncode(DeviceInfo value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
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
        public static int Encode(DeviceInfo value, byte[] destination, int offset)
        {
            Guard.Offset(destination, offset, "destination");
            return EncodeCore(ref value, new WireWriter(destination, offset, destination.Length - offset));
        }

        /// <summary>
        /// The encoder of the layout (byte[] and Span overloads): the value check first (the error a caller can fix by
        /// changing the value: protocol version 0), then the room; reserved feature bits as 0, capacity clamped into 1-65534.
        /// </summary>
        internal static bool TryEncodeCore(ref DeviceInfo value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            bytesWritten = 0;
            if (value.ProtocolVersion == 0)
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            if (destination.Length < Size)
            {
                error = ProtocolError.DestinationTooSmall;
                return false;
            }

            destination[ProtocolVersionOffset] = value.ProtocolVersion;
            destination[FirmwareMajorOffset] = value.FirmwareMajor;
            destination[FirmwareMinorOffset] = value.FirmwareMinor;
            destination[FirmwarePatchOffset] = value.FirmwarePatch;
            destination[SensorTypeOffset] = (byte)value.SensorType;
            destination[FeaturesOffset] = (byte)(value.Features & DefinedBits.Features);
            destination.WriteUInt16(CapacityOffset, FixedPoint.ToWire(value.CapacityAmpHours, 1, 1, MaximumCapacityAmpHours, WireLimits.UInt16NotAvailable));
            destination[NominalVoltageOffset] = value.NominalVoltage;
            bytesWritten = Size;
            error = ProtocolError.None;
            return true;
        }

        /// <summary>The decoder of the layout (byte[] and Span overloads); trailing bytes are ignored.</summary>
        internal static bool TryDecodeCore(WireReader source, out DeviceInfo value, out ProtocolError error)
        {
            value = default(DeviceInfo);
            if (source.Length < Size)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            byte protocolVersion = source[ProtocolVersionOffset];
            int capacity = source.ReadUInt16(CapacityOffset);
            if (protocolVersion == 0 || capacity == 0)
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            value = new DeviceInfo(
                protocolVersion,
                source[FirmwareMajorOffset],
                source[FirmwareMinorOffset],
                source[FirmwarePatchOffset],
                (SensorType)source[SensorTypeOffset],
                (DeviceFeatures)source[FeaturesOffset],
                FixedPoint.FromWire(capacity, 1, WireLimits.UInt16NotAvailable),
                source[NominalVoltageOffset]);
            error = ProtocolError.None;
            return true;
        }

        internal static DeviceInfo DecodeCore(WireReader source)
        {
            DeviceInfo value;
            ProtocolError error;
            if (!TryDecodeCore(source, out value, out error))
            {
                throw new ProtocolException(error, "device-info value");
            }

            return value;
        }

        internal static int EncodeCore(ref DeviceInfo value, WireWriter destination)
        {
            int bytesWritten;
            ProtocolError error;
            if (!TryEncodeCore(ref value, destination, out bytesWritten, out error))
            {
                throw new ProtocolException(error, "device-info value");
            }

            return bytesWritten;
        }
    }
}
