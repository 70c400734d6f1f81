using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
#if NET
using System.Diagnostics;
using System.Runtime.InteropServices;
#endif

namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// The .NET build of <c>Primitives/WireWriter.cs</c>: the same members over a <see cref="Span{T}"/>, so the byte[]
    /// overloads (which wrap their window) and the Span overloads run one encoder core, in place.
    /// </summary>
    /// <remarks>On .NET 5+ multi-byte writes are single unaligned stores (callers check the room first); netstandard2.0 keeps them checked.</remarks>
    internal readonly ref struct WireWriter
    {
        private readonly Span<byte> _span;

        public WireWriter(Span<byte> span)
        {
            _span = span;
        }

        /// <summary>The window <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of <paramref name="buffer"/> (already checked by the caller).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public WireWriter(byte[] buffer, int start, int length)
        {
            _span = new Span<byte>(buffer, start, length);
        }

        public int Length => _span.Length;

        public byte this[int index]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            set => _span[index] = value;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public WireWriter Slice(int start) => new WireWriter(_span.Slice(start));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteUInt16(int index, int value) => Write(index, ToLittleEndian((ushort)value));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteUInt24(int index, int value)
        {
            Write(index, ToLittleEndian((ushort)value));
            _span[index + 2] = (byte)(value >> 16);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void WriteInt32(int index, int value) => Write(index, ToLittleEndian((uint)value));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void CopyFrom(byte[] source, int sourceOffset, int count, int index)
            => new ReadOnlySpan<byte>(source, sourceOffset, count).CopyTo(_span.Slice(index));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Write<T>(int index, T value)
            where T : unmanaged
        {
#if NET
            Debug.Assert((uint)index <= (uint)_span.Length && (uint)Unsafe.SizeOf<T>() <= (uint)(_span.Length - index), "the caller checks the room first");
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref MemoryMarshal.GetReference(_span), (nint)(uint)index), value);
#else
            System.Runtime.InteropServices.MemoryMarshal.Write(_span.Slice(index), ref value);
#endif
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ushort ToLittleEndian(ushort value) => BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint ToLittleEndian(uint value) => BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
    }
}
