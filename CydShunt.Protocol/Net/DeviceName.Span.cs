using System;
using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <content>Span forms (.NET only), in place.</content>
    public sealed partial class DeviceName
    {
        /// <summary>Copies the name's UTF-8 bytes into <paramref name="destination"/>.</summary>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten"><see cref="Length"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public bool TryCopyTo(Span<byte> destination, out int bytesWritten) => TryCopyToCore(new WireWriter(destination), out bytesWritten);

        /// <summary>Span twin of <see cref="CopyLocalNameStructureTo(byte[], int)"/>; the caller has checked the room.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void CopyLocalNameStructureTo(Span<byte> destination)
        {
            _localNameStructure.CopyTo(destination);
        }
    }
}
