using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>Encodes and decodes control-point responses: <c>[0x80][request opcode][result]</c>.</summary>
    public static partial class ControlPointResponseCodec
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = 3;

        /// <summary>Encodes a response.</summary>
        /// <param name="value">The response.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten"><see cref="Size"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryEncode(ControlPointResponse value, byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            if (destination.Length - offset < Size)
            {
                bytesWritten = 0;
                return false;
            }

            destination[offset] = (byte)ControlPointOpcode.Response;
            destination[offset + 1] = (byte)value.RequestOpcode;
            destination[offset + 2] = (byte)value.Result;
            bytesWritten = Size;
            return true;
        }

        /// <summary>Decodes a response as a client receives it; trailing bytes are ignored.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the indication value starts.</param>
        /// <param name="count">How many bytes it has.</param>
        /// <param name="value">The response.</param>
        /// <param name="error"><see cref="ProtocolError.TooShort"/> or <see cref="ProtocolError.NotAResponse"/> on failure.</param>
        /// <returns>Whether the bytes are a response.</returns>
        public static bool TryDecode(byte[] source, int offset, int count, out ControlPointResponse value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            value = default(ControlPointResponse);
            if (count < Size)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            if (source[offset] != (byte)ControlPointOpcode.Response)
            {
                error = ProtocolError.NotAResponse;
                return false;
            }

            value.RequestOpcode = (ControlPointOpcode)source[offset + 1];
            value.Result = (ControlPointResult)source[offset + 2];
            error = ProtocolError.None;
            return true;
        }

        /// <summary>Decodes a response or throws <see cref="ProtocolException"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the indication value starts.</param>
        /// <param name="count">How many bytes it has.</param>
        /// <returns>The response.</returns>
        public static ControlPointResponse Decode(byte[] source, int offset, int count)
        {
            ControlPointResponse value;
            ProtocolError error;
            if (!TryDecode(source, offset, count, out value, out error))
            {
                throw new ProtocolException(error, "control-point response");
            }

            return value;
        }
    }
}
