using System;
using System.Runtime.CompilerServices;

namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// Little-endian reads and writes on <c>byte[]</c>: nanoFramework has no <c>BinaryPrimitives</c> and no spans.
    /// Callers check bounds first; these helpers do not. The net8.0 build compiles <c>Net/Unchecked/LittleEndian.cs</c>
    /// instead (the same methods as single unaligned loads and stores).
    /// </summary>
    /// <remarks>
    /// The 16- and 32-bit reads go through <see cref="BitConverter"/>, which reads in the machine's byte order: one
    /// unaligned load on .NET, one native call on nanoFramework (both faster than four indexed loads and shifts).
    /// Every target we know is little-endian (x86, ARM, the ESP32's Xtensa and RISC-V); the explicit shifts are the
    /// fallback for a big-endian machine. Writes use shifts: nanoFramework's <see cref="BitConverter"/> can only
    /// allocate a new array.
    /// </remarks>
    internal static class LittleEndian
    {
        // Read once: a constant for .NET's JIT, a field read instead of a native call on nanoFramework.
        private static readonly bool s_machineIsLittleEndian = BitConverter.IsLittleEndian;

        [MethodImpl(Inlining.Aggressive)]
        public static int ReadUInt16(byte[] source, int offset)
        {
            return s_machineIsLittleEndian ? BitConverter.ToUInt16(source, offset) : source[offset] | (source[offset + 1] << 8);
        }

        [MethodImpl(Inlining.Aggressive)]
        public static int ReadInt16(byte[] source, int offset)
        {
            return s_machineIsLittleEndian ? BitConverter.ToInt16(source, offset) : (short)(source[offset] | (source[offset + 1] << 8));
        }

        [MethodImpl(Inlining.Aggressive)]
        public static int ReadUInt24(byte[] source, int offset)
        {
            return source[offset] | (source[offset + 1] << 8) | (source[offset + 2] << 16);
        }

        [MethodImpl(Inlining.Aggressive)]
        public static int ReadInt24(byte[] source, int offset)
        {
            // Shift the 24-bit value to the top of an int and back to sign-extend it.
            return (ReadUInt24(source, offset) << 8) >> 8;
        }

        [MethodImpl(Inlining.Aggressive)]
        public static uint ReadUInt32(byte[] source, int offset)
        {
            return s_machineIsLittleEndian ? BitConverter.ToUInt32(source, offset) : (uint)ReadInt32Shifted(source, offset);
        }

        [MethodImpl(Inlining.Aggressive)]
        public static int ReadInt32(byte[] source, int offset)
        {
            return s_machineIsLittleEndian ? BitConverter.ToInt32(source, offset) : ReadInt32Shifted(source, offset);
        }

        private static int ReadInt32Shifted(byte[] source, int offset)
        {
            return source[offset] | (source[offset + 1] << 8) | (source[offset + 2] << 16) | (source[offset + 3] << 24);
        }

        [MethodImpl(Inlining.Aggressive)]
        public static void WriteUInt16(byte[] destination, int offset, int value)
        {
            destination[offset] = (byte)value;
            destination[offset + 1] = (byte)(value >> 8);
        }

        [MethodImpl(Inlining.Aggressive)]
        public static void WriteUInt24(byte[] destination, int offset, int value)
        {
            destination[offset] = (byte)value;
            destination[offset + 1] = (byte)(value >> 8);
            destination[offset + 2] = (byte)(value >> 16);
        }

        [MethodImpl(Inlining.Aggressive)]
        public static void WriteUInt32(byte[] destination, int offset, uint value)
        {
            destination[offset] = (byte)value;
            destination[offset + 1] = (byte)(value >> 8);
            destination[offset + 2] = (byte)(value >> 16);
            destination[offset + 3] = (byte)(value >> 24);
        }

        [MethodImpl(Inlining.Aggressive)]
        public static void WriteInt32(byte[] destination, int offset, int value)
        {
            WriteUInt32(destination, offset, (uint)value);
        }
    }
}
