using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// The wire format of a single-number characteristic: integer type, valid range, not-available marker and the
    /// SIG presentation format (exponent and unit). Values are in the model unit, which for every scalar
    /// characteristic equals the wire unit (mV, mA, mW, mAh, Wh, 0.01 %, 0.01 °C, minutes, percent).
    /// </summary>
    /// <remarks>
    /// The public members are inlined into their call sites, so the switch on the wire type in the shared core
    /// (<see cref="TryEncodeCore"/>, <see cref="TryDecodeCore"/>) is decided per call site; range checks, clamping and
    /// the markers are computed once per format (the fields below).
    /// </remarks>
    public sealed partial class ScalarFormat
    {
        /// <summary>Size of a Characteristic Presentation Format (0x2904) descriptor value.</summary>
        public const int PresentationFormatSize = 7;

        private const byte SigNamespace = 0x01;

        private readonly bool _hasNotAvailable;

        // Precomputed from the wire type once, for the hot paths.
        private readonly int _size;
        private readonly int _encodedNotAvailable;      // what Measurement.NotAvailable encodes to
        private readonly long _decodedNotAvailable;     // the raw value that decodes to Measurement.NotAvailable (no match without a marker)
        private readonly int _minimum;
        private readonly int _maximum;
        private readonly uint _width;                   // maximum - minimum: x is in range when (unsigned)(x - minimum) <= width

        private ScalarFormat(ScalarWireType wireType, int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
        {
            WireType = wireType;
            _hasNotAvailable = hasNotAvailable;
            Exponent = exponent;
            Unit = unit;
            _size = SizeOf(wireType);
            _encodedNotAvailable = hasNotAvailable ? NotAvailableRawFor(wireType) : minimum;
            _decodedNotAvailable = hasNotAvailable ? NotAvailableRawFor64(wireType) : long.MinValue;
            _minimum = minimum;
            _maximum = maximum;
            _width = unchecked((uint)(maximum - minimum));
        }

        /// <summary>The integer type on the air.</summary>
        public ScalarWireType WireType { get; }

        /// <summary>Smallest valid value (model unit).</summary>
        public int Minimum
        {
            get { return _minimum; }
        }

        /// <summary>Largest valid value (model unit).</summary>
        public int Maximum
        {
            get { return _maximum; }
        }

        /// <summary>Whether the format has a not-available marker (the SIG Battery Level has none).</summary>
        public bool HasNotAvailable
        {
            get { return _hasNotAvailable; }
        }

        /// <summary>Base-10 exponent of the presentation format: value × 10^exponent is in <see cref="Unit"/>.</summary>
        public sbyte Exponent { get; }

        /// <summary>SIG unit UUID of the presentation format, e.g. <see cref="BluetoothSig.UnitVolt"/>.</summary>
        public ushort Unit { get; }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return _size; }
        }

        /// <summary>The SIG format code of the presentation format (uint8 0x04, uint16 0x06, uint32 0x08, sint16 0x0E, sint32 0x10).</summary>
        public byte SigFormatCode
        {
            get
            {
                switch (WireType)
                {
                    case ScalarWireType.UInt8: return 0x04;
                    case ScalarWireType.UInt16: return 0x06;
                    case ScalarWireType.Int16: return 0x0E;
                    case ScalarWireType.UInt32: return 0x08;
                    default: return 0x10;
                }
            }
        }

        /// <summary>Decodes a scalar characteristic value from the whole of <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The scalar characteristic value, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        [MethodImpl(Inlining.Aggressive)] // each call site then devirtualises the wire type's core on its own
        public bool TryDecode(byte[] source, out int value, out ProtocolError error)
        {
            Guard.NotNull(source, "source");
            return TryDecodeCore(new WireReader(source, 0, source.Length), out value, out error);
        }

        /// <summary>Decodes a scalar characteristic value from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <param name="value">The scalar characteristic value, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        [MethodImpl(Inlining.Aggressive)] // each call site then devirtualises the wire type's core on its own
        public bool TryDecode(byte[] source, int offset, int count, out int value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return TryDecodeCore(new WireReader(source, offset, count), out value, out error);
        }

        /// <summary>Decodes a scalar characteristic value from the whole of <paramref name="source"/> or throws.</summary>
        /// <param name="source">The bytes.</param>
        /// <returns>The scalar characteristic value.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid scalar characteristic value.</exception>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        [MethodImpl(Inlining.Aggressive)] // each call site then devirtualises the wire type's core on its own
        public int Decode(byte[] source)
        {
            Guard.NotNull(source, "source");
            return DecodeCore(new WireReader(source, 0, source.Length));
        }

        /// <summary>Decodes a scalar characteristic value from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <returns>The scalar characteristic value.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid scalar characteristic value.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        [MethodImpl(Inlining.Aggressive)] // each call site then devirtualises the wire type's core on its own
        public int Decode(byte[] source, int offset, int count)
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
        [MethodImpl(Inlining.Aggressive)] // each call site then devirtualises the wire type's core on its own
        public bool TryEncode(int value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
        {
            Guard.Offset(destination, offset, "destination");
            return TryEncodeCore(value, new WireWriter(destination, offset, destination.Length - offset), out bytesWritten, out error);
        }

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ProtocolException">The destination is too small, or the value cannot be encoded.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or an offset outside it.</exception>
        [MethodImpl(Inlining.Aggressive)] // each call site then devirtualises the wire type's core on its own
        public int Encode(int value, byte[] destination, int offset)
        {
            Guard.Offset(destination, offset, "destination");
            return EncodeCore(value, new WireWriter(destination, offset, destination.Length - offset));
        }

        /// <summary>Writes the 7-byte Characteristic Presentation Format descriptor value of this format.</summary>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten"><see cref="PresentationFormatSize"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or an offset outside it.</exception>
        public bool TryWritePresentationFormat(byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            return TryWritePresentationFormatCore(new WireWriter(destination, offset, destination.Length - offset), out bytesWritten);
        }

        internal bool TryWritePresentationFormatCore(WireWriter destination, out int bytesWritten)
        {
            if (destination.Length < PresentationFormatSize)
            {
                bytesWritten = 0;
                return false;
            }

            destination[0] = SigFormatCode;
            destination[1] = (byte)Exponent;
            destination.WriteUInt16(2, Unit);
            destination[4] = SigNamespace;
            destination[5] = 0;
            destination[6] = 0;
            bytesWritten = PresentationFormatSize;
            return true;
        }

        /// <summary>The encoder of every overload: the value clamped into the range, not available as the marker.</summary>
        /// <remarks>
        /// One switch on the wire type instead of a virtual call: inlined into each call site, the switch costs a load
        /// and a well-predicted branch, where a virtual call behind the shared public method could not be devirtualised
        /// (the one call site inside it sees every wire type).
        /// </remarks>
        [MethodImpl(Inlining.Aggressive)]
        internal bool TryEncodeCore(int value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            if (destination.Length < _size)
            {
                bytesWritten = 0;
                error = ProtocolError.DestinationTooSmall;
                return false;
            }

            int raw = ToRaw(value);
            switch (WireType)
            {
                case ScalarWireType.UInt8:
                    destination[0] = (byte)raw;
                    break;
                case ScalarWireType.UInt16:
                case ScalarWireType.Int16:
                    destination.WriteUInt16(0, raw);
                    break;
                default:
                    destination.WriteInt32(0, raw);
                    break;
            }

            bytesWritten = _size;
            error = ProtocolError.None;
            return true;
        }

        /// <summary>The decoder of every overload (a switch on the wire type, as <see cref="TryEncodeCore"/>).</summary>
        [MethodImpl(Inlining.Aggressive)]
        internal bool TryDecodeCore(WireReader source, out int value, out ProtocolError error)
        {
            if (source.Length < _size)
            {
                value = 0;
                error = ProtocolError.TooShort;
                return false;
            }

            long raw;
            switch (WireType)
            {
                case ScalarWireType.UInt8: raw = source[0]; break;
                case ScalarWireType.UInt16: raw = source.ReadUInt16(0); break;
                case ScalarWireType.Int16: raw = source.ReadInt16(0); break;
                case ScalarWireType.UInt32: raw = source.ReadUInt32(0); break;
                default: raw = source.ReadInt32(0); break;
            }

            return TryFromRaw(raw, out value, out error);
        }

        internal int DecodeCore(WireReader source)
        {
            int value;
            ProtocolError error;
            if (!TryDecodeCore(source, out value, out error))
            {
                throw new ProtocolException(error, "scalar characteristic value");
            }

            return value;
        }

        internal int EncodeCore(int value, WireWriter destination)
        {
            int bytesWritten;
            ProtocolError error;
            if (!TryEncodeCore(value, destination, out bytesWritten, out error))
            {
                throw new ProtocolException(error, "scalar characteristic value");
            }

            return bytesWritten;
        }
        private static int SizeOf(ScalarWireType wireType)
        {
            switch (wireType)
            {
                case ScalarWireType.UInt8: return 1;
                case ScalarWireType.UInt16:
                case ScalarWireType.Int16: return 2;
                default: return 4;
            }
        }

        private static int NotAvailableRawFor(ScalarWireType wireType)
        {
            switch (wireType)
            {
                case ScalarWireType.UInt8: return WireLimits.UInt8NotAvailable;
                case ScalarWireType.UInt16: return WireLimits.UInt16NotAvailable;
                case ScalarWireType.Int16: return WireLimits.Int16NotAvailable;
                case ScalarWireType.UInt32: return unchecked((int)WireLimits.UInt32NotAvailable);
                default: return WireLimits.Int32NotAvailable;
            }
        }

        private static long NotAvailableRawFor64(ScalarWireType wireType)
        {
            return wireType == ScalarWireType.UInt32 ? WireLimits.UInt32NotAvailable : NotAvailableRawFor(wireType);
        }

        /// <summary>Creates the format of <paramref name="wireType"/>.</summary>
        internal static ScalarFormat Create(ScalarWireType wireType, int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
        {
            return new ScalarFormat(wireType, minimum, maximum, hasNotAvailable, exponent, unit);
        }

        [MethodImpl(Inlining.Aggressive)]
        internal int ToRaw(int value)
        {
            // In range (the usual case) is one unsigned comparison; not available and clamping are the rare paths.
            if ((uint)(value - _minimum) <= _width)
            {
                return value;
            }

            return value == Measurement.NotAvailable ? _encodedNotAvailable : value < _minimum ? _minimum : _maximum;
        }

        /// <summary>Validates and converts a wire integer read as <see cref="WireType"/> (shared by every decoder).</summary>
        [MethodImpl(Inlining.Aggressive)]
        internal bool TryFromRaw(long raw, out int value, out ProtocolError error)
        {
            // In range (the usual case) is one unsigned comparison; the not-available marker lies outside the range.
            if ((ulong)(raw - _minimum) <= _width)
            {
                value = (int)raw;
                error = ProtocolError.None;
                return true;
            }

            bool notAvailable = raw == _decodedNotAvailable;
            value = notAvailable ? Measurement.NotAvailable : 0;
            error = notAvailable ? ProtocolError.None : ProtocolError.ValueOutOfRange;
            return notAvailable;
        }
    }
}
