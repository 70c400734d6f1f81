using System;
using CydShunt.Protocol.Net;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only).</content>
    public static partial class ScanRecordParser
    {
        /// <summary>Parses a scan record; name positions in the result are relative to the start of <paramref name="source"/>.</summary>
        /// <param name="source">The advertising data, optionally followed by scan-response data.</param>
        /// <param name="record">What was found.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether a glance frame or a BTHome frame was decoded.</returns>
        public static bool TryParse(ReadOnlySpan<byte> source, out ScanRecord record, out ProtocolError error)
            => SpanAdapter.TryDecode(source, TryParse, out record, out error);
    }
}
