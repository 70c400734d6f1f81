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
            // The byte[] overload does the work into the per-thread scratch array (advertising data at 0, scan response
            // after it); the spans receive the result only if both are large enough.
            const int ScanResponseAt = AdTypes.LegacyMaximumLength;
            byte[] scratch = SpanAdapter.Scratch(2 * AdTypes.LegacyMaximumLength);
            if (!TryBuild(format, companyId, snapshot, name, scratch, 0, out advertisingLength, scratch, ScanResponseAt, out scanResponseLength)
                || advertisingLength > advertising.Length
                || scanResponseLength > scanResponse.Length)
            {
                advertisingLength = 0;
                scanResponseLength = 0;
                return false;
            }

            new ReadOnlySpan<byte>(scratch, 0, advertisingLength).CopyTo(advertising);
            new ReadOnlySpan<byte>(scratch, ScanResponseAt, scanResponseLength).CopyTo(scanResponse);
            return true;
        }
    }
}
