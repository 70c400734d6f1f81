using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// Builds the legacy advertising data and scan-response data of both advertising formats
    /// (spec/advertising.md, "Advertising formats").
    /// </summary>
    /// <remarks>
    /// The packets are defined by a first-fit layout of an ordered list of AD structures — Flags, then the service UUID
    /// (CydShunt format) or the BTHome frame (BTHome format), then the local name, and the glance frame last: each
    /// structure goes into the advertising packet if it still fits there, else into the scan response. This is exactly
    /// what nanoFramework's BLE library does with a list of sections (it has no scan-response API and always puts
    /// manufacturer data last), so the reference firmware sends the same bytes as every other implementation.
    /// </remarks>
    public static partial class AdvertisingBuilder
    {
        /// <summary>Largest size of the ordered AD-structure list (both packets together).</summary>
        public const int MaximumStructuresLength = 2 * AdTypes.LegacyMaximumLength;

        private const int StructureCount = 4;
        private const int Flags = 0;
        private const int Primary = 1;     // service UUID or BTHome frame
        private const int Name = 2;
        private const int Glance = 3;      // manufacturer data: always last
        private const int FlagsSize = 3;
        private const int GlanceAdSize = 2 + GlanceFrameCodec.Size;
        private const int ServiceUuidAdSize = 2 + CydShuntUuids.Size;

        /// <summary>Builds both packets.</summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="name">The device name.</param>
        /// <param name="advertising">Destination of the advertising data (31 bytes always suffice).</param>
        /// <param name="advertisingOffset">Where to write it.</param>
        /// <param name="advertisingLength">Its length on success, else 0.</param>
        /// <param name="scanResponse">Destination of the scan-response data (31 bytes always suffice).</param>
        /// <param name="scanResponseOffset">Where to write it.</param>
        /// <param name="scanResponseLength">Its length on success, else 0.</param>
        /// <returns><see langword="false"/> when a destination is too small.</returns>
        public static bool TryBuild(
            AdvertisingFormat format,
            ushort companyId,
            LiveSnapshot snapshot,
            DeviceName name,
            byte[] advertising,
            int advertisingOffset,
            out int advertisingLength,
            byte[] scanResponse,
            int scanResponseOffset,
            out int scanResponseLength)
        {
            Guard.Offset(advertising, advertisingOffset, "advertising");
            Guard.Offset(scanResponse, scanResponseOffset, "scanResponse");
            CheckName(name);
            advertisingLength = 0;
            scanResponseLength = 0;

            // First pass: sizes only, so nothing is written unless both destinations are large enough.
            int inAdvertising = 0;
            int inScanResponse = 0;
            for (int i = 0; i < StructureCount; i++)
            {
                int size = SizeOf(i, format, snapshot, name);
                if (inAdvertising + size <= AdTypes.LegacyMaximumLength)
                {
                    inAdvertising += size;
                }
                else
                {
                    inScanResponse += size;
                }
            }

            if (advertising.Length - advertisingOffset < inAdvertising || scanResponse.Length - scanResponseOffset < inScanResponse)
            {
                return false;
            }

            int a = 0;
            int s = 0;
            for (int i = 0; i < StructureCount; i++)
            {
                int size = SizeOf(i, format, snapshot, name);
                if (a + size <= AdTypes.LegacyMaximumLength)
                {
                    Write(i, format, companyId, snapshot, name, advertising, advertisingOffset + a);
                    a += size;
                }
                else
                {
                    Write(i, format, companyId, snapshot, name, scanResponse, scanResponseOffset + s);
                    s += size;
                }
            }

            advertisingLength = a;
            scanResponseLength = s;
            return true;
        }

        /// <summary>
        /// Writes the ordered list of AD structures (Flags, service UUID or BTHome, name, glance) back to back — the input
        /// of a first-fit layout such as nanoFramework's, which then produces the packets of <see cref="TryBuild(AdvertisingFormat, ushort, LiveSnapshot, DeviceName, byte[], int, out int, byte[], int, out int)"/>.
        /// </summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="name">The device name.</param>
        /// <param name="destination">The buffer (<see cref="MaximumStructuresLength"/> bytes always suffice).</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten">The list's length on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryBuildStructures(AdvertisingFormat format, ushort companyId, LiveSnapshot snapshot, DeviceName name, byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            CheckName(name);
            bytesWritten = 0;
            int total = 0;
            for (int i = 0; i < StructureCount; i++)
            {
                total += SizeOf(i, format, snapshot, name);
            }

            if (destination.Length - offset < total)
            {
                return false;
            }

            int o = offset;
            for (int i = 0; i < StructureCount; i++)
            {
                Write(i, format, companyId, snapshot, name, destination, o);
                o += SizeOf(i, format, snapshot, name);
            }

            bytesWritten = total;
            return true;
        }

        private static void CheckName(DeviceName name)
        {
            if (name == null)
            {
                throw new System.ArgumentNullException("name");
            }
        }

        private static int SizeOf(int structure, AdvertisingFormat format, LiveSnapshot snapshot, DeviceName name)
        {
            switch (structure)
            {
                case Flags: return FlagsSize;
                case Primary: return format == AdvertisingFormat.BTHome ? BTHomeCodec.EncodedSize(BTHomeFrame.FromSnapshot(snapshot)) : ServiceUuidAdSize;
                case Name: return 2 + name.AdvertisedLength;
                default: return GlanceAdSize;
            }
        }

        private static void Write(int structure, AdvertisingFormat format, ushort companyId, LiveSnapshot snapshot, DeviceName name, byte[] destination, int offset)
        {
            int written;
            switch (structure)
            {
                case Flags:
                    destination[offset] = 2;
                    destination[offset + 1] = AdTypes.Flags;
                    destination[offset + 2] = AdTypes.FlagsGeneralDiscoverableLeOnly;
                    break;
                case Primary:
                    if (format == AdvertisingFormat.BTHome)
                    {
                        BTHomeCodec.TryEncode(BTHomeFrame.FromSnapshot(snapshot), destination, offset, out written);
                    }
                    else
                    {
                        destination[offset] = 1 + CydShuntUuids.Size;
                        destination[offset + 1] = AdTypes.CompleteServiceUuids128;
                        CydShuntUuids.TryWriteAirOrder(CydShuntUuids.ServiceShortId, destination, offset + 2);
                    }

                    break;
                case Name:
                    destination[offset] = (byte)(1 + name.AdvertisedLength);
                    destination[offset + 1] = name.IsShortenedInAdvertising ? AdTypes.ShortenedLocalName : AdTypes.CompleteLocalName;
                    for (int i = 0; i < name.AdvertisedLength; i++)
                    {
                        destination[offset + 2 + i] = name.GetByte(i);
                    }

                    break;
                default:
                    destination[offset] = 1 + GlanceFrameCodec.Size;
                    destination[offset + 1] = AdTypes.ManufacturerSpecificData;
                    GlanceFrameCodec.TryEncode(GlanceFrame.FromSnapshot(snapshot, companyId), destination, offset + 2, out written);
                    break;
            }
        }
    }
}
