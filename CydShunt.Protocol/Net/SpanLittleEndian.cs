using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace CydShunt.Protocol.Net
{
    /// <summary>
    /// The 24-bit little-endian reads and writes <see cref="BinaryPrimitives"/> lacks, for the Span overloads of
    /// fixed layouts (same results as <c>Primitives/LittleEndian</c> on <c>byte[]</c>). Callers check the length first.
    /// </summary>
    internal static class SpanLittleEndian
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int ReadUInt24(ReadOnlySpan<byte> source, int offset)
            => BinaryPrimitives.ReadUInt16LittleEndian(source.Slice(offset)) | (source[offset + 2] << 16);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int ReadInt24(ReadOnlySpan<byte> source, int offset)
            => BinaryPrimitives.ReadUInt16LittleEndian(source.Slice(offset)) | ((sbyte)source[offset + 2] << 16);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int ReadUInt16(ReadOnlySpan<byte> source, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(source.Slice(offset));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int ReadInt16(ReadOnlySpan<byte> source, int offset) => BinaryPrimitives.ReadInt16LittleEndian(source.Slice(offset));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void WriteUInt24(Span<byte> destination, int offset, int value)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(destination.Slice(offset), (ushort)value);
            destination[offset + 2] = (byte)(value >> 16);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void WriteUInt16(Span<byte> destination, int offset, int value)
            => BinaryPrimitives.WriteUInt16LittleEndian(destination.Slice(offset), (ushort)value);
    }
}
