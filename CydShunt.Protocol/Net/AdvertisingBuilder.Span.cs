using System;
using CydShunt.Protocol.Net;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only).</content>
    public static partial class AdvertisingBuilder
    {
        /// <summary>Builds the advertising packet's data into <paramref name="destination"/>.</summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="destination">The destination (31 bytes always suffice).</param>
        /// <param name="bytesWritten">The data's length on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryBuildAdvertisingData(AdvertisingFormat format, ushort companyId, LiveSnapshot snapshot, Span<byte> destination, out int bytesWritten)
        {
            byte[] scratch = SpanAdapter.Scratch(AdTypes.LegacyMaximumLength);
            return TryBuildAdvertisingData(format, companyId, snapshot, scratch, 0, out bytesWritten) && CopyOut(scratch, destination, ref bytesWritten);
        }

        /// <summary>Builds the scan-response data into <paramref name="destination"/>.</summary>
        /// <param name="format">The advertising format.</param>
        /// <param name="companyId">The company identifier of the glance frame.</param>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="name">The device name.</param>
        /// <param name="destination">The destination (31 bytes always suffice).</param>
        /// <param name="bytesWritten">The data's length on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryBuildScanResponse(AdvertisingFormat format, ushort companyId, LiveSnapshot snapshot, DeviceName name, Span<byte> destination, out int bytesWritten)
        {
            byte[] scratch = SpanAdapter.Scratch(AdTypes.LegacyMaximumLength);
            return TryBuildScanResponse(format, companyId, snapshot, name, scratch, 0, out bytesWritten) && CopyOut(scratch, destination, ref bytesWritten);
        }

        private static bool CopyOut(byte[] scratch, Span<byte> destination, ref int bytesWritten)
        {
            if (bytesWritten > destination.Length)
            {
                bytesWritten = 0;
                return false;
            }

            scratch.AsSpan(0, bytesWritten).CopyTo(destination);
            return true;
        }
    }
}
