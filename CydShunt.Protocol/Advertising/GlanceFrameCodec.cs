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

        // Offsets within the frame (company id first), shared by the byte[] and Span writers.
        internal const int CompanyIdOffset = 0;      // uint16
        internal const int SignatureOffset = 2;      // "CS"
        internal const int VersionOffset = 4;        // uint8
        internal const int SequenceOffset = 5;       // uint8
        internal const int StatusOffset = 6;         // uint8 flags
        internal const int VoltageOffset = 7;        // uint16, 10 mV
        internal const int CurrentOffset = 9;        // sint24, 1 mA
        internal const int StateOfChargeOffset = 12; // uint16, 0.01 %
        internal const int TimeToGoOffset = 14;      // uint16, 1 min

        /// <summary>Encodes <paramref name="value"/>, quantising and clamping as the spec says.</summary>
        /// <param name="value">The frame.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten"><see cref="Size"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryEncode(GlanceFrame value, byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            if (destination.Length - offset < Size)
            {
                bytesWritten = 0;
                return false;
            }

            Write(ref value, destination, offset);
            bytesWritten = Size;
            return true;
        }

        /// <summary>
        /// Writes <paramref name="value"/> at <paramref name="offset"/>; the caller has checked the room. The byte[]
        /// writer of the layout (the public encoders and the advertising builder write through it or its Span twin).
        /// </summary>
        internal static void Write(ref GlanceFrame value, byte[] destination, int offset)
        {
            Write(value.CompanyId, value.Sequence, value.Status, value.VoltageMillivolts, value.CurrentMilliamps, value.StateOfChargeCentipercent, value.TimeToGoMinutes, destination, offset);
        }

        /// <summary>
        /// Writes a frame from its fields (the advertising builder passes a snapshot's without building a
        /// <see cref="GlanceFrame"/>); the caller has checked the room.
        /// </summary>
        internal static void Write(ushort companyId, byte sequence, StatusFlags status, int voltageMillivolts, int currentMilliamps, int stateOfChargeCentipercent, int timeToGoMinutes, byte[] destination, int offset)
        {
            LittleEndian.WriteUInt16(destination, offset + CompanyIdOffset, companyId);
            destination[offset + SignatureOffset] = Signature0;
            destination[offset + SignatureOffset + 1] = Signature1;
            destination[offset + VersionOffset] = Version;
            destination[offset + SequenceOffset] = sequence;
            destination[offset + StatusOffset] = (byte)(status & DefinedBits.Status);
            LittleEndian.WriteUInt16(destination, offset + VoltageOffset, VoltageToWire(voltageMillivolts));
            LittleEndian.WriteUInt24(destination, offset + CurrentOffset, CurrentToWire(currentMilliamps));
            LittleEndian.WriteUInt16(destination, offset + StateOfChargeOffset, StateOfChargeToWire(stateOfChargeCentipercent));
            LittleEndian.WriteUInt16(destination, offset + TimeToGoOffset, TimeToGoToWire(timeToGoMinutes));
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

        /// <summary>Tells whether manufacturer data carries the CydShunt signature (any version, any company id).</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the manufacturer data (company id first) starts.</param>
        /// <param name="count">Its length.</param>
        /// <returns>Whether the data is a CydShunt frame.</returns>
        public static bool HasSignature(byte[] source, int offset, int count)
        {
            Guard.Range(source, offset, count, "source");
            return count >= IdentifyingLength && source[offset + SignatureOffset] == Signature0 && source[offset + SignatureOffset + 1] == Signature1;
        }

        /// <summary>Decodes a glance frame from manufacturer data (company id first); trailing bytes are ignored.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the manufacturer data starts.</param>
        /// <param name="count">Its length.</param>
        /// <param name="value">The frame.</param>
        /// <param name="error">
        /// <see cref="ProtocolError.BadSignature"/> (not ours), <see cref="ProtocolError.UnsupportedVersion"/>,
        /// <see cref="ProtocolError.TooShort"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure.
        /// </param>
        /// <returns>Whether the frame could be decoded.</returns>
        public static bool TryDecode(byte[] source, int offset, int count, out GlanceFrame value, out ProtocolError error)
        {
            value = default(GlanceFrame);
            if (!HasSignature(source, offset, count))
            {
                error = ProtocolError.BadSignature;
                return false;
            }

            if (source[offset + VersionOffset] != Version)
            {
                error = ProtocolError.UnsupportedVersion;
                return false;
            }

            if (count < Size)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            int stateOfCharge = LittleEndian.ReadUInt16(source, offset + StateOfChargeOffset);
            if (stateOfCharge > WireLimits.StateOfChargeMax && stateOfCharge != WireLimits.UInt16NotAvailable)
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            value.CompanyId = (ushort)LittleEndian.ReadUInt16(source, offset + CompanyIdOffset);
            value.Sequence = source[offset + SequenceOffset];
            value.Status = (StatusFlags)source[offset + StatusOffset];
            value.VoltageMillivolts = FixedPoint.FromWire(LittleEndian.ReadUInt16(source, offset + VoltageOffset), VoltageScale, WireLimits.UInt16NotAvailable);
            value.CurrentMilliamps = FixedPoint.FromWire(LittleEndian.ReadInt24(source, offset + CurrentOffset), 1, WireLimits.Int24NotAvailable);
            value.StateOfChargeCentipercent = FixedPoint.FromWire(stateOfCharge, 1, WireLimits.UInt16NotAvailable);
            value.TimeToGoMinutes = FixedPoint.FromWire(LittleEndian.ReadUInt16(source, offset + TimeToGoOffset), 1, WireLimits.UInt16NotAvailable);
            error = ProtocolError.None;
            return true;
        }

        /// <summary>Decodes a glance frame or throws <see cref="ProtocolException"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the manufacturer data starts.</param>
        /// <param name="count">Its length.</param>
        /// <returns>The frame.</returns>
        public static GlanceFrame Decode(byte[] source, int offset, int count)
        {
            GlanceFrame value;
            ProtocolError error;
            if (!TryDecode(source, offset, count, out value, out error))
            {
                throw new ProtocolException(error, "glance frame");
            }

            return value;
        }
    }
}
