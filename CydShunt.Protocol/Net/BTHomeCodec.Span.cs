using System;
using System.Buffers.Binary;
using CydShunt.Protocol.Net;
using static CydShunt.Protocol.Net.SpanLittleEndian;

namespace CydShunt.Protocol
{
    /// <content>
    /// Span overloads (.NET only). The encoder writes in place and shares the conversion (<see cref="ToWire"/>) and the
    /// size (<see cref="EncodedSize"/>) with the byte[] writer; the decoder reuses the byte[] code through a scratch copy.
    /// </content>
    public static partial class BTHomeCodec
    {
        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The destination.</param>
        /// <param name="bytesWritten">Bytes written on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryEncode(BTHomeFrame value, Span<byte> destination, out int bytesWritten)
        {
            int size = EncodedSize(value);
            if (destination.Length < size)
            {
                bytesWritten = 0;
                return false;
            }

            Write(ref value, size, destination);
            bytesWritten = size;
            return true;
        }

        /// <summary>Decodes a value from <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The decoded value.</param>
        /// <param name="error">What was wrong on failure.</param>
        /// <returns>Whether the value could be decoded.</returns>
        public static bool TryDecode(ReadOnlySpan<byte> source, out BTHomeFrame value, out ProtocolError error)
            => SpanAdapter.TryDecode(source, TryDecode, out value, out error);

        /// <summary>Span twin of <see cref="Write(ref BTHomeFrame, int, byte[], int)"/>; the caller has checked the room.</summary>
        internal static void Write(ref BTHomeFrame value, int size, Span<byte> destination)
        {
            ToWire(ref value, out int battery, out int temperature, out int voltage, out int power, out int current);
            destination = destination.Slice(0, size);
            destination[0] = (byte)(size - 1);
            destination[1] = AdTypes.ServiceData16;
            WriteUInt16(destination, 2, BluetoothSig.BTHomeServiceData);
            destination[4] = DeviceInformation;
            int o = HeaderSize;
            if (Measurement.IsAvailable(value.PacketId))
            {
                destination[o] = ObjectPacketId;
                destination[o + 1] = (byte)value.PacketId;
                o += 2;
            }

            if (Measurement.IsAvailable(value.StateOfChargeCentipercent))
            {
                destination[o] = ObjectBattery;
                destination[o + 1] = (byte)battery;
                o += 2;
            }

            if (Measurement.IsAvailable(value.TemperatureCentidegrees))
            {
                destination[o] = ObjectTemperature;
                WriteUInt16(destination, o + 1, temperature);
                o += 3;
            }

            if (Measurement.IsAvailable(value.VoltageMillivolts))
            {
                destination[o] = ObjectVoltage;
                WriteUInt16(destination, o + 1, voltage);
                o += 3;
            }

            if (HasEnergy(ref value))
            {
                destination[o] = ObjectEnergy;
                BinaryPrimitives.WriteInt32LittleEndian(destination.Slice(o + 1), EnergyToWire(value.EnergyChargedWattHours));
                destination[o + 5] = ObjectEnergy;
                BinaryPrimitives.WriteInt32LittleEndian(destination.Slice(o + 6), EnergyToWire(value.EnergyDischargedWattHours));
                o += 10;
            }

            if (Measurement.IsAvailable(value.PowerMilliwatts))
            {
                destination[o] = ObjectPower;
                BinaryPrimitives.WriteInt32LittleEndian(destination.Slice(o + 1), power);
                o += 5;
            }

            if (Measurement.IsAvailable(value.CurrentMilliamps))
            {
                destination[o] = ObjectCurrent;
                WriteUInt16(destination, o + 1, current);
            }
        }
    }
}
