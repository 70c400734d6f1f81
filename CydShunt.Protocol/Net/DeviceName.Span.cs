using System;
using System.Runtime.CompilerServices;

namespace CydShunt.Protocol
{
    /// <content>Span forms (.NET only).</content>
    public sealed partial class DeviceName
    {
        /// <summary>Span twin of <see cref="CopyAdvertisedTo(byte[], int)"/>; the caller has checked the room.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void CopyAdvertisedTo(Span<byte> destination)
        {
            new ReadOnlySpan<byte>(_utf8, 0, AdvertisedLength).CopyTo(destination);
        }
    }
}
