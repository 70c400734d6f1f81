using System;
using CydShunt.Protocol.Net;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only).</content>
    public static partial class ControlPointRequestCodec
    {
        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The request.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">Bytes written on success, else 0.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the request could be encoded.</returns>
        public static bool TryEncode(ControlPointRequest value, Span<byte> destination, out int bytesWritten, out ProtocolError error)
        {
            byte[] scratch = SpanAdapter.Scratch(MaximumSize);
            if (!TryEncode(value, scratch, 0, out bytesWritten, out error))
            {
                return false;
            }

            if (bytesWritten > destination.Length)
            {
                bytesWritten = 0;
                error = ProtocolError.DestinationTooSmall;
                return false;
            }

            scratch.AsSpan(0, bytesWritten).CopyTo(destination);
            return true;
        }

        /// <summary>Decodes a request from <paramref name="source"/>.</summary>
        /// <param name="source">The written bytes.</param>
        /// <param name="value">The request.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the request is valid.</returns>
        public static bool TryDecode(ReadOnlySpan<byte> source, out ControlPointRequest value, out ProtocolError error)
        {
            int opcode = source.Length >= 1 ? source[0] : -1;
            int parameter = source.Length >= MaximumSize ? SpanLittleEndian.ReadUInt16(source, 1) : -1;
            return TryFromWire(source.Length, opcode, parameter, out value, out error);
        }
    }
}
