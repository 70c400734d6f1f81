namespace CydShunt.Firmware.Storage
{
    /// <summary>
    /// Little-endian field access for every persisted payload and the record header, with explicit shifts (nanoFramework
    /// has no BinaryPrimitives). Callers check the bounds first.
    /// </summary>
    internal static class PayloadBytes
    {
        public static void WriteInt16(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
        }

        public static int ReadInt16(byte[] buffer, int offset)
        {
            return (short)(buffer[offset] | (buffer[offset + 1] << 8));
        }

        public static int ReadUInt16(byte[] buffer, int offset)
        {
            return buffer[offset] | (buffer[offset + 1] << 8);
        }

        public static void WriteInt32(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        public static int ReadInt32(byte[] buffer, int offset)
        {
            return buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24);
        }

        public static void WriteInt64(byte[] buffer, int offset, long value)
        {
            WriteInt32(buffer, offset, (int)value);
            WriteInt32(buffer, offset + 4, (int)(value >> 32));
        }

        public static long ReadInt64(byte[] buffer, int offset)
        {
            return (uint)ReadInt32(buffer, offset) | ((long)ReadInt32(buffer, offset + 4) << 32);
        }

        /// <summary>Throws unless <paramref name="count"/> bytes fit at <paramref name="offset"/>.</summary>
        public static void CheckRange(byte[] buffer, int offset, int count, string name)
        {
            if (buffer == null)
            {
                throw new System.ArgumentNullException(name);
            }

            if (offset < 0 || count < 0 || offset > buffer.Length || buffer.Length - offset < count)
            {
                throw new System.ArgumentOutOfRangeException(name, "offset/count outside the buffer");
            }
        }
    }
}
