using System;
using CydShunt.Protocol.Net;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only).</content>
    public static partial class BTHomeCodec
    {
        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">Bytes written on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryEncode(BTHomeFrame value, Span<byte> destination, out int bytesWritten)
            => SpanAdapter.TryEncode(value, destination, TryEncode, out bytesWritten);

        /// <summary>Decodes a value from <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The decoded value.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public static bool TryDecode(ReadOnlySpan<byte> source, out BTHomeFrame value, out ProtocolError error)
            => SpanAdapter.TryDecode(source, TryDecode, out value, out error);
    }
}
