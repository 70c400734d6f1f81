using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    // The five wire types of ScalarFormat. Each writes and reads its integer with the size and signedness written in,
    // so a call site that always sees one characteristic is devirtualised and specialised by the JIT; the clamping,
    // markers and ranges they call (ToRaw, TryFromRaw) are ScalarFormat's, once.

    /// <summary>Unsigned 8-bit values (the SIG Battery Level).</summary>
    internal sealed class UInt8ScalarFormat : ScalarFormat
    {
        internal UInt8ScalarFormat(int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
            : base(ScalarWireType.UInt8, minimum, maximum, hasNotAvailable, exponent, unit)
        {
        }

        [MethodImpl(Inlining.Aggressive)]
        internal override bool TryEncodeCore(int value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            if (!HasRoom(destination, 1, out bytesWritten, out error))
            {
                return false;
            }

            destination[0] = (byte)ToRaw(value);
            return true;
        }

        [MethodImpl(Inlining.Aggressive)]
        internal override bool TryDecodeCore(WireReader source, out int value, out ProtocolError error)
        {
            return source.Length < 1 ? TooShort(out value, out error) : TryFromRaw(source[0], out value, out error);
        }
    }

    internal sealed class UInt16ScalarFormat : ScalarFormat
    {
        internal UInt16ScalarFormat(int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
            : base(ScalarWireType.UInt16, minimum, maximum, hasNotAvailable, exponent, unit)
        {
        }

        [MethodImpl(Inlining.Aggressive)]
        internal override bool TryEncodeCore(int value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            if (!HasRoom(destination, 2, out bytesWritten, out error))
            {
                return false;
            }

            destination.WriteUInt16(0, ToRaw(value));
            return true;
        }

        [MethodImpl(Inlining.Aggressive)]
        internal override bool TryDecodeCore(WireReader source, out int value, out ProtocolError error)
        {
            return source.Length < 2 ? TooShort(out value, out error) : TryFromRaw(source.ReadUInt16(0), out value, out error);
        }
    }

    internal sealed class Int16ScalarFormat : ScalarFormat
    {
        internal Int16ScalarFormat(int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
            : base(ScalarWireType.Int16, minimum, maximum, hasNotAvailable, exponent, unit)
        {
        }

        [MethodImpl(Inlining.Aggressive)]
        internal override bool TryEncodeCore(int value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            if (!HasRoom(destination, 2, out bytesWritten, out error))
            {
                return false;
            }

            destination.WriteUInt16(0, ToRaw(value));
            return true;
        }

        [MethodImpl(Inlining.Aggressive)]
        internal override bool TryDecodeCore(WireReader source, out int value, out ProtocolError error)
        {
            return source.Length < 2 ? TooShort(out value, out error) : TryFromRaw(source.ReadInt16(0), out value, out error);
        }
    }

    internal sealed class UInt32ScalarFormat : ScalarFormat
    {
        internal UInt32ScalarFormat(int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
            : base(ScalarWireType.UInt32, minimum, maximum, hasNotAvailable, exponent, unit)
        {
        }

        [MethodImpl(Inlining.Aggressive)]
        internal override bool TryEncodeCore(int value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            if (!HasRoom(destination, 4, out bytesWritten, out error))
            {
                return false;
            }

            destination.WriteInt32(0, ToRaw(value));
            return true;
        }

        [MethodImpl(Inlining.Aggressive)]
        internal override bool TryDecodeCore(WireReader source, out int value, out ProtocolError error)
        {
            return source.Length < 4 ? TooShort(out value, out error) : TryFromRaw(source.ReadUInt32(0), out value, out error);
        }
    }

    internal sealed class Int32ScalarFormat : ScalarFormat
    {
        internal Int32ScalarFormat(int minimum, int maximum, bool hasNotAvailable, sbyte exponent, ushort unit)
            : base(ScalarWireType.Int32, minimum, maximum, hasNotAvailable, exponent, unit)
        {
        }

        [MethodImpl(Inlining.Aggressive)]
        internal override bool TryEncodeCore(int value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            if (!HasRoom(destination, 4, out bytesWritten, out error))
            {
                return false;
            }

            destination.WriteInt32(0, ToRaw(value));
            return true;
        }

        [MethodImpl(Inlining.Aggressive)]
        internal override bool TryDecodeCore(WireReader source, out int value, out ProtocolError error)
        {
            return source.Length < 4 ? TooShort(out value, out error) : TryFromRaw(source.ReadInt32(0), out value, out error);
        }
    }
}
