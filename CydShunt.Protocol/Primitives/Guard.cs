using System;

namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// Argument checks for the <c>byte[]</c> + offset APIs. A null buffer or an offset/count outside the array is a
    /// programming error and throws; bad <em>bytes</em> never throw through the Try APIs.
    /// </summary>
    internal static class Guard
    {
        public static void Range(byte[] buffer, int offset, int count, string bufferName)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(bufferName);
            }

            if (offset < 0 || offset > buffer.Length)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            if (count < 0 || count > buffer.Length - offset)
            {
                throw new ArgumentOutOfRangeException("count");
            }
        }

        public static void Offset(byte[] buffer, int offset, string bufferName)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(bufferName);
            }

            if (offset < 0 || offset > buffer.Length)
            {
                throw new ArgumentOutOfRangeException("offset");
            }
        }
    }
}
