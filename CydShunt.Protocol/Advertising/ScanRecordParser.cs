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
        /// <summary>Parses a scan record.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the record starts.</param>
        /// <param name="count">Its length (zero padding is allowed).</param>
        /// <param name="record">What was found.</param>
        /// <param name="error">
        /// <see cref="ProtocolError.MalformedAdStructure"/> when a length byte runs past the end; when neither frame could
        /// be decoded, the glance frame's error, else the BTHome frame's error, else <see cref="ProtocolError.FrameNotFound"/>.
        /// </param>
        /// <returns>Whether a glance frame or a BTHome frame was decoded.</returns>
        public static bool TryParse(byte[] source, int offset, int count, out ScanRecord record, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            record = default(ScanRecord);
            record.LocalNameOffset = -1;
            int end = offset + count;
            int o = offset;
            while (o < end)
            {
                int length = source[o];
                if (length == 0)
                {
                    // Zero length: padding (early termination, or the gap before appended scan-response data).
                    o++;
                    continue;
                }

                // Compared as remaining bytes (end - o >= 1): o + 1 + length could wrap for an offset near int.MaxValue.
                if (length > end - o - 1)
                {
                    error = ProtocolError.MalformedAdStructure;
                    return false;
                }

                Inspect(source, o, length, ref record);
                o += 1 + length;
            }

            if (record.HasGlance || record.HasBTHome)
            {
                error = ProtocolError.None;
                return true;
            }

            if (record.GlanceError != ProtocolError.None)
            {
                error = record.GlanceError;
            }
            else if (record.BTHomeError != ProtocolError.None)
            {
                error = record.BTHomeError;
            }
            else
            {
                error = ProtocolError.FrameNotFound;
            }

            return false;
        }

        /// <summary>Parses a scan record or throws <see cref="ProtocolException"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the record starts.</param>
        /// <param name="count">Its length.</param>
        /// <returns>What was found.</returns>
        public static ScanRecord Parse(byte[] source, int offset, int count)
        {
            ScanRecord record;
            ProtocolError error;
            if (!TryParse(source, offset, count, out record, out error))
            {
                throw new ProtocolException(error, "scan record");
            }

            return record;
        }

        // Looks at one AD structure: source[o] is its length byte, source[o + 1] its type.
        private static void Inspect(byte[] source, int o, int length, ref ScanRecord record)
        {
            int type = source[o + 1];
            int data = o + 2;
            int dataLength = length - 1;
            switch (type)
            {
                case AdTypes.ManufacturerSpecificData:
                    if (!record.HasGlance && record.GlanceError == ProtocolError.None && GlanceFrameCodec.HasSignature(source, data, dataLength))
                    {
                        GlanceFrame glance;
                        ProtocolError glanceError;
                        record.HasGlance = GlanceFrameCodec.TryDecode(source, data, dataLength, out glance, out glanceError);
                        record.Glance = glance;
                        record.GlanceError = glanceError;
                    }

                    break;

                case AdTypes.ServiceData16:
                    if (!record.HasBTHome && record.BTHomeError == ProtocolError.None && dataLength >= 2 && LittleEndian.ReadUInt16(source, data) == BluetoothSig.BTHomeServiceData)
                    {
                        BTHomeFrame bthome;
                        ProtocolError bthomeError;
                        record.HasBTHome = BTHomeCodec.TryDecode(source, o, length + 1, out bthome, out bthomeError);
                        record.BTHome = bthome;
                        record.BTHomeError = bthomeError;
                    }

                    break;

                case AdTypes.CompleteLocalName:
                case AdTypes.ShortenedLocalName:
                    // The first non-empty name in the record counts, complete or shortened; an empty one names nothing.
                    if (record.LocalNameOffset < 0 && dataLength > 0)
                    {
                        record.LocalNameOffset = data;
                        record.LocalNameLength = dataLength;
                        record.LocalNameComplete = type == AdTypes.CompleteLocalName;
                    }

                    break;

                case AdTypes.CompleteServiceUuids128:
                case AdTypes.IncompleteServiceUuids128:
                    for (int u = data; u + CydShuntUuids.Size <= data + dataLength; u += CydShuntUuids.Size)
                    {
                        ushort shortId;
                        if (CydShuntUuids.TryReadAirOrder(source, u, out shortId) && shortId == CydShuntUuids.ServiceShortId)
                        {
                            record.HasServiceUuid = true;
                        }
                    }

                    break;
            }
        }
    }
}
