using System;
using CydShunt.Protocol.Net;
using static CydShunt.Protocol.Net.SpanLittleEndian;

namespace CydShunt.Protocol
{
    /// <content>
    /// Span overloads (.NET only). The encoder writes in place with the layout's offsets and shares the conversion
    /// (<see cref="ToWire"/>) with the byte[] writer; the decoder reuses the byte[] code through a scratch copy.
    /// </content>
    public static partial class GlanceFrameCodec
    {
        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">Bytes written on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryEncode(GlanceFrame value, Span<byte> destination, out int bytesWritten)
        {
            if (destination.Length < Size)
            {
                bytesWritten = 0;
                return false;
            }

            Write(ref value, destination);
            bytesWritten = Size;
            return true;
        }

        /// <summary>Decodes a value from <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The decoded value.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public static bool TryDecode(ReadOnlySpan<byte> source, out GlanceFrame value, out ProtocolError error)
            => SpanAdapter.TryDecode(source, TryDecode, out value, out error);

        /// <summary>Span twin of <see cref="Write(ref GlanceFrame, byte[], int)"/>; the caller has checked the room.</summary>
        internal static void Write(ref GlanceFrame value, Span<byte> destination)
        {
            ToWire(ref value, out int status, out int voltage, out int current, out int stateOfCharge, out int timeToGo);
            destination = destination.Slice(0, Size);
            WriteUInt16(destination, CompanyIdOffset, value.CompanyId);
            destination[SignatureOffset] = Signature0;
            destination[SignatureOffset + 1] = Signature1;
            destination[VersionOffset] = Version;
            destination[SequenceOffset] = value.Sequence;
            destination[StatusOffset] = (byte)status;
            WriteUInt16(destination, VoltageOffset, voltage);
            WriteUInt24(destination, CurrentOffset, current);
            WriteUInt16(destination, StateOfChargeOffset, stateOfCharge);
            WriteUInt16(destination, TimeToGoOffset, timeToGo);
        }
    }
}
