using System;
using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only): they run the same core as the byte[] overloads, on the span in place.</content>
    public sealed partial class ScalarFormat
    {
        /// <summary>Decodes a scalar characteristic value from <paramref name="source"/>, in place.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The scalar characteristic value, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
            => TryDecodeCore(new WireReader(source), out value, out error);

        /// <summary>Decodes a scalar characteristic value from <paramref name="source"/> or throws.</summary>
        /// <param name="source">The bytes.</param>
        /// <returns>The scalar characteristic value.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid scalar characteristic value.</exception>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Decode(ReadOnlySpan<byte> source) => DecodeCore(new WireReader(source));

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>, in place.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">The bytes written on success, else 0.</param>
        /// <param name="error"><see cref="ProtocolError.DestinationTooSmall"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the value was written.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryEncode(int value, Span<byte> destination, out int bytesWritten, out ProtocolError error)
            => TryEncodeCore(value, new WireWriter(destination), out bytesWritten, out error);

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/> or throws.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ProtocolException">The destination is too small, or the value cannot be encoded.</exception>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Encode(int value, Span<byte> destination) => EncodeCore(value, new WireWriter(destination));

        /// <summary>Writes the 7-byte Characteristic Presentation Format descriptor value of this format.</summary>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten"><see cref="PresentationFormatSize"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public bool TryWritePresentationFormat(Span<byte> destination, out int bytesWritten) => TryWritePresentationFormatCore(new WireWriter(destination), out bytesWritten);
    }
}
