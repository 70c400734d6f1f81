namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// Little-endian reads and writes on <c>byte[]</c> with explicit shifts: nanoFramework has no
    /// <c>BinaryPrimitives</c> and no spans, and shifts are the same on every CPU.
    /// Callers check bounds first; these helpers do not.
    /// </summary>
    internal static class LittleEndian
    {
        public static int ReadUInt16(byte[] source, int offset)
        {
            return source[offset] | (source[offset + 1] << 8);
        }

        public static int ReadInt16(byte[] source, int offset)
        {
            return (short)(source[offset] | (source[offset + 1] << 8));
        }

        public static int ReadUInt24(byte[] source, int offset)
        {
            return source[offset] | (source[offset + 1] << 8) | (source[offset + 2] << 16);
        }

        public static int ReadInt24(byte[] source, int offset)
        {
            // Shift the 24-bit value to the top of an int and back to sign-extend it.
            return (ReadUInt24(source, offset) << 8) >> 8;
        }

        public static uint ReadUInt32(byte[] source, int offset)
        {
            return (uint)(source[offset] | (source[offset + 1] << 8) | (source[offset + 2] << 16) | (source[offset + 3] << 24));
        }

        public static int ReadInt32(byte[] source, int offset)
        {
            return source[offset] | (source[offset + 1] << 8) | (source[offset + 2] << 16) | (source[offset + 3] << 24);
        }

        public static void WriteUInt16(byte[] destination, int offset, int value)
        {
            destination[offset] = (byte)value;
            destination[offset + 1] = (byte)(value >> 8);
        }

        public static void WriteUInt24(byte[] destination, int offset, int value)
        {
            destination[offset] = (byte)value;
            destination[offset + 1] = (byte)(value >> 8);
            destination[offset + 2] = (byte)(value >> 16);
        }

        public static void WriteUInt32(byte[] destination, int offset, uint value)
        {
            destination[offset] = (byte)value;
            destination[offset + 1] = (byte)(value >> 8);
            destination[offset + 2] = (byte)(value >> 16);
            destination[offset + 3] = (byte)(value >> 24);
        }

        public static void WriteInt32(byte[] destination, int offset, int value)
        {
            WriteUInt32(destination, offset, (uint)value);
        }
    }
}
