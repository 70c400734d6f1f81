namespace CydShunt.Firmware.Storage
{
    /// <summary>
    /// Byte layout of one slot file (README.md, "Record format"): a 16-byte header followed by the payload.
    /// <code>
    /// offset size field
    ///   0     4  magic "CYDR" (0x43 0x59 0x44 0x52)
    ///   4     1  record format version (1)
    ///   5     1  record kind (<see cref="RecordKind"/>)
    ///   6     2  payload length, little-endian
    ///   8     4  sequence number, little-endian (wraps; the newer of two is found with serial-number arithmetic)
    ///  12     4  CRC-32 over bytes 0..11 and the payload, little-endian
    ///  16     n  payload (opaque to the store; starts with the payload's own version byte)
    /// </code>
    /// The file must be exactly 16 + n bytes long. Later record formats keep this header so that an intact record
    /// of an unknown format is recognised as such instead of as damage.
    /// </summary>
    internal static class RecordFormat
    {
        public const int HeaderLength = 16;
        public const byte CurrentFormatVersion = 1;
        public const int MaximumPayloadLength = 0xFFFF;

        public const int MagicOffset = 0;
        public const int FormatVersionOffset = 4;
        public const int KindOffset = 5;
        public const int PayloadLengthOffset = 6;
        public const int SequenceOffset = 8;
        public const int CrcOffset = 12;

        private const byte Magic0 = 0x43; // 'C'
        private const byte Magic1 = 0x59; // 'Y'
        private const byte Magic2 = 0x44; // 'D'
        private const byte Magic3 = 0x52; // 'R'

        /// <summary>Writes a complete record into <paramref name="destination"/> from offset 0 and returns its length.</summary>
        public static int Build(byte[] destination, RecordKind kind, uint sequence, byte[] payload, int offset, int count)
        {
            destination[MagicOffset] = Magic0;
            destination[MagicOffset + 1] = Magic1;
            destination[MagicOffset + 2] = Magic2;
            destination[MagicOffset + 3] = Magic3;
            destination[FormatVersionOffset] = CurrentFormatVersion;
            destination[KindOffset] = (byte)kind;
            PayloadBytes.WriteInt16(destination, PayloadLengthOffset, count);
            WriteUInt32(destination, SequenceOffset, sequence);
            System.Array.Copy(payload, offset, destination, HeaderLength, count);
            WriteUInt32(destination, CrcOffset, ComputeCrc(destination, count));
            return HeaderLength + count;
        }

        /// <summary>
        /// Checks a slot file's bytes. Returns <see cref="SlotState.Valid"/> (payload not yet judged),
        /// <see cref="SlotState.UnknownVersion"/> (intact, unknown record format) or <see cref="SlotState.Corrupt"/>.
        /// The sequence number is set whenever the header is intact (the first two results).
        /// </summary>
        public static SlotState Check(byte[] record, RecordKind expectedKind, out uint sequence, out int payloadLength)
        {
            sequence = 0;
            payloadLength = 0;
            if (record.Length < HeaderLength
                || record[MagicOffset] != Magic0
                || record[MagicOffset + 1] != Magic1
                || record[MagicOffset + 2] != Magic2
                || record[MagicOffset + 3] != Magic3)
            {
                return SlotState.Corrupt;
            }

            int length = PayloadBytes.ReadUInt16(record, PayloadLengthOffset);
            if (record.Length != HeaderLength + length || ReadUInt32(record, CrcOffset) != ComputeCrc(record, length))
            {
                return SlotState.Corrupt;
            }

            // Kind and version are covered by the CRC, so a mismatch here is not a flipped bit: a kind mismatch means a
            // misplaced file, a version mismatch a record written by another firmware.
            if (record[KindOffset] != (byte)expectedKind)
            {
                return SlotState.Corrupt;
            }

            sequence = ReadUInt32(record, SequenceOffset);
            payloadLength = length;
            return record[FormatVersionOffset] == CurrentFormatVersion ? SlotState.Valid : SlotState.UnknownVersion;
        }

        /// <summary>Whether sequence number <paramref name="a"/> is newer than <paramref name="b"/> (RFC 1982 serial-number arithmetic: correct across the 2^32 wrap).</summary>
        public static bool IsNewer(uint a, uint b)
        {
            return (int)(a - b) > 0;
        }

        private static uint ComputeCrc(byte[] record, int payloadLength)
        {
            uint running = Crc32.Update(Crc32.Start, record, 0, CrcOffset);
            running = Crc32.Update(running, record, HeaderLength, payloadLength);
            return Crc32.Finish(running);
        }

        internal static uint ReadUInt32(byte[] source, int offset)
        {
            return (uint)PayloadBytes.ReadInt32(source, offset);
        }

        internal static void WriteUInt32(byte[] destination, int offset, uint value)
        {
            PayloadBytes.WriteInt32(destination, offset, (int)value);
        }
    }
}
