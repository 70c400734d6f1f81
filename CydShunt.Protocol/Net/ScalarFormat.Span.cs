using System;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace CydShunt.Protocol
{
    /// <content>Span overloads (.NET only), implemented per wire type like the byte[] ones; clamping and validation are shared (<see cref="ToRaw"/>, <see cref="TryFromRaw"/>).</content>
    public abstract partial class ScalarFormat
    {
        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The value in the model unit, or <see cref="Measurement.NotAvailable"/>.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">Bytes written on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public abstract bool TryEncode(int value, Span<byte> destination, out int bytesWritten);

        /// <summary>Decodes a value from <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The value in the model unit, or <see cref="Measurement.NotAvailable"/>.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public abstract bool TryDecode(ReadOnlySpan<byte> source, out int value, out ProtocolError error);

        /// <summary>Span form of <see cref="TryEncode16(int, byte[], int, out int)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private protected bool TryEncode16(int value, Span<byte> destination, out int bytesWritten)
        {
            if (!HasRoom(destination, 2, out bytesWritten))
            {
                return false;
            }

            BinaryPrimitives.WriteUInt16LittleEndian(destination, (ushort)ToRaw(value));
            return true;
        }

        /// <summary>Span form of <see cref="TryEncode32(int, byte[], int, out int)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private protected bool TryEncode32(int value, Span<byte> destination, out int bytesWritten)
        {
            if (!HasRoom(destination, 4, out bytesWritten))
            {
                return false;
            }

            BinaryPrimitives.WriteInt32LittleEndian(destination, ToRaw(value));
            return true;
        }

        /// <summary>Span form of <see cref="HasRoom(byte[], int, int, out int)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private protected static bool HasRoom(Span<byte> destination, int size, out int bytesWritten)
        {
            bytesWritten = destination.Length < size ? 0 : size;
            return bytesWritten != 0;
        }
    }
}
