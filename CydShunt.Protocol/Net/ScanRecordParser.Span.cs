using System;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only): the same parser as the byte[] overloads, on the span in place.</content>
    public static partial class ScanRecordParser
    {
        /// <summary>Parses a scan record; every position in the result is relative to the start of <paramref name="source"/>.</summary>
        /// <param name="source">The advertising data, optionally followed by scan-response data.</param>
        /// <param name="record">What was found; on failure <see cref="ScanRecord.ErrorOffset"/> says where.</param>
        /// <param name="error">What was wrong on failure (see <see cref="TryParse(byte[], out ScanRecord, out ProtocolError)"/>).</param>
        /// <returns>Whether a glance frame or a BTHome frame was decoded.</returns>
        public static bool TryParse(ReadOnlySpan<byte> source, out ScanRecord record, out ProtocolError error)
            => TryParseCore(new WireReader(source), 0, out record, out error);

        /// <summary>Parses a scan record or throws.</summary>
        /// <param name="source">The advertising data, optionally followed by scan-response data.</param>
        /// <returns>What was found.</returns>
        /// <exception cref="ProtocolException">Neither frame could be decoded; its <see cref="ProtocolException.Offset"/> is the record's <see cref="ScanRecord.ErrorOffset"/>.</exception>
        public static ScanRecord Parse(ReadOnlySpan<byte> source) => ParseCore(new WireReader(source), 0);
    }
}
