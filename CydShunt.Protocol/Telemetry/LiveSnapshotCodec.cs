using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>Encodes and decodes the 20-byte live-snapshot value (spec/gatt.md, "Live snapshot").</summary>
    public static partial class LiveSnapshotCodec
    {
        /// <summary>Encoded size in bytes. Longer inputs are accepted; the extra bytes are ignored.</summary>
        public const int Size = 20;

        // Field offsets: the one description of the layout.
        private const int SequenceOffset = 0;       // uint8
        private const int StatusOffset = 1;         // uint8 flags
        private const int VoltageOffset = 2;        // uint24, 1 mV
        private const int CurrentOffset = 5;        // sint24, 1 mA
        private const int PowerOffset = 8;          // sint24, 0.1 W
        private const int StateOfChargeOffset = 11; // uint16, 0.01 %
        private const int TemperatureOffset = 13;   // sint16, 0.01 °C
        private const int TimeToGoOffset = 15;      // uint16, 1 min
        private const int ConsumedOffset = 17;      // sint24, 10 mAh

        private const int PowerScale = 100;          // model mW -> wire 0.1 W
        private const int ConsumedScale = 10;        // model mAh -> wire 10 mAh

        /// <summary>Decodes a live snapshot from the whole of <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The live snapshot, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static bool TryDecode(byte[] source, out LiveSnapshot value, out ProtocolError error)
        {
            Guard.NotNull(source, "source");
            return TryDecodeCore(new WireReader(source, 0, source.Length), out value, out error);
        }

        /// <summary>Decodes a live snapshot from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <param name="value">The live snapshot, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static bool TryDecode(byte[] source, int offset, int count, out LiveSnapshot value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return TryDecodeCore(new WireReader(source, offset, count), out value, out error);
        }

        /// <summary>Decodes a live snapshot from the whole of <paramref name="source"/> or throws.</summary>
        /// <param name="source">The bytes.</param>
        /// <returns>The live snapshot.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid live snapshot.</exception>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static LiveSnapshot Decode(byte[] source)
        {
            Guard.NotNull(source, "source");
            return DecodeCore(new WireReader(source, 0, source.Length));
        }

        /// <summary>Decodes a live snapshot from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <returns>The live snapshot.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid live snapshot.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static LiveSnapshot Decode(byte[] source, int offset, int count)
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
        public static bool TryEncode(LiveSnapshot value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
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
        public static int Encode(LiveSnapshot value, byte[] destination, int offset)
        {
            Guard.Offset(destination, offset, "destination");
            return EncodeCore(ref value, new WireWriter(destination, offset, destination.Length - offset));
        }

        /// <summary>The encoder of the layout (byte[] and Span overloads): quantises and clamps each field as the spec says.</summary>
        internal static bool TryEncodeCore(ref LiveSnapshot value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            if (destination.Length < Size)
            {
                bytesWritten = 0;
                error = ProtocolError.DestinationTooSmall;
                return false;
            }

            destination[SequenceOffset] = value.Sequence;
            destination[StatusOffset] = (byte)(value.Status & DefinedBits.Status);
            destination.WriteUInt24(VoltageOffset, FixedPoint.ToWire(value.VoltageMillivolts, 1, 0, WireLimits.UInt24Max, WireLimits.UInt24NotAvailable));
            destination.WriteUInt24(CurrentOffset, FixedPoint.ToWire(value.CurrentMilliamps, 1, WireLimits.Int24Min, WireLimits.Int24Max, WireLimits.Int24NotAvailable));
            destination.WriteUInt24(PowerOffset, FixedPoint.ToWire(value.PowerMilliwatts, PowerScale, WireLimits.Int24Min, WireLimits.Int24Max, WireLimits.Int24NotAvailable));
            destination.WriteUInt16(StateOfChargeOffset, FixedPoint.ToWire(value.StateOfChargeCentipercent, 1, 0, WireLimits.StateOfChargeMax, WireLimits.UInt16NotAvailable));
            destination.WriteUInt16(TemperatureOffset, FixedPoint.ToWire(value.TemperatureCentidegrees, 1, WireLimits.Int16Min, WireLimits.Int16Max, WireLimits.Int16NotAvailable));
            destination.WriteUInt16(TimeToGoOffset, FixedPoint.ToWire(value.TimeToGoMinutes, 1, 0, WireLimits.UInt16Max, WireLimits.UInt16NotAvailable));
            destination.WriteUInt24(ConsumedOffset, FixedPoint.ToWire(value.ConsumedMilliampHours, ConsumedScale, WireLimits.Int24Min, WireLimits.Int24Max, WireLimits.Int24NotAvailable));
            bytesWritten = Size;
            error = ProtocolError.None;
            return true;
        }

        /// <summary>The decoder of the layout (byte[] and Span overloads).</summary>
        internal static bool TryDecodeCore(WireReader source, out LiveSnapshot value, out ProtocolError error)
        {
            value = default(LiveSnapshot);
            if (source.Length < Size)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            int stateOfCharge = source.ReadUInt16(StateOfChargeOffset);
            if (stateOfCharge > WireLimits.StateOfChargeMax && stateOfCharge != WireLimits.UInt16NotAvailable)
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            value = new LiveSnapshot(
                source[SequenceOffset],
                (StatusFlags)source[StatusOffset],
                FixedPoint.FromWire(source.ReadUInt24(VoltageOffset), 1, WireLimits.UInt24NotAvailable),
                FixedPoint.FromWire(source.ReadInt24(CurrentOffset), 1, WireLimits.Int24NotAvailable),
                FixedPoint.FromWire(source.ReadInt24(PowerOffset), PowerScale, WireLimits.Int24NotAvailable),
                FixedPoint.FromWire(stateOfCharge, 1, WireLimits.UInt16NotAvailable),
                FixedPoint.FromWire(source.ReadInt16(TemperatureOffset), 1, WireLimits.Int16NotAvailable),
                FixedPoint.FromWire(source.ReadUInt16(TimeToGoOffset), 1, WireLimits.UInt16NotAvailable),
                FixedPoint.FromWire(source.ReadInt24(ConsumedOffset), ConsumedScale, WireLimits.Int24NotAvailable));
            error = ProtocolError.None;
            return true;
        }

        internal static LiveSnapshot DecodeCore(WireReader source)
        {
            LiveSnapshot value;
            ProtocolError error;
            if (!TryDecodeCore(source, out value, out error))
            {
                throw new ProtocolException(error, "live snapshot");
            }

            return value;
        }

        internal static int EncodeCore(ref LiveSnapshot value, WireWriter destination)
        {
            int bytesWritten;
            ProtocolError error;
            if (!TryEncodeCore(ref value, destination, out bytesWritten, out error))
            {
                throw new ProtocolException(error, "live snapshot");
            }

            return bytesWritten;
        }
    }
}
