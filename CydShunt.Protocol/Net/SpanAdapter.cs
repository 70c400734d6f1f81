using System;

namespace CydShunt.Protocol.Net
{
    /// <summary>Decoder signature of the portable <c>byte[]</c> core.</summary>
    internal delegate bool ArrayDecoder<T>(byte[] source, int offset, int count, out T value, out ProtocolError error);

    /// <summary>
    /// Lets the Span overloads reuse the portable <c>byte[]</c> implementation through a per-thread scratch array:
    /// one copy of a few dozen bytes instead of a second implementation of every layout. The scratch array is
    /// allocated once per thread and grows only for unusually long input; the delegates are cached static method groups.
    /// </summary>
    internal static class SpanAdapter
    {
        private const int InitialSize = 256;

        [ThreadStatic]
        private static byte[]? t_scratch;

        public static bool TryDecode<T>(ReadOnlySpan<byte> source, ArrayDecoder<T> decoder, out T value, out ProtocolError error)
        {
            byte[] scratch = Scratch(source.Length);
            source.CopyTo(scratch);
            return decoder(scratch, 0, source.Length, out value, out error);
        }

        public static byte[] Scratch(int length)
        {
            byte[]? scratch = t_scratch;
            if (scratch == null || scratch.Length < length)
            {
                scratch = new byte[length > InitialSize ? length : InitialSize];
                t_scratch = scratch;
            }

            return scratch;
        }
    }
}
