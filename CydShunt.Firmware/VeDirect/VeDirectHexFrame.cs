using System;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// One decoded HEX frame: the command (or response) nibble and the payload bytes between it and the checksum. The
    /// instance is reused by its reader: copy what you need before the next frame arrives.
    /// </summary>
    public sealed class VeDirectHexFrame
    {
        /// <summary>Longest payload accepted, checksum not counted (a 32-character string register needs 37 bytes).</summary>
        public const int MaximumPayloadLength = 64;

        private readonly byte[] _payload = new byte[MaximumPayloadLength];

        /// <summary>The command or response nibble, 0–15.</summary>
        public int Command { get; internal set; }

        /// <summary>Number of payload bytes.</summary>
        public int PayloadLength { get; internal set; }

        /// <summary>Payload byte <paramref name="index"/> (0 ≤ index &lt; <see cref="PayloadLength"/>).</summary>
        public byte this[int index]
        {
            get
            {
                if (index < 0 || index >= PayloadLength)
                {
                    throw new ArgumentOutOfRangeException("index");
                }

                return _payload[index];
            }
        }

        /// <summary>The little-endian 16-bit value at payload <paramref name="index"/>.</summary>
        public int ReadUInt16(int index)
        {
            return this[index] | (this[index + 1] << 8);
        }

        /// <summary>Copies the payload to <paramref name="destination"/> at <paramref name="offset"/>.</summary>
        public void CopyPayloadTo(byte[] destination, int offset)
        {
            Array.Copy(_payload, 0, destination, offset, PayloadLength);
        }

        internal byte[] PayloadBuffer
        {
            get { return _payload; }
        }
    }
}
