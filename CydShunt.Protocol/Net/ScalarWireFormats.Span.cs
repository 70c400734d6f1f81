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
            if (!HasRoom(destination, 1, out bytesWritten))
            {
                return false;
            }

            destination[0] = (byte)ToRaw(value);
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
            => TryEncode16(value, destination, out bytesWritten);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
            => source.Length < 2 ? TooShort(out value, out error) : TryFromRaw(BinaryPrimitives.ReadUInt16LittleEndian(source), out value, out error);
    }

    /// <content>Span forms (.NET only).</content>
    internal sealed partial class Int16ScalarFormat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryEncode(int value, Span<byte> destination, out int bytesWritten)
            => TryEncode16(value, destination, out bytesWritten);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
            => source.Length < 2 ? TooShort(out value, out error) : TryFromRaw(BinaryPrimitives.ReadInt16LittleEndian(source), out value, out error);
    }

    /// <content>Span forms (.NET only).</content>
    internal sealed partial class UInt32ScalarFormat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryEncode(int value, Span<byte> destination, out int bytesWritten)
            => TryEncode32(value, destination, out bytesWritten);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
            => source.Length < 4 ? TooShort(out value, out error) : TryFromRaw(BinaryPrimitives.ReadUInt32LittleEndian(source), out value, out error);
    }

    /// <content>Span forms (.NET only).</content>
    internal sealed partial class Int32ScalarFormat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryEncode(int value, Span<byte> destination, out int bytesWritten)
            => TryEncode32(value, destination, out bytesWritten);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public override bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
            => source.Length < 4 ? TooShort(out value, out error) : TryFromRaw(BinaryPrimitives.ReadInt32LittleEndian(source), out value, out error);
    }
}
