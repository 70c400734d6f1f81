using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    // The five wire types of ScalarFormat. Each writes and reads its integer with the size and signedness written in,
    // so a call site that always sees one characteristic is devirtualised and specialised by the JIT; the clamping,
    // markers and ranges they call (ToRaw, TryFromRaw) are ScalarFormat's, once.

    /// <summary>Unsigned 8-bit values (the SIG Battery Level).</summary>
    internal sealed partial class UInt8ScalarFormat : ScalarFormat
    {
        internal UInt8ScalarFormat(int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
            : base(ScalarWireType.UInt8, minimum, maximum, hasNotAvailable, exponent, unit)
        {
        }

        [MethodImpl(Inlining.Aggressive)]
        public override bool TryEncode(int value, byte[] destination, int offset, out int bytesWritten)
        {
            if (!HasRoom(destination, offset, 1, out bytesWritten))
            {
                return false;
            }

            destination[offset] = (byte)ToRaw(value);
            return true;
        }

        [MethodImpl(Inlining.Aggressive)]
        public override bool TryDecode(byte[] source, int offset, int count, out int value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return count < 1 ? TooShort(out value, out error) : TryFromRaw(source[offset], out value, out error);
        }
    }

    /// <summary>Unsigned 16-bit little-endian values (state of charge, time to go).</summary>
    internal sealed partial class UInt16ScalarFormat : ScalarFormat
    {
        internal UInt16ScalarFormat(int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
            : base(ScalarWireType.UInt16, minimum, maximum, hasNotAvailable, exponent, unit)
        {
        }

        [MethodImpl(Inlining.Aggressive)]
        public override bool TryEncode(int value, byte[] destination, int offset, out int bytesWritten)
            => TryEncode16(value, destination, offset, out bytesWritten);

        [MethodImpl(Inlining.Aggressive)]
        public override bool TryDecode(byte[] source, int offset, int count, out int value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return count < 2 ? TooShort(out value, out error) : TryFromRaw(LittleEndian.ReadUInt16(source, offset), out value, out error);
        }
    }

    /// <summary>Signed 16-bit little-endian values (temperature).</summary>
    internal sealed partial class Int16ScalarFormat : ScalarFormat
    {
        internal Int16ScalarFormat(int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
            : base(ScalarWireType.Int16, minimum, maximum, hasNotAvailable, exponent, unit)
        {
        }

        [MethodImpl(Inlining.Aggressive)]
        public override bool TryEncode(int value, byte[] destination, int offset, out int bytesWritten)
            => TryEncode16(value, destination, offset, out bytesWritten);

        [MethodImpl(Inlining.Aggressive)]
        public override bool TryDecode(byte[] source, int offset, int count, out int value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return count < 2 ? TooShort(out value, out error) : TryFromRaw(LittleEndian.ReadInt16(source, offset), out value, out error);
        }
    }

    /// <summary>Unsigned 32-bit little-endian values (voltage, energy).</summary>
    internal sealed partial class UInt32ScalarFormat : ScalarFormat
    {
        internal UInt32ScalarFormat(int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
            : base(ScalarWireType.UInt32, minimum, maximum, hasNotAvailable, exponent, unit)
        {
        }

        [MethodImpl(Inlining.Aggressive)]
        public override bool TryEncode(int value, byte[] destination, int offset, out int bytesWritten)
            => TryEncode32(value, destination, offset, out bytesWritten);

        [MethodImpl(Inlining.Aggressive)]
        public override bool TryDecode(byte[] source, int offset, int count, out int value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return count < 4 ? TooShort(out value, out error) : TryFromRaw(LittleEndian.ReadUInt32(source, offset), out value, out error);
        }
    }

    /// <summary>Signed 32-bit little-endian values (current, power, consumed charge).</summary>
    internal sealed partial class Int32ScalarFormat : ScalarFormat
    {
        internal Int32ScalarFormat(int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
            : base(ScalarWireType.Int32, minimum, maximum, hasNotAvailable, exponent, unit)
        {
        }

        [MethodImpl(Inlining.Aggressive)]
        public override bool TryEncode(int value, byte[] destination, int offset, out int bytesWritten)
            => TryEncode32(value, destination, offset, out bytesWritten);

        [MethodImpl(Inlining.Aggressive)]
        public override bool TryDecode(byte[] source, int offset, int count, out int value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return count < 4 ? TooShort(out value, out error) : TryFromRaw(LittleEndian.ReadInt32(source, offset), out value, out error);
        }
    }
}
