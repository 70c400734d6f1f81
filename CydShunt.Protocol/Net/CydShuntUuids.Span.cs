using System;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only), in place.</content>
    public static partial class CydShuntUuids
    {
        /// <summary>Writes the 16 bytes of the UUID with <paramref name="shortId"/> in air order (least significant byte first).</summary>
        /// <param name="shortId">The short id.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten"><see cref="Size"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when <paramref name="destination"/> is shorter than <see cref="Size"/>.</returns>
        public static bool TryWriteAirOrder(ushort shortId, Span<byte> destination, out int bytesWritten)
            => TryWriteAirOrderCore(shortId, new WireWriter(destination), out bytesWritten);

        /// <summary>Reads the first 16 bytes of <paramref name="source"/> in air order and returns the short id when they are a CydShunt UUID.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="shortId">The short id, or 0 when the bytes are not a CydShunt UUID.</param>
        /// <returns>Whether the 16 bytes are there and are a CydShunt UUID.</returns>
        public static bool TryReadAirOrder(ReadOnlySpan<byte> source, out ushort shortId) => TryReadAirOrderCore(new WireReader(source), out shortId);
    }
}
