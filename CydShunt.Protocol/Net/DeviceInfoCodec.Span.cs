using System;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only): they run the same core as the byte[] overloads, on the span in place.</content>
    public static partial class DeviceInfoCodec
    {
        /// <summary>Decodes a device-info value from <paramref name="source"/>, in place.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The device-info value, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        public static bool TryDecode(ReadOnlySpan<byte> source, out DeviceInfo value, out ProtocolError error)
            => TryDecodeCore(new WireReader(source), out value, out error);

        /// <summary>Decodes a device-info value from <paramref name="source"/> or throws.</summary>
        /// <param name="source">The bytes.</param>
        /// <returns>The device-info value.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid device-info value.</exception>
        public static DeviceInfo Decode(ReadOnlySpan<byte> source) => DecodeCore(new WireReader(source));

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>, in place.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">The bytes written on success, else 0.</param>
        /// <param name="error"><see cref="ProtocolError.DestinationTooSmall"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the value was written.</returns>
        public static bool TryEncode(DeviceInfo value, Span<byte> destination, out int bytesWritten, out ProtocolError error)
            => TryEncodeCore(ref value, new WireWriter(destination), out bytesWritten, out error);

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/> or throws.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ProtocolException">The destination is too small, or the value cannot be encoded.</exception>
        public static int Encode(DeviceInfo value, Span<byte> destination) => EncodeCore(ref value, new WireWriter(destination));
    }
}
