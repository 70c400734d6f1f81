using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>Encodes and decodes the 20-byte live-snapshot value (spec/gatt.md, "Live snapshot").</summary>
    public static partial class LiveSnapshotCodec
    {
        /// <summary>Encoded size in bytes. Longer inputs are accepted; the extra bytes are ignored.</summary>
        public const int Size = 20;

        // Field offsets: the one description of the layout, shared by the byte[] code here and the Span code in Net/.
        internal const int SequenceOffset = 0;       // uint8
        internal const int StatusOffset = 1;         // uint8 flags
        internal const int VoltageOffset = 2;        // uint24, 1 mV
        internal const int CurrentOffset = 5;        // sint24, 1 mA
        internal const int PowerOffset = 8;          // sint24, 0.1 W
        internal const int StateOfChargeOffset = 11; // uint16, 0.01 %
        internal const int TemperatureOffset = 13;   // sint16, 0.01 °C
        internal const int TimeToGoOffset = 15;      // uint16, 1 min
        internal const int ConsumedOffset = 17;      // sint24, 10 mAh

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

            byte status;
            int voltage, current, power, stateOfCharge, temperature, timeToGo, consumed;
            ToWire(value, out status, out voltage, out current, out power, out stateOfCharge, out temperature, out timeToGo, out consumed);
            destination[offset + SequenceOffset] = value.Sequence;
            destination[offset + StatusOffset] = status;
            LittleEndian.WriteUInt24(destination, offset + VoltageOffset, voltage);
            LittleEndian.WriteUInt24(destination, offset + CurrentOffset, current);
            LittleEndian.WriteUInt24(destination, offset + PowerOffset, power);
            LittleEndian.WriteUInt16(destination, offset + StateOfChargeOffset, stateOfCharge);
            LittleEndian.WriteUInt16(destination, offset + TemperatureOffset, temperature);
            LittleEndian.WriteUInt16(destination, offset + TimeToGoOffset, timeToGo);
            LittleEndian.WriteUInt24(destination, offset + ConsumedOffset, consumed);
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

            return TryFromWire(
                source[offset + SequenceOffset],
                source[offset + StatusOffset],
                LittleEndian.ReadUInt24(source, offset + VoltageOffset),
                LittleEndian.ReadInt24(source, offset + CurrentOffset),
                LittleEndian.ReadInt24(source, offset + PowerOffset),
                LittleEndian.ReadUInt16(source, offset + StateOfChargeOffset),
                LittleEndian.ReadInt16(source, offset + TemperatureOffset),
                LittleEndian.ReadUInt16(source, offset + TimeToGoOffset),
                LittleEndian.ReadInt24(source, offset + ConsumedOffset),
                out value,
                out error);
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

        /// <summary>The wire integers of every field: quantised, clamped, not-available markers in place (shared by every encoder).</summary>
        internal static void ToWire(LiveSnapshot value, out byte status, out int voltage, out int current, out int power, out int stateOfCharge, out int temperature, out int timeToGo, out int consumed)
        {
            status = (byte)(value.Status & DefinedBits.Status);
            voltage = FixedPoint.ToWire(value.VoltageMillivolts, 1, 0, WireLimits.UInt24Max, WireLimits.UInt24NotAvailable);
            current = FixedPoint.ToWire(value.CurrentMilliamps, 1, WireLimits.Int24Min, WireLimits.Int24Max, WireLimits.Int24NotAvailable);
            power = FixedPoint.ToWire(value.PowerMilliwatts, PowerScale, WireLimits.Int24Min, WireLimits.Int24Max, WireLimits.Int24NotAvailable);
            stateOfCharge = FixedPoint.ToWire(value.StateOfChargeCentipercent, 1, 0, WireLimits.StateOfChargeMax, WireLimits.UInt16NotAvailable);
            temperature = FixedPoint.ToWire(value.TemperatureCentidegrees, 1, WireLimits.Int16Min, WireLimits.Int16Max, WireLimits.Int16NotAvailable);
            timeToGo = FixedPoint.ToWire(value.TimeToGoMinutes, 1, 0, WireLimits.UInt16Max, WireLimits.UInt16NotAvailable);
            consumed = FixedPoint.ToWire(value.ConsumedMilliampHours, ConsumedScale, WireLimits.Int24Min, WireLimits.Int24Max, WireLimits.Int24NotAvailable);
        }

        /// <summary>Validates the wire integers read from a value of at least <see cref="Size"/> bytes and converts them (shared by every decoder).</summary>
        internal static bool TryFromWire(byte sequence, byte status, int voltage, int current, int power, int stateOfCharge, int temperature, int timeToGo, int consumed, out LiveSnapshot value, out ProtocolError error)
        {
            value = default(LiveSnapshot);
            if (stateOfCharge > WireLimits.StateOfChargeMax && stateOfCharge != WireLimits.UInt16NotAvailable)
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            value.Sequence = sequence;
            value.Status = (StatusFlags)status;
            value.VoltageMillivolts = FixedPoint.FromWire(voltage, 1, WireLimits.UInt24NotAvailable);
            value.CurrentMilliamps = FixedPoint.FromWire(current, 1, WireLimits.Int24NotAvailable);
            value.PowerMilliwatts = FixedPoint.FromWire(power, PowerScale, WireLimits.Int24NotAvailable);
            value.StateOfChargeCentipercent = FixedPoint.FromWire(stateOfCharge, 1, WireLimits.UInt16NotAvailable);
            value.TemperatureCentidegrees = FixedPoint.FromWire(temperature, 1, WireLimits.Int16NotAvailable);
            value.TimeToGoMinutes = FixedPoint.FromWire(timeToGo, 1, WireLimits.UInt16NotAvailable);
            value.ConsumedMilliampHours = FixedPoint.FromWire(consumed, ConsumedScale, WireLimits.Int24NotAvailable);
            error = ProtocolError.None;
            return true;
        }
    }
}
