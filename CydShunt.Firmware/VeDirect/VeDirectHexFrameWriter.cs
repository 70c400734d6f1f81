using System;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// Encodes HEX frames: ':', the response nibble, two upper-case hex digits per payload byte, the checksum byte
    /// that makes nibble + payload + checksum sum to 0x55, and '\n'.
    /// </summary>
    public static class VeDirectHexFrameWriter
    {
        /// <summary>The encoded length of a frame with <paramref name="payloadLength"/> payload bytes.</summary>
        public static int GetFrameLength(int payloadLength)
        {
            return 1 + 1 + (2 * payloadLength) + 2 + 1;
        }

        /// <summary>
        /// Writes a frame with response (or command) <paramref name="code"/> and <paramref name="payloadLength"/>
        /// bytes of <paramref name="payload"/> from <paramref name="payloadOffset"/> into <paramref name="destination"/>
        /// at <paramref name="offset"/>.
        /// </summary>
        /// <returns>The number of bytes written, <see cref="GetFrameLength"/> of the payload length.</returns>
        public static int Write(int code, byte[] payload, int payloadOffset, int payloadLength, byte[] destination, int offset)
        {
            if (code < 0 || code > 0xF)
            {
                throw new ArgumentOutOfRangeException("code", "A HEX command or response is one nibble, 0-15.");
            }

            if (payload == null)
            {
                throw new ArgumentNullException("payload");
            }

            if (destination == null)
            {
                throw new ArgumentNullException("destination");
            }

            if (payloadOffset < 0 || payloadLength < 0 || payloadLength > payload.Length - payloadOffset)
            {
                throw new ArgumentOutOfRangeException("payloadLength");
            }

            int length = GetFrameLength(payloadLength);
            if (offset < 0 || offset > destination.Length - length)
            {
                throw new ArgumentOutOfRangeException("offset", "The destination has no room for the frame.");
            }

            int o = offset;
            destination[o++] = (byte)':';
            o = VeDirectAscii.WriteHex(code, 1, destination, o);
            int sum = code;
            for (int i = 0; i < payloadLength; i++)
            {
                int b = payload[payloadOffset + i];
                sum += b;
                VeDirectAscii.WriteHexByte(b, destination, o);
                o += 2;
            }

            VeDirectAscii.WriteHexByte((0x55 - sum) & 0xFF, destination, o);
            o += 2;
            destination[o++] = (byte)'\n';
            return o - offset;
        }
    }
}
