namespace CydShunt.Protocol
{
    /// <summary>
    /// What <see cref="ScanRecordParser"/> found in a scan record. Positions refer to the array that was parsed,
    /// so nothing is copied or allocated.
    /// </summary>
    public struct ScanRecord
    {
        /// <summary>Whether a CydShunt glance frame was decoded into <see cref="Glance"/>.</summary>
        public bool HasGlance { get; set; }

        /// <summary>The glance frame, when <see cref="HasGlance"/>.</summary>
        public GlanceFrame Glance { get; set; }

        /// <summary>Why a frame carrying the CydShunt signature could not be decoded (e.g. a newer version), else <see cref="ProtocolError.None"/>.</summary>
        public ProtocolError GlanceError { get; set; }

        /// <summary>Whether a BTHome frame was decoded into <see cref="BTHome"/>.</summary>
        public bool HasBTHome { get; set; }

        /// <summary>The BTHome frame, when <see cref="HasBTHome"/>.</summary>
        public BTHomeFrame BTHome { get; set; }

        /// <summary>Why a BTHome service-data structure could not be decoded, else <see cref="ProtocolError.None"/>.</summary>
        public ProtocolError BTHomeError { get; set; }

        /// <summary>Whether the record lists the CydShunt service UUID.</summary>
        public bool HasServiceUuid { get; set; }

        /// <summary>Index of the local name's first UTF-8 byte in the parsed array, or −1 when there is none.</summary>
        public int LocalNameOffset { get; set; }

        /// <summary>Length of the local name in bytes (0 when there is none).</summary>
        public int LocalNameLength { get; set; }

        /// <summary>Whether the name is the complete local name (AD 0x09) rather than a shortened one (AD 0x08).</summary>
        public bool LocalNameComplete { get; set; }

        /// <summary>Whether the record carries a non-empty local name (an empty name structure counts as none).</summary>
        public bool HasLocalName
        {
            get { return LocalNameOffset >= 0; }
        }

        /// <summary>
        /// Decodes the local name into a new string (this allocates), or returns <see langword="null"/> when there is none.
        /// Ill-formed UTF-8 becomes one U+FFFD per maximal subpart (spec/advertising.md), so the string is always well-formed.
        /// </summary>
        /// <param name="record">The array that was parsed.</param>
        /// <returns>The name.</returns>
        public string? GetLocalName(byte[] record)
        {
            return LocalNameOffset < 0 ? null : Primitives.Utf8.GetString(record, LocalNameOffset, LocalNameLength);
        }
    }
}
