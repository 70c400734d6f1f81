using System;
using CydShunt.Protocol.Net;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only).</content>
    public static partial class AdvertisingBuilder
    {
        /// <summary>Builds both packets into spans.</summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="name">The device name.</param>
        /// <param name="advertising">Destination of the advertising data (31 bytes always suffice).</param>
        /// <param name="advertisingLength">Its length on success, else 0.</param>
        /// <param name="scanResponse">Destination of the scan-response data (31 bytes always suffice).</param>
        /// <param name="scanResponseLength">Its length on success, else 0.</param>
        /// <returns><see langword="false"/> when a destination is too small.</returns>
        public static bool TryBuild(AdvertisingFormat format, ushort companyId, LiveSnapshot snapshot, DeviceName name, Span<byte> advertising, out int advertisingLength, Span<byte> scanResponse, out int scanResponseLength)
        {
            CheckName(name);
            advertisingLength = 0;
            scanResponseLength = 0;

            // The same placement as the byte[] overload (Place), computed once, checked before anything is written.
            BTHomeFrame bthome = default(BTHomeFrame);
            Layout layout;
            Place(format, ref snapshot, name, ref bthome, out layout);
            if (advertising.Length < layout.AdvertisingLength || scanResponse.Length < layout.ScanResponseLength)
            {
                return false;
            }

            // The packets come from the same writer as the byte[] overload (WritePackets), written into the per-thread
            // scratch array (advertising data at 0, scan response after it) and copied once each.
            byte[] scratch = SpanAdapter.Scratch(2 * AdTypes.LegacyMaximumLength);
            WritePackets(format, companyId, ref snapshot, name, ref bthome, ref layout, scratch, 0, scratch, AdTypes.LegacyMaximumLength);
            new ReadOnlySpan<byte>(scratch, 0, layout.AdvertisingLength).CopyTo(advertising);
            new ReadOnlySpan<byte>(scratch, AdTypes.LegacyMaximumLength, layout.ScanResponseLength).CopyTo(scanResponse);
            advertisingLength = layout.AdvertisingLength;
            scanResponseLength = layout.ScanResponseLength;
            return true;
        }
    }
}
