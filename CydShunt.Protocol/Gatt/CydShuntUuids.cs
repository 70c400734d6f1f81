using System;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// CydShunt's own 128-bit UUIDs (spec/gatt.md, "UUIDs"): the random base 7E25xxxx-D6CC-46BD-BCB7-7BDB54ED808C
    /// with a 16-bit short id in place of xxxx.
    /// </summary>
    public static class CydShuntUuids
    {
        /// <summary>Short id of the telemetry service.</summary>
        public const ushort ServiceShortId = 0x0001;

        /// <summary>Size of a 128-bit UUID on the air.</summary>
        public const int Size = 16;

        // The base UUID's bytes in air order (least significant first), with the short id at indices 12 and 13.
        private static readonly byte[] s_baseAirOrder = new byte[]
        {
            0x8C, 0x80, 0xED, 0x54, 0xDB, 0x7B, 0xB7, 0xBC, 0xBD, 0x46, 0xCC, 0xD6, 0x00, 0x00, 0x25, 0x7E,
        };

        /// <summary>The telemetry service, 7E250001-D6CC-46BD-BCB7-7BDB54ED808C.</summary>
        public static readonly Guid Service = FromShortId(ServiceShortId);

        /// <summary>Builds the full UUID for a short id.</summary>
        /// <param name="shortId">The 16-bit short id, e.g. 0x0101 for the voltage characteristic.</param>
        /// <returns>7E25xxxx-D6CC-46BD-BCB7-7BDB54ED808C with xxxx = <paramref name="shortId"/>.</returns>
        public static Guid FromShortId(ushort shortId)
        {
            return new Guid(0x7E250000 | shortId, unchecked((short)0xD6CC), 0x46BD, 0xBC, 0xB7, 0x7B, 0xDB, 0x54, 0xED, 0x80, 0x8C);
        }

        /// <summary>Writes the UUID for <paramref name="shortId"/> in air order (least significant byte first).</summary>
        /// <param name="shortId">The 16-bit short id.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write the 16 bytes.</param>
        /// <returns><see langword="false"/> when fewer than 16 bytes are left.</returns>
        public static bool TryWriteAirOrder(ushort shortId, byte[] destination, int offset)
        {
            Guard.Offset(destination, offset, "destination");
            if (destination.Length - offset < Size)
            {
                return false;
            }

            Bytes.Copy(s_baseAirOrder, 0, destination, offset, Size);
            destination[offset + 12] = (byte)shortId;
            destination[offset + 13] = (byte)(shortId >> 8);
            return true;
        }

        /// <summary>Tells whether 16 bytes in air order are a CydShunt UUID and returns its short id.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the 16 bytes start.</param>
        /// <param name="shortId">The short id on success.</param>
        /// <returns>Whether the bytes are the CydShunt base with some short id.</returns>
        public static bool TryReadAirOrder(byte[] source, int offset, out ushort shortId)
        {
            Guard.Offset(source, offset, "source");
            shortId = 0;
            if (source.Length - offset < Size)
            {
                return false;
            }

            for (int i = 0; i < Size; i++)
            {
                if (i != 12 && i != 13 && source[offset + i] != s_baseAirOrder[i])
                {
                    return false;
                }
            }

            shortId = (ushort)LittleEndian.ReadUInt16(source, offset + 12);
            return true;
        }
    }
}
