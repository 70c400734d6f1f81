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
    /// The .NET build of <c>Primitives/WireReader.cs</c>: the same members over a <see cref="ReadOnlySpan{T}"/>, so the
    /// byte[] overloads (which wrap their window) and the Span overloads run one decoder core, in place, without a copy.
    /// </summary>
    /// <remarks>
    /// On .NET 5+ the multi-byte reads are single unaligned loads without a second bounds check (callers check the
    /// length first, as with <c>Net/Unchecked/LittleEndian.cs</c>); the netstandard2.0 build keeps every read checked, so
    /// its test run throws where a core forgot its own check.
    /// </remarks>
    internal readonly ref struct WireReader
    {
        private readonly ReadOnlySpan<byte> _span;

        public WireReader(ReadOnlySpan<byte> span)
        {
            _span = span;
        }

        /// <summary>The window <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of <paramref name="buffer"/> (already checked by the caller).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public WireReader(byte[] buffer, int start, int length)
        {
            _span = new ReadOnlySpan<byte>(buffer, start, length);
        }

        public int Length => _span.Length;

        public byte this[int index]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => _span[index];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public WireReader Slice(int start, int length) => new WireReader(_span.Slice(start, length));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadUInt16(int index) => ToLittleEndian(Read<ushort>(index));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadInt16(int index) => (short)ReadUInt16(index);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadUInt24(int index) => ReadUInt16(index) | (_span[index + 2] << 16);

        // Shift the 24-bit value to the top of an int and back to sign-extend it.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadInt24(int index) => (ReadUInt24(index) << 8) >> 8;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public uint ReadUInt32(int index) => ToLittleEndian(Read<uint>(index));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ReadInt32(int index) => (int)ReadUInt32(index);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private T Read<T>(int index)
            where T : unmanaged
        {
#if NET
            Debug.Assert((uint)index <= (uint)_span.Length && (uint)Unsafe.SizeOf<T>() <= (uint)(_span.Length - index), "the caller checks the length first");
            return Unsafe.ReadUnaligned<T>(ref Unsafe.Add(ref MemoryMarshal.GetReference(_span), (nint)(uint)index));
#else
            return System.Runtime.InteropServices.MemoryMarshal.Read<T>(_span.Slice(index));
#endif
        }

        // Constants for the JIT: no code on a little-endian machine.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ushort ToLittleEndian(ushort value) => BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint ToLittleEndian(uint value) => BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
    }
}
