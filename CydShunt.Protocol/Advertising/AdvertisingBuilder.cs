using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// Builds the legacy advertising data and scan-response data of both advertising formats
    /// (spec/advertising.md, "Advertising formats"). Both always fit their 31-byte budgets.
    /// </summary>
    public static partial class AdvertisingBuilder
    {
        private const int FlagsSize = 3;
        private const int GlanceAdSize = 2 + GlanceFrameCodec.Size;
        private const int ServiceUuidAdSize = 2 + CydShuntUuids.Size;

        /// <summary>Builds the advertising packet's data.</summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="destination">The buffer (31 bytes always suffice).</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten">The data's length on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryBuildAdvertisingData(AdvertisingFormat format, ushort companyId, LiveSnapshot snapshot, byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            bytesWritten = 0;
            if (format == AdvertisingFormat.BTHome)
            {
                BTHomeFrame frame = BTHomeFrame.FromSnapshot(snapshot);
                if (destination.Length - offset < FlagsSize + BTHomeCodec.EncodedSize(frame))
                {
                    return false;
                }

                int bthomeSize;
                WriteFlags(destination, offset);
                BTHomeCodec.TryEncode(frame, destination, offset + FlagsSize, out bthomeSize);
                bytesWritten = FlagsSize + bthomeSize;
                return true;
            }

            if (destination.Length - offset < FlagsSize + GlanceAdSize)
            {
                return false;
            }

            WriteFlags(destination, offset);
            WriteGlance(companyId, snapshot, destination, offset + FlagsSize);
            bytesWritten = FlagsSize + GlanceAdSize;
            return true;
        }

        /// <summary>Builds the scan-response data.</summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="name">The device name.</param>
        /// <param name="destination">The buffer (31 bytes always suffice).</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten">The data's length on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryBuildScanResponse(AdvertisingFormat format, ushort companyId, LiveSnapshot snapshot, DeviceName name, byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            if (name == null)
            {
                throw new System.ArgumentNullException("name");
            }

            bytesWritten = 0;
            int nameAdSize = 2 + name.AdvertisedLength;
            int firstSize = format == AdvertisingFormat.BTHome ? GlanceAdSize : ServiceUuidAdSize;
            if (destination.Length - offset < firstSize + nameAdSize)
            {
                return false;
            }

            if (format == AdvertisingFormat.BTHome)
            {
                WriteGlance(companyId, snapshot, destination, offset);
            }
            else
            {
                destination[offset] = 1 + CydShuntUuids.Size;
                destination[offset + 1] = AdTypes.CompleteServiceUuids128;
                CydShuntUuids.TryWriteAirOrder(CydShuntUuids.ServiceShortId, destination, offset + 2);
            }

            int o = offset + firstSize;
            destination[o] = (byte)(1 + name.AdvertisedLength);
            destination[o + 1] = name.IsShortenedInAdvertising ? AdTypes.ShortenedLocalName : AdTypes.CompleteLocalName;
            for (int i = 0; i < name.AdvertisedLength; i++)
            {
                destination[o + 2 + i] = name.GetByte(i);
            }

            bytesWritten = firstSize + nameAdSize;
            return true;
        }

        private static void WriteFlags(byte[] destination, int offset)
        {
            destination[offset] = 2;
            destination[offset + 1] = AdTypes.Flags;
            destination[offset + 2] = AdTypes.FlagsGeneralDiscoverableLeOnly;
        }

        private static void WriteGlance(ushort companyId, LiveSnapshot snapshot, byte[] destination, int offset)
        {
            int written;
            destination[offset] = 1 + GlanceFrameCodec.Size;
            destination[offset + 1] = AdTypes.ManufacturerSpecificData;
            GlanceFrameCodec.TryEncode(GlanceFrame.FromSnapshot(snapshot, companyId), destination, offset + 2, out written);
        }
    }
}
