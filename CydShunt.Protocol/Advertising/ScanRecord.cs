using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// What <see cref="ScanRecordParser"/> found in a scan record. The local name's UTF-8 bytes are kept inside the
    /// value (up to <see cref="MaximumStoredNameLength"/> bytes), so the record needs neither the parsed bytes nor an
    /// allocation until <see cref="GetLocalName"/> builds the string.
    /// </summary>
    public partial struct ScanRecord
    {
        /// <summary>
        /// How many bytes of the local name a record keeps: 32, more than any legacy-advertising name (at most 29). A
        /// longer name (extended advertising) is kept cut at a UTF-8 character boundary (<see cref="LocalNameTruncated"/>).
        /// </summary>
        public const int MaximumStoredNameLength = 32;

        // The kept name bytes, little-endian: byte i of the name is byte i % 8 of field i / 8.
        private readonly ulong _name0;
        private readonly ulong _name1;
        private readonly ulong _name2;
        private readonly ulong _name3;
        private readonly int _storedNameLength;

        // The name window of a record without a name (never written).
        private static readonly byte[] EmptyName = new byte[0];

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
        /// <param name="localNameSource">The array holding the name, or null when there is none.</param>
        /// <param name="localNameOffset">Where the name starts in <paramref name="localNameSource"/>, or −1 when there is none.</param>
        /// <param name="localNameLength">The name's length in bytes.</param>
        /// <param name="localNameComplete">Whether it is the complete local name.</param>
        /// <param name="errorOffset">Where the structure that made parsing fail sits, or −1.</param>
        /// <exception cref="System.ArgumentOutOfRangeException">The name's window lies outside <paramref name="localNameSource"/>.</exception>
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
            byte[]? localNameSource,
            int localNameOffset,
            int localNameLength,
            bool localNameComplete,
            int errorOffset)
        {
            this = Create(hasGlance, glance, glanceError, glanceErrorOffset, hasBTHome, bthome, bthomeError, bthomeErrorOffset, hasServiceUuid, localNameSource, localNameOffset, localNameLength, localNameComplete, errorOffset);
        }

        // Every constructor's core: the name's bytes come as a window, whatever its type on this runtime (array or span).
        internal ScanRecord(bool hasGlance, GlanceFrame glance, ProtocolError glanceError, int glanceErrorOffset, bool hasBTHome, BTHomeFrame bthome, ProtocolError bthomeError, int bthomeErrorOffset, bool hasServiceUuid, WireReader name, int localNameOffset, bool localNameComplete, int errorOffset)
        {
            HasGlance = hasGlance;
            Glance = glance;
            GlanceError = glanceError;
            GlanceErrorOffset = glanceErrorOffset;
            HasBTHome = hasBTHome;
            BTHome = bthome;
            BTHomeError = bthomeError;
            BTHomeErrorOffset = bthomeErrorOffset;
            HasServiceUuid = hasServiceUuid;
            LocalNameComplete = localNameComplete;
            LocalNameOffset = localNameOffset < 0 ? -1 : localNameOffset;
            LocalNameLength = name.Length;
            ErrorOffset = errorOffset;
            _storedNameLength = StoredLength(name);
            _name0 = Pack(name, 0, _storedNameLength);
            _name1 = Pack(name, 8, _storedNameLength);
            _name2 = Pack(name, 16, _storedNameLength);
            _name3 = Pack(name, 24, _storedNameLength);
        }

        private static ScanRecord Create(bool hasGlance, GlanceFrame glance, ProtocolError glanceError, int glanceErrorOffset, bool hasBTHome, BTHomeFrame bthome, ProtocolError bthomeError, int bthomeErrorOffset, bool hasServiceUuid, byte[]? localNameSource, int localNameOffset, int localNameLength, bool localNameComplete, int errorOffset)
        {
            bool hasName = localNameSource != null && localNameOffset >= 0;
            if (hasName)
            {
                Guard.Range(localNameSource!, localNameOffset, localNameLength, "localNameSource");
            }

            WireReader name = hasName ? new WireReader(localNameSource!, localNameOffset, localNameLength) : new WireReader(EmptyName, 0, 0);
            return new ScanRecord(hasGlance, glance, glanceError, glanceErrorOffset, hasBTHome, bthome, bthomeError, bthomeErrorOffset, hasServiceUuid, name, hasName ? localNameOffset : -1, localNameComplete, errorOffset);
        }

        /// <summary>Whether a CydShunt glance frame was decoded into <see cref="Glance"/>.</summary>
        public bool HasGlance { get; }

        /// <summary>The glance frame, when <see cref="HasGlance"/>.</summary>
        public GlanceFrame Glance { get; }

        /// <summary>Why a frame carrying the CydShunt signature could not be decoded (e.g. a newer version), else <see cref="ProtocolError.None"/>.</summary>
        public ProtocolError GlanceError { get; }

        /// <summary>
        /// Where the glance frame that could not be decoded starts (its company id, two bytes after the AD structure's
        /// length byte), relative to the start of the parsed bytes; −1 when there is none.
        /// </summary>
        public int GlanceErrorOffset { get; }

        /// <summary>Whether a BTHome frame was decoded into <see cref="BTHome"/>.</summary>
        public bool HasBTHome { get; }

        /// <summary>The BTHome frame, when <see cref="HasBTHome"/>.</summary>
        public BTHomeFrame BTHome { get; }

        /// <summary>Why a BTHome service-data structure could not be decoded, else <see cref="ProtocolError.None"/>.</summary>
        public ProtocolError BTHomeError { get; }

        /// <summary>
        /// Where the BTHome AD structure that could not be decoded starts (its length byte), relative to the start of the
        /// parsed bytes; −1 when there is none.
        /// </summary>
        public int BTHomeErrorOffset { get; }

        /// <summary>
        /// When parsing failed: where the AD structure that made it fail starts (its length byte; for a frame that could not
        /// be decoded, <see cref="GlanceErrorOffset"/> or <see cref="BTHomeErrorOffset"/>), relative to the start of the parsed
        /// bytes; −1 on success and when no frame was found at all.
        /// </summary>
        public int ErrorOffset { get; }

        /// <summary>Whether the record lists the CydShunt service UUID.</summary>
        public bool HasServiceUuid { get; }

        /// <summary>
        /// Index of the local name's first UTF-8 byte in the parsed array (for a Span, relative to its start), or −1 when
        /// there is none.
        /// </summary>
        public int LocalNameOffset { get; }

        /// <summary>Length of the local name in bytes as sent (0 when there is none), also when only part of it is kept.</summary>
        public int LocalNameLength { get; }

        /// <summary>Whether the name is the complete local name (AD 0x09) rather than a shortened one (AD 0x08).</summary>
        public bool LocalNameComplete { get; }

        /// <summary>
        /// Whether the name was longer than <see cref="MaximumStoredNameLength"/> bytes, so that <see cref="GetLocalName"/>
        /// returns its first characters only (cut at a UTF-8 character boundary).
        /// </summary>
        public bool LocalNameTruncated
        {
            get { return _storedNameLength < LocalNameLength; }
        }

        /// <summary>Whether the record carries a non-empty local name (an empty name structure counts as none).</summary>
        public bool HasLocalName
        {
            get { return LocalNameOffset >= 0; }
        }

        /// <summary>
        /// Decodes the local name into a new string (this allocates), or returns <see langword="null"/> when there is none.
        /// Ill-formed UTF-8 becomes one U+FFFD per maximal subpart (spec/advertising.md), so the string is always well-formed.
        /// </summary>
        /// <returns>The name, or its first <see cref="MaximumStoredNameLength"/> bytes' characters when <see cref="LocalNameTruncated"/>.</returns>
        public string? GetLocalName()
        {
            if (LocalNameOffset < 0)
            {
                return null;
            }

            byte[] utf8 = new byte[_storedNameLength];
            for (int i = 0; i < utf8.Length; i++)
            {
                ulong word = i < 8 ? _name0 : i < 16 ? _name1 : i < 24 ? _name2 : _name3;
                utf8[i] = (byte)(word >> (8 * (i % 8)));
            }

            return Utf8.GetString(utf8, 0, utf8.Length);
        }

        /// <summary>The fields by name, e.g. for logs and the debugger.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            string name = HasLocalName ? "\"" + GetLocalName() + "\"" + (LocalNameTruncated ? " (truncated)" : string.Empty) : ValueText.NotAvailable;
            return "ScanRecord { Glance = " + (HasGlance ? Glance.ToString() : Failure(GlanceError, GlanceErrorOffset))
                + ", BTHome = " + (HasBTHome ? BTHome.ToString() : Failure(BTHomeError, BTHomeErrorOffset))
                + ", ServiceUuid = " + ValueText.Bool(HasServiceUuid)
                + ", LocalName = " + name + " }";
        }

        private static string Failure(ProtocolError error, int offset)
        {
            return error == ProtocolError.None ? "none" : ProtocolErrorText.GetName(error) + " at byte " + offset.ToString();
        }

        // The bytes of the name kept: all of it when it fits, else cut before a character that would not fit whole.
        private static int StoredLength(WireReader name)
        {
            if (name.Length <= MaximumStoredNameLength)
            {
                return name.Length;
            }

            int stored = MaximumStoredNameLength;
            while (stored > MaximumStoredNameLength - 3 && (name[stored] & 0xC0) == 0x80)
            {
                stored--;
            }

            return stored;
        }

        private static ulong Pack(WireReader name, int start, int stored)
        {
            ulong word = 0;
            for (int i = start; i < stored && i < start + 8; i++)
            {
                word |= (ulong)name[i] << (8 * (i - start));
            }

            return word;
        }
    }
}
