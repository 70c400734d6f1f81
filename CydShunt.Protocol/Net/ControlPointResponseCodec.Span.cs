using System;
using CydShunt.Protocol.Net;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only).</content>
    public static partial class ControlPointResponseCodec
    {
        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">Bytes written on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryEncode(ControlPointResponse value, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < Size)
            {
                bytesWritten = 0;
                return false;
            }

            destination[2] = (byte)value.Result;
            destination[1] = (byte)value.RequestOpcode;
            destination[0] = (byte)ControlPointOpcode.Response;
            bytesWritten = Size;
            return true;
        }

        /// <summary>Decodes a value from <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The decoded value.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public static bool TryDecode(ReadOnlySpan<byte> source, out ControlPointResponse value, out ProtocolError error)
            => SpanAdapter.TryDecode(source, TryDecode, out value, out error);
    }
}
