using System;

namespace CydShunt.Protocol
{
    /// <content>Span forms (.NET only).</content>
    public static partial class CydShuntUuids
    {
        /// <summary>Span twin of <see cref="TryWriteAirOrder(ushort, byte[], int)"/> for the builders; the caller has checked the room.</summary>
        internal static void WriteAirOrder(ushort shortId, Span<byte> destination)
        {
            s_baseAirOrder.CopyTo(destination);
            destination[12] = (byte)shortId;
            destination[13] = (byte)(shortId >> 8);
        }
    }
}
