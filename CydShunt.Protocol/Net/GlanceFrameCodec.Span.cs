using System;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only): they run the same core as the byte[] overloads, on the span in place.</content>
    public static partial class GlanceFrameCodec
    {
        /// <summary>Decodes a glance frame from <paramref name="source"/>, in place.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The glance frame, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        public static bool TryDecode(ReadOnlySpan<byte> source, out GlanceFrame value, out ProtocolError error)
            => TryDecodeCore(new WireReader(source), out value, out error);

        /// <summary>Decodes a glance frame from <paramref name="source"/> or throws.</summary>
        /// <param name="source">The bytes.</param>
        /// <returns>The glance frame.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid glance frame.</exception>
        public static GlanceFrame Decode(ReadOnlySpan<byte> source) => DecodeCore(new WireReader(source));

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>, in place.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">The bytes written on success, else 0.</param>
        /// <param name="error"><see cref="ProtocolError.DestinationTooSmall"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the value was written.</returns>
        public static bool TryEncode(GlanceFrame value, Span<byte> destination, out int bytesWritten, out ProtocolError error)
            => TryEncodeCore(value, new WireWriter(destination), out bytesWritten, out error);

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/> or throws.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ProtocolException">The destination is too small, or the value cannot be encoded.</exception>
        public static int Encode(GlanceFrame value, Span<byte> destination) => EncodeCore(value, new WireWriter(destination));

        /// <summary>Whether <paramref name="source"/> starts like a CydShunt glance frame (company id, "CS", version byte present).</summary>
        /// <param name="source">The manufacturer-specific data, company id first.</param>
        /// <returns>Whether the signature is there; the version is not checked.</returns>
        public static bool HasSignature(ReadOnlySpan<byte> source) => HasSignatureCore(new WireReader(source));
    }
}
