using System;
using System.Runtime.CompilerServices;

namespace CydShunt.Protocol
{
    /// <content>Span forms (.NET only).</content>
    public sealed partial class DeviceName
    {
        /// <summary>Span twin of <see cref="CopyLocalNameStructureTo(byte[], int)"/>; the caller has checked the room.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void CopyLocalNameStructureTo(Span<byte> destination)
        {
            _localNameStructure.CopyTo(destination);
        }
    }
}
