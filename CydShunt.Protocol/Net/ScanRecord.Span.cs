using System;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <content>The Span form of the constructor (.NET only).</content>
    public partial struct ScanRecord
    {
        /// <summary>Creates a record with every field given; the name bytes are copied from <paramref name="localNameSource"/>.</summary>
        /// <param name="hasGlance">Whether a glance frame was decoded.</param>
        /// <param name="glance">The glance frame.</param>
        /// <param name="glanceError">Why a signed glance frame could not be decoded.</param>
        /// <param name="glanceErrorOffset">Where that frame sits, or −1.</param>
        /// <param name="hasBTHome">Whether a BTHome frame was decoded.</param>
        /// <param name="bthome">The BTHome frame.</param>
        /// <param name="bthomeError">Why a BTHome structure could not be decoded.</param>
        /// <param name="bthomeErrorOffset">Where that structure sits, or −1.</param>
        /// <param name="hasServiceUuid">Whether the CydShunt service UUID is listed.</param>
        /// <param name="localNameSource">The bytes holding the name (e.g. the parsed record).</param>
        /// <param name="localNameOffset">Where the name starts in <paramref name="localNameSource"/>, or −1 when there is none.</param>
        /// <param name="localNameLength">The name's length in bytes.</param>
        /// <param name="localNameComplete">Whether it is the complete local name.</param>
        /// <param name="errorOffset">Where the structure that made parsing fail sits, or −1.</param>
        /// <exception cref="ArgumentOutOfRangeException">The name's window lies outside <paramref name="localNameSource"/>.</exception>
        public ScanRecord(
            bool hasGlance,
            GlanceFrame glance,
            ProtocolError glanceError,
            int glanceErrorOffset,
            bool hasBTHome,
            BTHomeFrame bthome,
            ProtocolError bthomeError,
            int bthomeErrorOffset,
            bool hasServiceUuid,
            ReadOnlySpan<byte> localNameSource,
            int localNameOffset,
            int localNameLength,
            bool localNameComplete,
            int errorOffset)
            : this(hasGlance, glance, glanceError, glanceErrorOffset, hasBTHome, bthome, bthomeError, bthomeErrorOffset, hasServiceUuid, new WireReader(localNameOffset < 0 ? default : localNameSource.Slice(localNameOffset, localNameLength)), localNameOffset, localNameComplete, errorOffset)
        {
        }
    }
}
