using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace CydShunt.Protocol
{
    // Span forms of the five wire types' encoders and decoders (.NET only).

    /// <content>Span forms (.NET only).</content>
    internal sealed partial class UInt8ScalarFormat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryEncode(int value, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < 1)
            {
                return NoRoom(out bytesWritten);
            }

            destination[0] = (byte)ToRaw(value);
            bytesWritten = 1;
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
            => source.Length < 1 ? TooShort(out value, out error) : TryFromRaw(source[0], out value, out error);
    }

    /// <content>Span forms (.NET only).</content>
    internal sealed partial class UInt16ScalarFormat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryEncode(int value, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < 2)
            {
                return NoRoom(out bytesWritten);
            }

            BinaryPrimitives.WriteUInt16LittleEndian(destination, (ushort)ToRaw(value));
            bytesWritten = 2;
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
            => source.Length < 2 ? TooShort(out value, out error) : TryFromRaw(BinaryPrimitives.ReadUInt16LittleEndian(source), out value, out error);
    }

    /// <content>Span forms (.NET only).</content>
    internal sealed partial class Int16ScalarFormat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryEncode(int value, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < 2)
            {
                return NoRoom(out bytesWritten);
            }

            BinaryPrimitives.WriteInt16LittleEndian(destination, (short)ToRaw(value));
            bytesWritten = 2;
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
            => source.Length < 2 ? TooShort(out value, out error) : TryFromRaw(BinaryPrimitives.ReadInt16LittleEndian(source), out value, out error);
    }

    /// <content>Span forms (.NET only).</content>
    internal sealed partial class UInt32ScalarFormat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryEncode(int value, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < 4)
            {
                return NoRoom(out bytesWritten);
            }

            BinaryPrimitives.WriteInt32LittleEndian(destination, ToRaw(value));
            bytesWritten = 4;
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
            => source.Length < 4 ? TooShort(out value, out error) : TryFromRaw(BinaryPrimitives.ReadUInt32LittleEndian(source), out value, out error);
    }

    /// <content>Span forms (.NET only).</content>
    internal sealed partial class Int32ScalarFormat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryEncode(int value, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < 4)
            {
                return NoRoom(out bytesWritten);
            }

            BinaryPrimitives.WriteInt32LittleEndian(destination, ToRaw(value));
            bytesWritten = 4;
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
            => source.Length < 4 ? TooShort(out value, out error) : TryFromRaw(BinaryPrimitives.ReadInt32LittleEndian(source), out value, out error);
    }
}
