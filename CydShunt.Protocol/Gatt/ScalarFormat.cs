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
    /// One sealed subclass per wire type (<c>ScalarWireFormats.cs</c>) reads and writes the raw integer with a constant
    /// size, so that a call site that always sees the same characteristic is specialised by the JIT (guarded
    /// devirtualisation) like hand-written code; clamping and validation stay here, once.
    /// </remarks>
    public abstract partial class ScalarFormat
    {
        /// <summary>Size of a Characteristic Presentation Format (0x2904) descriptor value.</summary>
        public const int PresentationFormatSize = 7;

        private const byte SigNamespace = 0x01;

        private readonly bool _hasNotAvailable;

        // Precomputed from the wire type once; the subclasses' hot paths use constants and the limits below.
        private readonly int _size;
        private readonly int _encodedNotAvailable;      // what Measurement.NotAvailable encodes to
        private readonly long _decodedNotAvailable;     // the raw value that decodes to Measurement.NotAvailable (no match without a marker)
        private readonly int _minimum;
        private readonly int _maximum;
        private readonly uint _width;                   // maximum - minimum: x is in range when (unsigned)(x - minimum) <= width

        private protected ScalarFormat(ScalarWireType wireType, int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
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

        /// <summary>
        /// Encodes <paramref name="value"/>: <see cref="Measurement.NotAvailable"/> becomes the not-available marker
        /// (or <see cref="Minimum"/> for a format without one); other values are clamped into [<see cref="Minimum"/>, <see cref="Maximum"/>].
        /// </summary>
        /// <param name="value">The value in the model unit.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten"><see cref="Size"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public abstract bool TryEncode(int value, byte[] destination, int offset, out int bytesWritten);

        /// <summary>Decodes a value; trailing bytes are ignored.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the value starts.</param>
        /// <param name="count">How many bytes the value has.</param>
        /// <param name="value">The value in the model unit, or <see cref="Measurement.NotAvailable"/>.</param>
        /// <param name="error"><see cref="ProtocolError.TooShort"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public abstract bool TryDecode(byte[] source, int offset, int count, out int value, out ProtocolError error);

        /// <summary>Decodes a value or throws <see cref="ProtocolException"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the value starts.</param>
        /// <param name="count">How many bytes the value has.</param>
        /// <returns>The value in the model unit, or <see cref="Measurement.NotAvailable"/>.</returns>
        public int Decode(byte[] source, int offset, int count)
        {
            int value;
            ProtocolError error;
            if (!TryDecode(source, offset, count, out value, out error))
            {
                throw new ProtocolException(error, "scalar characteristic");
            }

            return value;
        }

        /// <summary>Writes the 7-byte Characteristic Presentation Format (0x2904) value: format, exponent, unit, namespace 0x01, description 0x0000.</summary>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <returns><see langword="false"/> when fewer than 7 bytes are left.</returns>
        public bool TryWritePresentationFormat(byte[] destination, int offset)
        {
            Guard.Offset(destination, offset, "destination");
            if (destination.Length - offset < PresentationFormatSize)
            {
                return false;
            }

            destination[offset] = SigFormatCode;
            destination[offset + 1] = (byte)Exponent;
            LittleEndian.WriteUInt16(destination, offset + 2, Unit);
            destination[offset + 4] = SigNamespace;
            destination[offset + 5] = 0;
            destination[offset + 6] = 0;
            return true;
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

        /// <summary>Creates the format of <paramref name="wireType"/> (the subclass that reads and writes that type).</summary>
        internal static ScalarFormat Create(ScalarWireType wireType, int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
        {
            switch (wireType)
            {
                case ScalarWireType.UInt8: return new UInt8ScalarFormat(minimum, maximum, hasNotAvailable, exponent, unit);
                case ScalarWireType.UInt16: return new UInt16ScalarFormat(minimum, maximum, hasNotAvailable, exponent, unit);
                case ScalarWireType.Int16: return new Int16ScalarFormat(minimum, maximum, hasNotAvailable, exponent, unit);
                case ScalarWireType.UInt32: return new UInt32ScalarFormat(minimum, maximum, hasNotAvailable, exponent, unit);
                default: return new Int32ScalarFormat(minimum, maximum, hasNotAvailable, exponent, unit);
            }
        }

        /// <summary>The encoders' argument and room check: throws on a bad buffer or offset; <paramref name="bytesWritten"/> is <paramref name="size"/>, or 0 (and false) when fewer bytes are left.</summary>
        [MethodImpl(Inlining.Aggressive)]
        private protected static bool HasRoom(byte[] destination, int offset, int size, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            bytesWritten = destination.Length - offset < size ? 0 : size;
            return bytesWritten != 0;
        }

        /// <summary>The 16-bit encoders (uint16 and sint16 send the same low 16 bits of the clamped raw value).</summary>
        [MethodImpl(Inlining.Aggressive)]
        private protected bool TryEncode16(int value, byte[] destination, int offset, out int bytesWritten)
        {
            if (!HasRoom(destination, offset, 2, out bytesWritten))
            {
                return false;
            }

            LittleEndian.WriteUInt16(destination, offset, ToRaw(value));
            return true;
        }

        /// <summary>The 32-bit encoders (uint32 and sint32 send the clamped raw value's 32 bits).</summary>
        [MethodImpl(Inlining.Aggressive)]
        private protected bool TryEncode32(int value, byte[] destination, int offset, out int bytesWritten)
        {
            if (!HasRoom(destination, offset, 4, out bytesWritten))
            {
                return false;
            }

            LittleEndian.WriteInt32(destination, offset, ToRaw(value));
            return true;
        }

        /// <summary>A decoder's result when the source is shorter than the value (off the hot path, so the success path stores each output once).</summary>
        private protected static bool TooShort(out int value, out ProtocolError error)
        {
            value = 0;
            error = ProtocolError.TooShort;
            return false;
        }

        /// <summary>The wire integer of a model value: the not-available marker, or the value clamped into range (shared by every encoder).</summary>
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
