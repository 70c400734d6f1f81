using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// Walks the AD structures of a scan record (advertising data, optionally followed by scan-response data, as
    /// scanners hand them over) and extracts the CydShunt glance frame, the BTHome frame, the local name and whether
    /// the CydShunt service UUID is listed (spec/advertising.md, "Parsing scan records").
    /// </summary>
    public static partial class ScanRecordParser
    {
        /// <summary>Parses the whole of <paramref name="source"/>.</summary>
        /// <param name="source">The advertising data, optionally followed by scan-response data (zero padding is allowed).</param>
        /// <param name="record">What was found; on failure <see cref="ScanRecord.ErrorOffset"/> says where.</param>
        /// <param name="error">
        /// <see cref="ProtocolError.MalformedAdStructure"/> when a length byte runs past the end; when neither frame could
        /// be decoded, the glance frame's error, else the BTHome frame's error, else <see cref="ProtocolError.FrameNotFound"/>.
        /// </param>
        /// <returns>Whether a glance frame or a BTHome frame was decoded.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static bool TryParse(byte[] source, out ScanRecord record, out ProtocolError error)
        {
            Guard.NotNull(source, "source");
            return TryParseCore(new WireReader(source, 0, source.Length), 0, out record, out error);
        }

        /// <summary>Parses <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the record starts.</param>
        /// <param name="count">Its length (zero padding is allowed).</param>
        /// <param name="record">
        /// What was found. <see cref="ScanRecord.LocalNameOffset"/> is an index into <paramref name="source"/>; the error
        /// offsets are relative to <paramref name="offset"/>.
        /// </param>
        /// <param name="error">What was wrong on failure (see <see cref="TryParse(byte[], out ScanRecord, out ProtocolError)"/>).</param>
        /// <returns>Whether a glance frame or a BTHome frame was decoded.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static bool TryParse(byte[] source, int offset, int count, out ScanRecord record, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return TryParseCore(new WireReader(source, offset, count), offset, out record, out error);
        }

        /// <summary>Parses the whole of <paramref name="source"/> or throws.</summary>
        /// <param name="source">The scan record.</param>
        /// <returns>What was found.</returns>
        /// <exception cref="ProtocolException">Neither frame could be decoded; its <see cref="ProtocolException.Offset"/> is the record's <see cref="ScanRecord.ErrorOffset"/>.</exception>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static ScanRecord Parse(byte[] source)
        {
            Guard.NotNull(source, "source");
            return ParseCore(new WireReader(source, 0, source.Length), 0);
        }

        /// <summary>Parses <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the record starts.</param>
        /// <param name="count">Its length.</param>
        /// <returns>What was found.</returns>
        /// <exception cref="ProtocolException">Neither frame could be decoded; its <see cref="ProtocolException.Offset"/> is relative to <paramref name="offset"/>.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static ScanRecord Parse(byte[] source, int offset, int count)
        {
            Guard.Range(source, offset, count, "source");
            return ParseCore(new WireReader(source, offset, count), offset);
        }

        internal static ScanRecord ParseCore(WireReader source, int arrayOffset)
        {
            ScanRecord record;
            ProtocolError error;
            if (!TryParseCore(source, arrayOffset, out record, out error))
            {
                throw new ProtocolException(error, "scan record", record.ErrorOffset);
            }

            return record;
        }

        /// <summary>
        /// The parser (byte[] and Span overloads). Positions are relative to the window, except the name's offset, to which
        /// <paramref name="arrayOffset"/> is added (an index into the caller's array).
        /// </summary>
        internal static bool TryParseCore(WireReader source, int arrayOffset, out ScanRecord record, out ProtocolError error)
        {
            Findings findings = new Findings();
            findings.GlanceErrorOffset = -1;
            findings.BTHomeErrorOffset = -1;
            findings.LocalNameStart = -1;
            int end = source.Length;
            int o = 0;
            int errorOffset = -1;
            error = ProtocolError.None;
            while (o < end)
            {
                int length = source[o];
                if (length == 0)
                {
                    // Zero length: padding (early termination, or the gap before appended scan-response data).
                    o++;
                    continue;
                }

                if (length > end - o - 1)
                {
                    error = ProtocolError.MalformedAdStructure;
                    errorOffset = o;
                    break;
                }

                Inspect(source, o, length, ref findings);
                o += 1 + length;
            }

            if (error == ProtocolError.None && !findings.HasGlance && !findings.HasBTHome)
            {
                if (findings.GlanceError != ProtocolError.None)
                {
                    error = findings.GlanceError;
                    errorOffset = findings.GlanceErrorOffset;
                }
                else if (findings.BTHomeError != ProtocolError.None)
                {
                    error = findings.BTHomeError;
                    errorOffset = findings.BTHomeErrorOffset;
                }
                else
                {
                    error = ProtocolError.FrameNotFound;
                }
            }

            bool hasName = findings.LocalNameStart >= 0;
            WireReader name = source.Slice(hasName ? findings.LocalNameStart : 0, hasName ? findings.LocalNameLength : 0);
            record = new ScanRecord(
                findings.HasGlance,
                findings.Glance,
                findings.GlanceError,
                findings.GlanceErrorOffset,
                findings.HasBTHome,
                findings.BTHome,
                findings.BTHomeError,
                findings.BTHomeErrorOffset,
                findings.HasServiceUuid,
                name,
                hasName ? arrayOffset + findings.LocalNameStart : -1,
                findings.LocalNameComplete,
                errorOffset);
            return error == ProtocolError.None;
        }

        // Looks at one AD structure: source[o] is its length byte, source[o + 1] its type.
        private static void Inspect(WireReader source, int o, int length, ref Findings findings)
        {
            int type = source[o + 1];
            int data = o + 2;
            int dataLength = length - 1;
            switch (type)
            {
                case AdType.ManufacturerSpecificData:
                    WireReader manufacturerData = source.Slice(data, dataLength);
                    if (!findings.HasGlance && findings.GlanceError == ProtocolError.None && GlanceFrameCodec.HasSignatureCore(manufacturerData))
                    {
                        findings.HasGlance = GlanceFrameCodec.TryDecodeCore(manufacturerData, out findings.Glance, out findings.GlanceError);
                        findings.GlanceErrorOffset = findings.HasGlance ? -1 : data;
                    }

                    break;

                case AdType.ServiceData16:
                    if (!findings.HasBTHome && findings.BTHomeError == ProtocolError.None && dataLength >= 2 && source.ReadUInt16(data) == BluetoothSig.BTHomeServiceData)
                    {
                        int objectOffset;
                        findings.HasBTHome = BTHomeCodec.TryDecodeCore(source.Slice(o, length + 1), out findings.BTHome, out findings.BTHomeError, out objectOffset);
                        findings.BTHomeErrorOffset = findings.HasBTHome ? -1 : o;
                    }

                    break;

                case AdType.CompleteLocalName:
                case AdType.ShortenedLocalName:
                    // The first non-empty name in the record counts, complete or shortened; an empty one names nothing.
                    if (findings.LocalNameStart < 0 && dataLength > 0)
                    {
                        findings.LocalNameStart = data;
                        findings.LocalNameLength = dataLength;
                        findings.LocalNameComplete = type == AdType.CompleteLocalName;
                    }

                    break;

                case AdType.CompleteServiceUuids128:
                case AdType.IncompleteServiceUuids128:
                    for (int u = data; u + CydShuntUuids.Size <= data + dataLength; u += CydShuntUuids.Size)
                    {
                        ushort shortId;
                        if (CydShuntUuids.TryReadAirOrderCore(source.Slice(u, CydShuntUuids.Size), out shortId) && shortId == CydShuntUuids.ServiceShortId)
                        {
                            findings.HasServiceUuid = true;
                        }
                    }

                    break;
            }
        }

        /// <summary>What the walk has found so far (<see cref="ScanRecord"/> is read-only and built once at the end).</summary>
        internal struct Findings
        {
            public bool HasGlance;
            public GlanceFrame Glance;
            public ProtocolError GlanceError;
            public int GlanceErrorOffset;
            public bool HasBTHome;
            public BTHomeFrame BTHome;
            public ProtocolError BTHomeError;
            public int BTHomeErrorOffset;
            public bool HasServiceUuid;
            public int LocalNameStart;
            public int LocalNameLength;
            public bool LocalNameComplete;
        }
    }
}
