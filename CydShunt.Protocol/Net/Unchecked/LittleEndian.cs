using System;
using System.Buffers.Binary;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// The net8.0 build of <c>Primitives/LittleEndian.cs</c>: the same methods and contract (callers check bounds
    /// first; these helpers do not), as single unaligned loads and stores without a second bounds check.
    /// </summary>
    /// <remarks>
    /// Compiled for .NET 5+ targets (net8.0 today) in place of the portable file; nanoFramework and the netstandard2.0 build keep the
    /// portable, bounds-checked one, so the same codec code runs there with every access checked (the netstandard2.0
    /// test run would throw where a codec forgot its own check). Every codec that calls these checks the room for
    /// the whole value or frame first, which the argument and vector tests pin down on both builds.
    /// </remarks>
    internal static class LittleEndian
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int ReadUInt16(byte[] source, int offset)
        {
            return ToLittleEndian(Unsafe.ReadUnaligned<ushort>(ref At(source, offset, sizeof(ushort))));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int ReadInt16(byte[] source, int offset)
        {
            return (short)ReadUInt16(source, offset);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int ReadUInt24(byte[] source, int offset)
        {
            ref byte first = ref At(source, offset, 3);
            return ToLittleEndian(Unsafe.ReadUnaligned<ushort>(ref first)) | (Unsafe.Add(ref first, 2) << 16);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int ReadInt24(byte[] source, int offset)
        {
            // Shift the 24-bit value to the top of an int and back to sign-extend it.
            return (ReadUInt24(source, offset) << 8) >> 8;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static uint ReadUInt32(byte[] source, int offset)
        {
            return ToLittleEndian(Unsafe.ReadUnaligned<uint>(ref At(source, offset, sizeof(uint))));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int ReadInt32(byte[] source, int offset)
        {
            return (int)ReadUInt32(source, offset);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void WriteUInt16(byte[] destination, int offset, int value)
        {
            Unsafe.WriteUnaligned(ref At(destination, offset, sizeof(ushort)), ToLittleEndian((ushort)value));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void WriteUInt24(byte[] destination, int offset, int value)
        {
            ref byte first = ref At(destination, offset, 3);
            Unsafe.WriteUnaligned(ref first, ToLittleEndian((ushort)value));
            Unsafe.Add(ref first, 2) = (byte)(value >> 16);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void WriteUInt32(byte[] destination, int offset, uint value)
        {
            Unsafe.WriteUnaligned(ref At(destination, offset, sizeof(uint)), ToLittleEndian(value));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void WriteInt32(byte[] destination, int offset, int value)
        {
            WriteUInt32(destination, offset, (uint)value);
        }

        // The first byte of the value; the caller has checked that size bytes from offset lie in the array.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ref byte At(byte[] buffer, int offset, int size)
        {
            Debug.Assert((uint)offset <= (uint)buffer.Length && (uint)size <= (uint)(buffer.Length - offset), "the caller checks the room first");
            return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(buffer), (nint)(uint)offset);
        }

        // Constants for the JIT: no code on a little-endian machine.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ushort ToLittleEndian(ushort value)
        {
            return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint ToLittleEndian(uint value)
        {
            return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
        }
    }
}
