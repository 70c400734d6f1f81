using System;
using System.Runtime.CompilerServices;

namespace CydShunt.Protocol.Primitives
{
    /// <summary>
    /// Argument checks for the <c>byte[]</c> + offset APIs. A null buffer or an offset/count outside the array is a
    /// programming error and throws; bad <em>bytes</em> never throw through the Try APIs.
    /// </summary>
    /// <remarks>
    /// The checks are one condition each (negative values become large unsigned ones) so that the JIT inlines them
    /// into every codec; the throwing lives in separate methods that run only on the error path.
    /// </remarks>
    internal static class Guard
    {
        [MethodImpl(Inlining.Aggressive)]
        public static void Range(byte[] buffer, int offset, int count, string bufferName)
        {
            if (buffer == null || (uint)offset > (uint)buffer.Length || (uint)count > (uint)(buffer.Length - offset))
            {
                ThrowRange(buffer, offset, bufferName);
            }
        }

        [MethodImpl(Inlining.Aggressive)]
        public static void NotNull(byte[] buffer, string bufferName)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(bufferName);
            }
        }

        [MethodImpl(Inlining.Aggressive)]
        public static void Offset(byte[] buffer, int offset, string bufferName)
        {
            if (buffer == null || (uint)offset > (uint)buffer.Length)
            {
                ThrowRange(buffer, offset, bufferName);
            }
        }

        // Names the first argument that is wrong: the buffer, then the offset, else the count.
        private static void ThrowRange(byte[]? buffer, int offset, string bufferName)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(bufferName);
            }

            if (offset < 0 || offset > buffer.Length)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            throw new ArgumentOutOfRangeException("count");
        }
    }
}
