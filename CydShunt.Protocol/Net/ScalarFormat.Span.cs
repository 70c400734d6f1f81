using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only): read and write in place; clamping and validation are shared with the byte[] code (<see cref="ToRaw"/>, <see cref="TryFromRaw"/>).</content>
    public sealed partial class ScalarFormat
    {
        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The value in the model unit, or <see cref="Measurement.NotAvailable"/>.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">Bytes written on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryEncode(int value, Span<byte> destination, out int bytesWritten)
        {
            int size = _size;
            if (destination.Length < size)
            {
                bytesWritten = 0;
                return false;
            }

            int raw = ToRaw(value);
            switch (size)
            {
                case 1:
                    destination[0] = (byte)raw;
                    break;
                case 2:
                    BinaryPrimitives.WriteUInt16LittleEndian(destination, (ushort)raw);
                    break;
                default:
                    BinaryPrimitives.WriteInt32LittleEndian(destination, raw);
                    break;
            }

            bytesWritten = size;
            return true;
        }

        /// <summary>Decodes a value from <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The value in the model unit, or <see cref="Measurement.NotAvailable"/>.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error)
        {
            int size = _size;
            if (source.Length < size)
            {
                value = 0;
                error = ProtocolError.TooShort;
                return false;
            }

            // Raw read by size, sign-extended for the signed types by the precomputed shift (as the byte[] code does).
            uint bits = size == 4 ? BinaryPrimitives.ReadUInt32LittleEndian(source) : size == 2 ? BinaryPrimitives.ReadUInt16LittleEndian(source) : source[0];
            long raw = ((long)bits << _signShift) >> _signShift;
            return TryFromRaw(raw, out value, out error);
        }
    }
}
