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
            byte[] scratch = SpanAdapter.Scratch(MaximumStructuresLength);
            const int ScanResponseAt = AdTypes.LegacyMaximumLength;
            if (!TryBuild(format, companyId, snapshot, name, scratch, 0, out advertisingLength, scratch, ScanResponseAt, out scanResponseLength)
                || advertisingLength > advertising.Length
                || scanResponseLength > scanResponse.Length)
            {
                advertisingLength = 0;
                scanResponseLength = 0;
                return false;
            }

            scratch.AsSpan(0, advertisingLength).CopyTo(advertising);
            scratch.AsSpan(ScanResponseAt, scanResponseLength).CopyTo(scanResponse);
            return true;
        }
    }
}
