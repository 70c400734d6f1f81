using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// Encodes and decodes CydShunt's BTHome v2 service-data AD structure (spec/bthome.md):
    /// <c>[length][0x16][0xD2 0xFC][0x40][objects in ascending id order]</c>.
    /// </summary>
    public static partial class BTHomeCodec
    {
        /// <summary>
        /// Size of the AD structure with every object present (33). The device never sends that: its measurement frame
        /// is at most 23 bytes and its energy frame 15 (spec/bthome.md, "Two frames").
        /// </summary>
        public const int MaximumSize = 33;

        /// <summary>BTHome device-information byte: version 2, not encrypted, regularly sent.</summary>
        public const byte DeviceInformation = 0x40;

        /// <summary>Object id: packet id (uint8).</summary>
        public const byte ObjectPacketId = 0x00;

        /// <summary>Object id: battery (uint8, 1 %).</summary>
        public const byte ObjectBattery = 0x01;

        /// <summary>Object id: temperature (sint16, 0.01 °C).</summary>
        public const byte ObjectTemperature = 0x02;

        /// <summary>Object id: voltage (uint16, 0.001 V).</summary>
        public const byte ObjectVoltage = 0x0C;

        /// <summary>Object id: energy (uint32, 0.001 kWh = 1 Wh); sent twice, energy charged then energy discharged.</summary>
        public const byte ObjectEnergy = 0x4D;

        /// <summary>Object id: power (sint32, 0.01 W).</summary>
        public const byte ObjectPower = 0x5C;

        /// <summary>Object id: current (sint16, 0.001 A).</summary>
        public const byte ObjectCurrent = 0x5D;

        private const int HeaderSize = 5;          // length, type, UUID (2), device information
        private const byte EncryptionBit = 0x01;
        private const byte MacIncludedBit = 0x02;   // bthome-ble: the advertiser's 6-byte MAC follows the device information
        private const int MacSize = 6;
        private const int VersionShift = 5;
        private const int EnergyDischargedBit = 1 << 7;  // the decoder's "seen" bit of the second energy object
        private const int PowerScale = 10;          // model mW -> BTHome 0.01 W
        private const int BatteryScale = 100;       // model 0.01 % -> BTHome 1 %

        // Largest BTHome power (0.01 W) whose model value (mW) still fits an int; signed values saturate symmetrically.
        private const int PowerLimit = int.MaxValue / PowerScale;

        /// <summary>Encodes <paramref name="value"/> as an AD structure; unavailable quantities are left out.</summary>
        /// <param name="value">The frame.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten">Size of the AD structure on success, else 0.</param>
        /// <returns><see langword="false"/> when the destination is too small.</returns>
        public static bool TryEncode(BTHomeFrame value, byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            bytesWritten = 0;
            int size = EncodedSize(value);
            if (destination.Length - offset < size)
            {
                return false;
            }

            Write(ref value, size, destination, offset);
            bytesWritten = size;
            return true;
        }

        /// <summary>
        /// Writes the AD structure of <paramref name="value"/>, whose <see cref="EncodedSize"/> is <paramref name="size"/>,
        /// at <paramref name="offset"/>; the caller has checked the room. The byte[] writer of the layout (the public
        /// encoders and the advertising builder write through it or its Span twin). Objects are only written when
        /// available, in ascending id order.
        /// </summary>
        internal static void Write(ref BTHomeFrame value, int size, byte[] destination, int offset)
        {
            int battery;
            int temperature;
            int voltage;
            int power;
            int current;
            ToWire(ref value, out battery, out temperature, out voltage, out power, out current);
            destination[offset] = (byte)(size - 1);
            destination[offset + 1] = AdTypes.ServiceData16;
            LittleEndian.WriteUInt16(destination, offset + 2, BluetoothSig.BTHomeServiceData);
            destination[offset + 4] = DeviceInformation;
            int o = offset + HeaderSize;
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
                LittleEndian.WriteUInt16(destination, o + 1, temperature);
                o += 3;
            }

            if (Measurement.IsAvailable(value.VoltageMillivolts))
            {
                destination[o] = ObjectVoltage;
                LittleEndian.WriteUInt16(destination, o + 1, voltage);
                o += 3;
            }

            if (HasEnergy(ref value))
            {
                destination[o] = ObjectEnergy;
                LittleEndian.WriteInt32(destination, o + 1, EnergyToWire(value.EnergyChargedWattHours));
                destination[o + 5] = ObjectEnergy;
                LittleEndian.WriteInt32(destination, o + 6, EnergyToWire(value.EnergyDischargedWattHours));
                o += 10;
            }

            if (Measurement.IsAvailable(value.PowerMilliwatts))
            {
                destination[o] = ObjectPower;
                LittleEndian.WriteInt32(destination, o + 1, power);
                o += 5;
            }

            if (Measurement.IsAvailable(value.CurrentMilliamps))
            {
                destination[o] = ObjectCurrent;
                LittleEndian.WriteUInt16(destination, o + 1, current);
            }
        }

        /// <summary>
        /// The wire integers of the objects (shared by both writers): quantised and clamped. The writers test each
        /// quantity's availability once, when they decide whether to send its object; the conversion of an unavailable
        /// quantity is harmless (no overflow) and never sent.
        /// </summary>
        [MethodImpl(Inlining.Aggressive)]
        internal static void ToWire(ref BTHomeFrame value, out int battery, out int temperature, out int voltage, out int power, out int current)
        {
            battery = FixedPoint.Clamp(FixedPoint.DivideRounded(value.StateOfChargeCentipercent, BatteryScale), 0, 100);
            temperature = FixedPoint.Clamp(value.TemperatureCentidegrees, -short.MaxValue, short.MaxValue);
            voltage = FixedPoint.Clamp(value.VoltageMillivolts, 0, ushort.MaxValue);
            power = FixedPoint.Clamp(FixedPoint.DivideRounded(value.PowerMilliwatts, PowerScale), -PowerLimit, PowerLimit);
            current = FixedPoint.Clamp(value.CurrentMilliamps, -short.MaxValue, short.MaxValue);
        }

        /// <summary>
        /// Whether the frame carries the two energy objects: only both together, so that a receiver that numbers repeated
        /// objects (bthome-ble: energy_1, energy_2) always sees charged first and discharged second.
        /// </summary>
        [MethodImpl(Inlining.Aggressive)]
        internal static bool HasEnergy(ref BTHomeFrame value)
        {
            return Measurement.IsAvailable(value.EnergyChargedWattHours) && Measurement.IsAvailable(value.EnergyDischargedWattHours);
        }

        /// <summary>Energy in Wh as the uint32 wire value (0.001 kWh): a negative total is sent as 0.</summary>
        [MethodImpl(Inlining.Aggressive)]
        internal static int EnergyToWire(int wattHours)
        {
            return wattHours < 0 ? 0 : wattHours;
        }

        /// <summary>Returns the size of the AD structure <see cref="TryEncode(BTHomeFrame, byte[], int, out int)"/> writes for <paramref name="value"/>.</summary>
        /// <param name="value">The frame.</param>
        /// <returns>5 to <see cref="MaximumSize"/> bytes.</returns>
        public static int EncodedSize(BTHomeFrame value)
        {
            int size = HeaderSize;
            size += Measurement.IsAvailable(value.PacketId) ? 2 : 0;
            size += Measurement.IsAvailable(value.StateOfChargeCentipercent) ? 2 : 0;
            size += Measurement.IsAvailable(value.TemperatureCentidegrees) ? 3 : 0;
            size += Measurement.IsAvailable(value.VoltageMillivolts) ? 3 : 0;
            size += HasEnergy(ref value) ? 10 : 0;
            size += Measurement.IsAvailable(value.PowerMilliwatts) ? 5 : 0;
            size += Measurement.IsAvailable(value.CurrentMilliamps) ? 3 : 0;
            return size;
        }

        /// <summary>
        /// Decodes a BTHome v2 AD structure (length byte first). Only the object ids CydShunt sends are understood;
        /// bytes after the structure's length are not part of it and are ignored.
        /// </summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the AD structure starts (its length byte).</param>
        /// <param name="count">Bytes available from <paramref name="offset"/>.</param>
        /// <param name="value">The frame; absent objects are <see cref="Measurement.NotAvailable"/>.</param>
        /// <param name="error">
        /// <see cref="ProtocolError.TooShort"/>, <see cref="ProtocolError.MalformedAdStructure"/> (the length byte claims more
        /// than <paramref name="count"/>), <see cref="ProtocolError.BadSignature"/> (not BTHome service data),
        /// <see cref="ProtocolError.BTHomeEncrypted"/>, <see cref="ProtocolError.BTHomeUnsupportedVersion"/>,
        /// <see cref="ProtocolError.BTHomeUnknownObject"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure.
        /// </param>
        /// <returns>Whether the structure could be decoded.</returns>
        public static bool TryDecode(byte[] source, int offset, int count, out BTHomeFrame value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            value = Unavailable();
            if (count < 2)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            // The structure's size against the count, not offset + size against offset + count: an offset near
            // int.MaxValue (a 2 GB array) must not wrap the sum past the check.
            int structureSize = source[offset] + 1;
            if (structureSize > count)
            {
                error = ProtocolError.MalformedAdStructure;
                return false;
            }

            int end = offset + structureSize;

            // Length 1 or 2: too short to carry type and UUID, so it cannot be told to be BTHome.
            if (end - offset < 4 || source[offset + 1] != AdTypes.ServiceData16 || LittleEndian.ReadUInt16(source, offset + 2) != BluetoothSig.BTHomeServiceData)
            {
                error = ProtocolError.BadSignature;
                return false;
            }

            if (end - offset < HeaderSize)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            // The version is checked first: an encryption bit means nothing in a version we do not know.
            int information = source[offset + 4];
            if ((information >> VersionShift) != 2)
            {
                error = ProtocolError.BTHomeUnsupportedVersion;
                return false;
            }

            if ((information & EncryptionBit) != 0)
            {
                error = ProtocolError.BTHomeEncrypted;
                return false;
            }

            // The MAC-included bit: the device's 6-byte MAC (reversed) sits between the device information and the objects.
            int o = offset + HeaderSize;
            if ((information & MacIncludedBit) != 0)
            {
                if (end - o < MacSize)
                {
                    error = ProtocolError.TooShort;
                    return false;
                }

                o += MacSize;
            }

            int seen = 0;
            while (o < end)
            {
                byte id = source[o];
                int size = ObjectSize(id);
                if (size < 0)
                {
                    error = ProtocolError.BTHomeUnknownObject;
                    return false;
                }

                if (o + 1 + size > end)
                {
                    error = ProtocolError.TooShort;
                    return false;
                }

                // A repeated object is ignored: the first occurrence wins. Energy is the exception: its first occurrence is
                // energy charged, its second energy discharged (bthome-ble's energy_1 and energy_2).
                int bit = 1 << ObjectIndex(id);
                if (id == ObjectEnergy && (seen & bit) != 0)
                {
                    bit = EnergyDischargedBit;
                }

                if ((seen & bit) == 0 && !ReadObject(id, bit == EnergyDischargedBit, source, o + 1, ref value))
                {
                    error = ProtocolError.ValueOutOfRange;
                    return false;
                }

                seen |= bit;
                o += 1 + size;
            }

            error = ProtocolError.None;
            return true;
        }

        /// <summary>Decodes a BTHome AD structure or throws <see cref="ProtocolException"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the AD structure starts.</param>
        /// <param name="count">Bytes available.</param>
        /// <returns>The frame.</returns>
        public static BTHomeFrame Decode(byte[] source, int offset, int count)
        {
            BTHomeFrame value;
            ProtocolError error;
            if (!TryDecode(source, offset, count, out value, out error))
            {
                throw new ProtocolException(error, "BTHome frame");
            }

            return value;
        }

        private static BTHomeFrame Unavailable()
        {
            BTHomeFrame frame = default(BTHomeFrame);
            frame.PacketId = Measurement.NotAvailable;
            frame.StateOfChargeCentipercent = Measurement.NotAvailable;
            frame.TemperatureCentidegrees = Measurement.NotAvailable;
            frame.VoltageMillivolts = Measurement.NotAvailable;
            frame.PowerMilliwatts = Measurement.NotAvailable;
            frame.CurrentMilliamps = Measurement.NotAvailable;
            frame.EnergyChargedWattHours = Measurement.NotAvailable;
            frame.EnergyDischargedWattHours = Measurement.NotAvailable;
            return frame;
        }

        // Size of an object's value; -1 for ids this library does not read.
        private static int ObjectSize(byte id)
        {
            switch (id)
            {
                case ObjectPacketId:
                case ObjectBattery:
                    return 1;
                case ObjectTemperature:
                case ObjectVoltage:
                case ObjectCurrent:
                    return 2;
                case ObjectPower:
                case ObjectEnergy:
                    return 4;
                default:
                    return -1;
            }
        }

        private static int ObjectIndex(byte id)
        {
            switch (id)
            {
                case ObjectPacketId: return 0;
                case ObjectBattery: return 1;
                case ObjectTemperature: return 2;
                case ObjectVoltage: return 3;
                case ObjectPower: return 4;
                case ObjectEnergy: return 6;
                default: return 5;
            }
        }

        private static bool ReadObject(byte id, bool secondEnergy, byte[] source, int o, ref BTHomeFrame value)
        {
            switch (id)
            {
                case ObjectEnergy:
                    // uint32 on the wire; above int.MaxValue Wh it does not fit the model (as the GATT energy scalars).
                    int energy = LittleEndian.ReadInt32(source, o);
                    if (energy < 0)
                    {
                        return false;
                    }

                    if (secondEnergy)
                    {
                        value.EnergyDischargedWattHours = energy;
                    }
                    else
                    {
                        value.EnergyChargedWattHours = energy;
                    }

                    return true;
                case ObjectPacketId:
                    value.PacketId = source[o];
                    return true;
                case ObjectBattery:
                    if (source[o] > 100)
                    {
                        return false;
                    }

                    value.StateOfChargeCentipercent = source[o] * BatteryScale;
                    return true;
                case ObjectTemperature:
                    value.TemperatureCentidegrees = LittleEndian.ReadInt16(source, o);
                    return true;
                case ObjectVoltage:
                    value.VoltageMillivolts = LittleEndian.ReadUInt16(source, o);
                    return true;
                case ObjectCurrent:
                    value.CurrentMilliamps = LittleEndian.ReadInt16(source, o);
                    return true;
                default:
                    int power = LittleEndian.ReadInt32(source, o);
                    if (power > PowerLimit || power < -PowerLimit)
                    {
                        return false;
                    }

                    value.PowerMilliwatts = power * PowerScale;
                    return true;
            }
        }
    }
}
