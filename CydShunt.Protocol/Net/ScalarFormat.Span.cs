using System;
using CydShunt.Protocol.Net;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only).</content>
    public sealed partial class ScalarFormat
    {
        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The value in the model unit, or <see cref="Measurement.NotAvailable"/>.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">Bytes written on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public bool TryEncode(int value, Span<byte> destination, out int bytesWritten)
        {
            // Instance method groups are not cached as delegates, so this calls the array core directly.
            byte[] scratch = SpanAdapter.Scratch(Size);
            if (destination.Length < Size || !TryEncode(value, scratch, 0, out bytesWritten))
            {
                bytesWritten = 0;
                return false;
            }

            scratch.AsSpan(0, bytesWritten).CopyTo(destination);
            return true;
        }

        /// <summary>Decodes a value from <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The value in the model unit, or <see cref="Measurement.NotAvailable"/>.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
        {
            byte[] scratch = SpanAdapter.Scratch(source.Length);
            source.CopyTo(scratch);
            return TryDecode(scratch, 0, source.Length, out value, out error);
        }
    }
}
