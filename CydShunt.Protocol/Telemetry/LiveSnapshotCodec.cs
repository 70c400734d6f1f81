using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>Encodes and decodes the 20-byte live-snapshot value (spec/gatt.md, "Live snapshot").</summary>
    public static partial class LiveSnapshotCodec
    {
        /// <summary>Encoded size in bytes. Longer inputs are accepted; the extra bytes are ignored.</summary>
        public const int Size = 20;

        private const int PowerScale = 100;          // model mW -> wire 0.1 W
        private const int ConsumedScale = 10;        // model mAh -> wire 10 mAh

        /// <summary>Encodes <paramref name="value"/>, quantising and clamping each field as the spec says.</summary>
        /// <param name="value">The snapshot.</param>
        /// <param name="destination">The buffer to write to.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <param name="bytesWritten"><see cref="Size"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when fewer than <see cref="Size"/> bytes are left in <paramref name="destination"/>.</returns>
        public static bool TryEncode(LiveSnapshot value, byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            if (destination.Length - offset < Size)
            {
                bytesWritten = 0;
                return false;
            }

            destination[offset] = value.Sequence;
            destination[offset + 1] = (byte)(value.Status & DefinedBits.Status);
            LittleEndian.WriteUInt24(destination, offset + 2, FixedPoint.ToWire(value.VoltageMillivolts, 1, 0, WireLimits.UInt24Max, WireLimits.UInt24NotAvailable));
            LittleEndian.WriteUInt24(destination, offset + 5, FixedPoint.ToWire(value.CurrentMilliamps, 1, WireLimits.Int24Min, WireLimits.Int24Max, WireLimits.Int24NotAvailable));
            LittleEndian.WriteUInt24(destination, offset + 8, FixedPoint.ToWire(value.PowerMilliwatts, PowerScale, WireLimits.Int24Min, WireLimits.Int24Max, WireLimits.Int24NotAvailable));
            LittleEndian.WriteUInt16(destination, offset + 11, FixedPoint.ToWire(value.StateOfChargeCentipercent, 1, 0, WireLimits.StateOfChargeMax, WireLimits.UInt16NotAvailable));
            LittleEndian.WriteUInt16(destination, offset + 13, FixedPoint.ToWire(value.TemperatureCentidegrees, 1, WireLimits.Int16Min, WireLimits.Int16Max, WireLimits.Int16NotAvailable));
            LittleEndian.WriteUInt16(destination, offset + 15, FixedPoint.ToWire(value.TimeToGoMinutes, 1, 0, WireLimits.UInt16Max, WireLimits.UInt16NotAvailable));
            LittleEndian.WriteUInt24(destination, offset + 17, FixedPoint.ToWire(value.ConsumedMilliampHours, ConsumedScale, WireLimits.Int24Min, WireLimits.Int24Max, WireLimits.Int24NotAvailable));
            bytesWritten = Size;
            return true;
        }

        /// <summary>Decodes a live snapshot.</summary>
        /// <param name="source">The buffer holding the value.</param>
        /// <param name="offset">Where the value starts.</param>
        /// <param name="count">How many bytes of the value there are (at least <see cref="Size"/>).</param>
        /// <param name="value">The decoded snapshot, or <c>default</c> on failure.</param>
        /// <param name="error"><see cref="ProtocolError.TooShort"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public static bool TryDecode(byte[] source, int offset, int count, out LiveSnapshot value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            value = default(LiveSnapshot);
            if (count < Size)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            int stateOfCharge = LittleEndian.ReadUInt16(source, offset + 11);
            if (stateOfCharge > WireLimits.StateOfChargeMax && stateOfCharge != WireLimits.UInt16NotAvailable)
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            value.Sequence = source[offset];
            value.Status = (StatusFlags)source[offset + 1];
            value.VoltageMillivolts = FixedPoint.FromWire(LittleEndian.ReadUInt24(source, offset + 2), 1, WireLimits.UInt24NotAvailable);
            value.CurrentMilliamps = FixedPoint.FromWire(LittleEndian.ReadInt24(source, offset + 5), 1, WireLimits.Int24NotAvailable);
            value.PowerMilliwatts = FixedPoint.FromWire(LittleEndian.ReadInt24(source, offset + 8), PowerScale, WireLimits.Int24NotAvailable);
            value.StateOfChargeCentipercent = FixedPoint.FromWire(stateOfCharge, 1, WireLimits.UInt16NotAvailable);
            value.TemperatureCentidegrees = FixedPoint.FromWire(LittleEndian.ReadInt16(source, offset + 13), 1, WireLimits.Int16NotAvailable);
            value.TimeToGoMinutes = FixedPoint.FromWire(LittleEndian.ReadUInt16(source, offset + 15), 1, WireLimits.UInt16NotAvailable);
            value.ConsumedMilliampHours = FixedPoint.FromWire(LittleEndian.ReadInt24(source, offset + 17), ConsumedScale, WireLimits.Int24NotAvailable);
            error = ProtocolError.None;
            return true;
        }

        /// <summary>Decodes a live snapshot or throws.</summary>
        /// <param name="source">The buffer holding the value.</param>
        /// <param name="offset">Where the value starts.</param>
        /// <param name="count">How many bytes of the value there are.</param>
        /// <returns>The snapshot.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid live snapshot.</exception>
        public static LiveSnapshot Decode(byte[] source, int offset, int count)
        {
            LiveSnapshot value;
            ProtocolError error;
            if (!TryDecode(source, offset, count, out value, out error))
            {
                throw new ProtocolException(error, "live snapshot");
            }

            return value;
        }

        /// <summary>Encodes a live snapshot or throws.</summary>
        /// <param name="value">The snapshot.</param>
        /// <param name="destination">The buffer to write to.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <returns>The number of bytes written, <see cref="Size"/>.</returns>
        /// <exception cref="ProtocolException">The destination is too small.</exception>
        public static int Encode(LiveSnapshot value, byte[] destination, int offset)
        {
            int written;
            if (!TryEncode(value, destination, offset, out written))
            {
                throw new ProtocolException(ProtocolError.DestinationTooSmall, "live snapshot");
            }

            return written;
        }
    }
}
