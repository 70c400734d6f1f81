using System;
using CydShunt.Protocol.Net;
using CydShunt.Protocol.Primitives;
using static CydShunt.Protocol.Net.SpanLittleEndian;

namespace CydShunt.Protocol
{
    /// <content>
    /// Span overloads (.NET only). The encoder writes in place with the layout's offsets and shares the conversion
    /// (the <c>*ToWire</c> conversions) with the byte[] writer; the decoder reuses the byte[] code through a scratch copy.
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
            => Write(value.CompanyId, value.Sequence, value.Status, value.VoltageMillivolts, value.CurrentMilliamps, value.StateOfChargeCentipercent, value.TimeToGoMinutes, destination);

        /// <summary>Span twin of <see cref="Write(ushort, byte, StatusFlags, int, int, int, int, byte[], int)"/>; the caller has checked the room.</summary>
        internal static void Write(ushort companyId, byte sequence, StatusFlags status, int voltageMillivolts, int currentMilliamps, int stateOfChargeCentipercent, int timeToGoMinutes, Span<byte> destination)
        {
            destination = destination.Slice(0, Size);
            WriteUInt16(destination, CompanyIdOffset, companyId);
            destination[SignatureOffset] = Signature0;
            destination[SignatureOffset + 1] = Signature1;
            destination[VersionOffset] = Version;
            destination[SequenceOffset] = sequence;
            destination[StatusOffset] = (byte)(status & DefinedBits.Status);
            WriteUInt16(destination, VoltageOffset, VoltageToWire(voltageMillivolts));
            WriteUInt24(destination, CurrentOffset, CurrentToWire(currentMilliamps));
            WriteUInt16(destination, StateOfChargeOffset, StateOfChargeToWire(stateOfChargeCentipercent));
            WriteUInt16(destination, TimeToGoOffset, TimeToGoToWire(timeToGoMinutes));
        }
    }
}
