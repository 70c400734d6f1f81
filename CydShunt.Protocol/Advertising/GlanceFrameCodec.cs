using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// Encodes and decodes the glance frame: the content of a manufacturer-specific-data AD structure, i.e. company id
    /// (2 bytes) followed by the 14-byte payload that starts with the signature "CS" and version 1.
    /// </summary>
    public static partial class GlanceFrameCodec
    {
        /// <summary>Encoded size: company id + payload.</summary>
        public const int Size = 16;

        /// <summary>First signature byte, 'C'.</summary>
        public const byte Signature0 = 0x43;

        /// <summary>Second signature byte, 'S'.</summary>
        public const byte Signature1 = 0x53;

        /// <summary>Format version of this layout.</summary>
        public const byte Version = 1;

        // Company id + signature + version: what must be present to tell whose frame it is.
        private const int IdentifyingLength = 5;

        private const int VoltageScale = 10; // model mV -> wire 10 mV

        // Offsets within the frame (company id first).
        private const int CompanyIdOffset = 0;      // uint16
        private const int SignatureOffset = 2;      // "CS"
        private const int VersionOffset = 4;        // uint8
        private const int SequenceOffset = 5;       // uint8
        private const int StatusOffset = 6;         // uint8 flags
        private const int VoltageOffset = 7;        // uint16, 10 mV
        private const int CurrentOffset = 9;        // sint24, 1 mA
        private const int StateOfChargeOffset = 12; // uint16, 0.01 %
        private const int TimeToGoOffset = 14;      // uint16, 1 min

        /// <summary>Decodes a glance frame from the whole of <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The glance frame, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static bool TryDecode(byte[] source, out GlanceFrame value, out ProtocolError error)
        {
            Guard.NotNull(source, "source");
            return TryDecodeCore(new WireReader(source, 0, source.Length), out value, out error);
        }

        /// <summary>Decodes a glance frame from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <param name="value">The glance frame, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static bool TryDecode(byte[] source, int offset, int count, out GlanceFrame value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return TryDecodeCore(new WireReader(source, offset, count), out value, out error);
        }

        /// <summary>Decodes a glance frame from the whole of <paramref name="source"/> or throws.</summary>
        /// <param name="source">The bytes.</param>
        /// <returns>The glance frame.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid glance frame.</exception>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static GlanceFrame Decode(byte[] source)
        {
            Guard.NotNull(source, "source");
            return DecodeCore(new WireReader(source, 0, source.Length));
        }

        /// <summary>Decodes a glance frame from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <returns>The glance frame.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid glance frame.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static GlanceFrame Decode(byte[] source, int offset, int count)
        {
            Guard.Range(source, offset, count, "source");
            return DecodeCore(new WireReader(source, offset, count));
        }

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/> at <paramref name="offset"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <param name="bytesWritten">The bytes written on success, else 0.</param>
        /// <param name="error"><see cref="ProtocolError.DestinationTooSmall"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the value was written.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or an offset outside it.</exception>
        public static bool TryEncode(GlanceFrame value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
        {
            Guard.Offset(destination, offset, "destination");
            return TryEncodeCore(value, new WireWriter(destination, offset, destination.Length - offset), out bytesWritten, out error);
        }

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ProtocolException">The destination is too small, or the value cannot be encoded.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or an offset outside it.</exception>
        public static int Encode(GlanceFrame value, byte[] destination, int offset)
        {
            Guard.Offset(destination, offset, "destination");
            return EncodeCore(value, new WireWriter(destination, offset, destination.Length - offset));
        }

        /// <summary>Whether the whole of <paramref name="source"/> starts like a CydShunt glance frame (company id, "CS", version byte present).</summary>
        /// <param name="source">The manufacturer-specific data, company id first.</param>
        /// <returns>Whether the signature is there; the version is not checked.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static bool HasSignature(byte[] source)
        {
            Guard.NotNull(source, "source");
            return HasSignatureCore(new WireReader(source, 0, source.Length));
        }

        /// <summary>Whether <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/> start like a CydShunt glance frame.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the manufacturer-specific data starts (its company id).</param>
        /// <param name="count">How many bytes there are.</param>
        /// <returns>Whether the signature is there; the version is not checked.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static bool HasSignature(byte[] source, int offset, int count)
        {
            Guard.Range(source, offset, count, "source");
            return HasSignatureCore(new WireReader(source, offset, count));
        }

        /// <summary>The encoder of the layout (byte[] and Span overloads).</summary>
        internal static bool TryEncodeCore(GlanceFrame value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            if (destination.Length < Size)
            {
                bytesWritten = 0;
                error = ProtocolError.DestinationTooSmall;
                return false;
            }

            Write(value.CompanyId, value.Sequence, value.Status, value.VoltageMillivolts, value.CurrentMilliamps, value.StateOfChargeCentipercent, value.TimeToGoMinutes, destination);
            bytesWritten = Size;
            error = ProtocolError.None;
            return true;
        }

        /// <summary>
        /// Writes a frame from its fields (the codec and the advertising builder, which takes them from a snapshot without
        /// building a <see cref="GlanceFrame"/>); the caller has checked the room.
        /// </summary>
        internal static void Write(ushort companyId, byte sequence, StatusFlags status, int voltageMillivolts, int currentMilliamps, int stateOfChargeCentipercent, int timeToGoMinutes, WireWriter destination)
        {
            destination.WriteUInt16(CompanyIdOffset, companyId);
            destination[SignatureOffset] = Signature0;
            destination[SignatureOffset + 1] = Signature1;
            destination[VersionOffset] = Version;
            destination[SequenceOffset] = sequence;
            destination[StatusOffset] = (byte)(status & DefinedBits.Status);
            destination.WriteUInt16(VoltageOffset, VoltageToWire(voltageMillivolts));
            destination.WriteUInt24(CurrentOffset, CurrentToWire(currentMilliamps));
            destination.WriteUInt16(StateOfChargeOffset, StateOfChargeToWire(stateOfChargeCentipercent));
            destination.WriteUInt16(TimeToGoOffset, TimeToGoToWire(timeToGoMinutes));
        }

        // The wire integers of the fields: quantised, clamped, not-available markers (shared by the byte[] and Span writers).
        [MethodImpl(Inlining.Aggressive)]
        internal static int VoltageToWire(int millivolts)
        {
            return FixedPoint.ToWire(millivolts, VoltageScale, 0, WireLimits.UInt16Max, WireLimits.UInt16NotAvailable);
        }

        [MethodImpl(Inlining.Aggressive)]
        internal static int CurrentToWire(int milliamps)
        {
            return FixedPoint.ToWire(milliamps, 1, WireLimits.Int24Min, WireLimits.Int24Max, WireLimits.Int24NotAvailable);
        }

        [MethodImpl(Inlining.Aggressive)]
        internal static int StateOfChargeToWire(int centipercent)
        {
            return FixedPoint.ToWire(centipercent, 1, 0, WireLimits.StateOfChargeMax, WireLimits.UInt16NotAvailable);
        }

        [MethodImpl(Inlining.Aggressive)]
        internal static int TimeToGoToWire(int minutes)
        {
            return FixedPoint.ToWire(minutes, 1, 0, WireLimits.UInt16Max, WireLimits.UInt16NotAvailable);
        }

        internal static bool HasSignatureCore(WireReader source)
        {
            return source.Length >= IdentifyingLength && source[SignatureOffset] == Signature0 && source[SignatureOffset + 1] == Signature1;
        }

        /// <summary>The decoder of the layout (byte[] and Span overloads): signature, then version, then length.</summary>
        internal static bool TryDecodeCore(WireReader source, out GlanceFrame value, out ProtocolError error)
        {
            value = default(GlanceFrame);
            if (!HasSignatureCore(source))
            {
                error = ProtocolError.BadSignature;
                return false;
            }

            if (source[VersionOffset] != Version)
            {
                error = ProtocolError.UnsupportedVersion;
                return false;
            }

            if (source.Length < Size)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            int stateOfCharge = source.ReadUInt16(StateOfChargeOffset);
            if (stateOfCharge > WireLimits.StateOfChargeMax && stateOfCharge != WireLimits.UInt16NotAvailable)
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            value = new GlanceFrame(
                (ushort)source.ReadUInt16(CompanyIdOffset),
                source[SequenceOffset],
                (StatusFlags)source[StatusOffset],
                FixedPoint.FromWire(source.ReadUInt16(VoltageOffset), VoltageScale, WireLimits.UInt16NotAvailable),
                FixedPoint.FromWire(source.ReadInt24(CurrentOffset), 1, WireLimits.Int24NotAvailable),
                FixedPoint.FromWire(stateOfCharge, 1, WireLimits.UInt16NotAvailable),
                FixedPoint.FromWire(source.ReadUInt16(TimeToGoOffset), 1, WireLimits.UInt16NotAvailable));
            error = ProtocolError.None;
            return true;
        }

        internal static GlanceFrame DecodeCore(WireReader source)
        {
            GlanceFrame value;
            ProtocolError error;
            if (!TryDecodeCore(source, out value, out error))
            {
                throw new ProtocolException(error, "glance frame");
            }

            return value;
        }

        internal static int EncodeCore(GlanceFrame value, WireWriter destination)
        {
            int bytesWritten;
            ProtocolError error;
            if (!TryEncodeCore(value, destination, out bytesWritten, out error))
            {
                throw new ProtocolException(error, "glance frame");
            }

            return bytesWritten;
        }
    }
}
