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

        /// <summary>Decodes a BTHome frame from the whole of <paramref name="source"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="value">The BTHome frame, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static bool TryDecode(byte[] source, out BTHomeFrame value, out ProtocolError error)
        {
            Guard.NotNull(source, "source");
            return TryDecodeCore(new WireReader(source, 0, source.Length), out value, out error, out _);
        }

        /// <summary>Decodes a BTHome frame from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/>.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <param name="value">The BTHome frame, or its default on failure.</param>
        /// <param name="error">What was wrong on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the bytes could be decoded.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static bool TryDecode(byte[] source, int offset, int count, out BTHomeFrame value, out ProtocolError error)
        {
            Guard.Range(source, offset, count, "source");
            return TryDecodeCore(new WireReader(source, offset, count), out value, out error, out _);
        }

        /// <summary>Decodes a BTHome frame from the whole of <paramref name="source"/> or throws.</summary>
        /// <param name="source">The bytes.</param>
        /// <returns>The BTHome frame.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid BTHome frame.</exception>
        /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
        public static BTHomeFrame Decode(byte[] source)
        {
            Guard.NotNull(source, "source");
            return DecodeCore(new WireReader(source, 0, source.Length));
        }

        /// <summary>Decodes a BTHome frame from <paramref name="count"/> bytes of <paramref name="source"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes there are.</param>
        /// <returns>The BTHome frame.</returns>
        /// <exception cref="ProtocolException">The bytes are not a valid BTHome frame.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or a window outside it.</exception>
        public static BTHomeFrame Decode(byte[] source, int offset, int count)
        {
            Guard.Range(source, offset, count, "source");
            return DecodeCore(new WireReader(source, offset, count));
        }

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/> at <paramref name="offset"/>.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <param name="bytesWritten">The bytes written on success, else 0.</param>
        /// <param name="error"><see cref="ProtocolError.DestinationTooSmall"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure, else <see cref="ProtocolError.None"/>.</param>
        /// <returns>Whether the value was written.</returns>
        /// <exception cref="System.ArgumentException">A null buffer, or an offset outside it.</exception>
        public static bool TryEncode(BTHomeFrame value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
        {
            Guard.Offset(destination, offset, "destination");
            return TryEncodeCore(value, new WireWriter(destination, offset, destination.Length - offset), out bytesWritten, out error);
        }

        /// <summary>Encodes <paramref name="value"/> into <paramref name="destination"/> at <paramref name="offset"/> or throws.</summary>
        /// <param name="value">The value.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to start writing.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="ProtocolException">The destination is too small, or the value cannot be encoded.</exception>
        /// <exception cref="System.ArgumentException">A null buffer, or an offset outside it.</exception>
        public static int Encode(BTHomeFrame value, byte[] destination, int offset)
        {
            Guard.Offset(destination, offset, "destination");
            return EncodeCore(value, new WireWriter(destination, offset, destination.Length - offset));
        }

        /// <summary>The encoder of the layout (byte[] and Span overloads); unavailable quantities are left out.</summary>
        internal static bool TryEncodeCore(BTHomeFrame value, WireWriter destination, out int bytesWritten, out ProtocolError error)
        {
            int size = SizeOf(ref value);
            if (destination.Length < size)
            {
                bytesWritten = 0;
                error = ProtocolError.DestinationTooSmall;
                return false;
            }

            Write(ref value, size, destination);
            bytesWritten = size;
            error = ProtocolError.None;
            return true;
        }

        /// <summary>
        /// Writes the AD structure of <paramref name="value"/>, whose <see cref="EncodedSize"/> is <paramref name="size"/>,
        /// at the start of <paramref name="destination"/>; the caller has checked the room. The one writer of the layout (the
        /// encoders and the advertising builder write through it). Objects are only written when
        /// available, in ascending id order.
        /// </summary>
        internal static void Write(ref BTHomeFrame value, int size, WireWriter destination)
        {
            int battery;
            int temperature;
            int voltage;
            int power;
            int current;
            ToWire(ref value, out battery, out temperature, out voltage, out power, out current);
            destination[0] = (byte)(size - 1);
            destination[1] = AdType.ServiceData16;
            destination.WriteUInt16(2, BluetoothSig.BTHomeServiceData);
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
                destination.WriteUInt16(o + 1, temperature);
                o += 3;
            }

            if (Measurement.IsAvailable(value.VoltageMillivolts))
            {
                destination[o] = ObjectVoltage;
                destination.WriteUInt16(o + 1, voltage);
                o += 3;
            }

            if (HasEnergy(ref value))
            {
                destination[o] = ObjectEnergy;
                destination.WriteInt32(o + 1, EnergyToWire(value.EnergyChargedWattHours));
                destination[o + 5] = ObjectEnergy;
                destination.WriteInt32(o + 6, EnergyToWire(value.EnergyDischargedWattHours));
                o += 10;
            }

            if (Measurement.IsAvailable(value.PowerMilliwatts))
            {
                destination[o] = ObjectPower;
                destination.WriteInt32(o + 1, power);
                o += 5;
            }

            if (Measurement.IsAvailable(value.CurrentMilliamps))
            {
                destination[o] = ObjectCurrent;
                destination.WriteUInt16(o + 1, current);
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

        /// <summary>Returns the size of the AD structure <c>TryEncode</c> writes for <paramref name="value"/>.</summary>
        /// <param name="value">The frame.</param>
        /// <returns>5 to <see cref="MaximumSize"/> bytes.</returns>
        public static int EncodedSize(BTHomeFrame value)
        {
            return SizeOf(ref value);
        }

        /// <summary>The size of <paramref name="value"/>'s AD structure, read in place (no copy of the frame).</summary>
        internal static int SizeOf(ref BTHomeFrame value)
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
        /// <param name="source">The bytes, the AD structure's length byte first.</param>
        /// <param name="value">The frame; absent objects are <see cref="Measurement.NotAvailable"/>.</param>
        /// <param name="error">
        /// <see cref="ProtocolError.TooShort"/>, <see cref="ProtocolError.MalformedAdStructure"/> (the length byte claims more
        /// than there are), <see cref="ProtocolError.BadSignature"/> (not BTHome service data),
        /// <see cref="ProtocolError.BTHomeEncrypted"/>, <see cref="ProtocolError.BTHomeUnsupportedVersion"/>,
        /// <see cref="ProtocolError.BTHomeUnknownObject"/> or <see cref="ProtocolError.ValueOutOfRange"/> on failure.
        /// </param>
        /// <param name="errorOffset">
        /// On failure, where in <paramref name="source"/> the problem sits: the failing object's id byte, the device-information
        /// byte for a version or encryption error, else 0 (the structure itself); −1 on success.
        /// </param>
        /// <returns>Whether the structure could be decoded.</returns>
        internal static bool TryDecodeCore(WireReader source, out BTHomeFrame value, out ProtocolError error, out int errorOffset)
        {
            int count = source.Length;
            errorOffset = 0;
            value = Unavailable();
            if (count < 2)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            int structureSize = source[0] + 1;
            if (structureSize > count)
            {
                error = ProtocolError.MalformedAdStructure;
                return false;
            }

            int end = structureSize;

            // Length 1 or 2: too short to carry type and UUID, so it cannot be told to be BTHome.
            if (end < 4 || source[1] != AdType.ServiceData16 || source.ReadUInt16(2) != BluetoothSig.BTHomeServiceData)
            {
                error = ProtocolError.BadSignature;
                return false;
            }

            if (end < HeaderSize)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            // The version is checked first: an encryption bit means nothing in a version we do not know.
            int information = source[4];
            errorOffset = 4;
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
            int o = HeaderSize;
            errorOffset = o;
            if ((information & MacIncludedBit) != 0)
            {
                if (end - o < MacSize)
                {
                    error = ProtocolError.TooShort;
                    return false;
                }

                o += MacSize;
            }

            ObjectValues objects = new ObjectValues();
            objects.SetUnavailable();
            int seen = 0;
            while (o < end)
            {
                errorOffset = o;
                byte id = source[o];
                int size = ObjectSize(id);
                if (size < 0)
                {
                    value = objects.ToFrame();
                    error = ProtocolError.BTHomeUnknownObject;
                    return false;
                }

                if (o + 1 + size > end)
                {
                    value = objects.ToFrame();
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

                if ((seen & bit) == 0 && !ReadObject(id, bit == EnergyDischargedBit, source, o + 1, ref objects))
                {
                    value = objects.ToFrame();
                    error = ProtocolError.ValueOutOfRange;
                    return false;
                }

                seen |= bit;
                o += 1 + size;
            }

            value = objects.ToFrame();
            errorOffset = -1;
            error = ProtocolError.None;
            return true;
        }

        private static BTHomeFrame Unavailable()
        {
            int n = Measurement.NotAvailable;
            return new BTHomeFrame(n, n, n, n, n, n, n, n);
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

        private static bool ReadObject(byte id, bool secondEnergy, WireReader source, int o, ref ObjectValues value)
        {
            switch (id)
            {
                case ObjectEnergy:
                    // uint32 on the wire; above int.MaxValue Wh it does not fit the model (as the GATT energy scalars).
                    int energy = source.ReadInt32(o);
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
                    value.TemperatureCentidegrees = source.ReadInt16(o);
                    return true;
                case ObjectVoltage:
                    value.VoltageMillivolts = source.ReadUInt16(o);
                    return true;
                case ObjectCurrent:
                    value.CurrentMilliamps = source.ReadInt16(o);
                    return true;
                default:
                    int power = source.ReadInt32(o);
                    if (power > PowerLimit || power < -PowerLimit)
                    {
                        return false;
                    }

                    value.PowerMilliwatts = power * PowerScale;
                    return true;
            }
        }

        // The objects decoded so far (BTHomeFrame is read-only): every quantity starts unavailable.
        private struct ObjectValues
        {
            public int PacketId;
            public int StateOfChargeCentipercent;
            public int TemperatureCentidegrees;
            public int VoltageMillivolts;
            public int PowerMilliwatts;
            public int CurrentMilliamps;
            public int EnergyChargedWattHours;
            public int EnergyDischargedWattHours;

            public void SetUnavailable()
            {
                PacketId = StateOfChargeCentipercent = TemperatureCentidegrees = VoltageMillivolts = Measurement.NotAvailable;
                PowerMilliwatts = CurrentMilliamps = EnergyChargedWattHours = EnergyDischargedWattHours = Measurement.NotAvailable;
            }

            public BTHomeFrame ToFrame()
            {
                return new BTHomeFrame(PacketId, StateOfChargeCentipercent, TemperatureCentidegrees, VoltageMillivolts, PowerMilliwatts, CurrentMilliamps, EnergyChargedWattHours, EnergyDischargedWattHours);
            }
        }

        internal static BTHomeFrame DecodeCore(WireReader source)
        {
            BTHomeFrame value;
            ProtocolError error;
            int errorOffset;
            if (!TryDecodeCore(source, out value, out error, out errorOffset))
            {
                throw new ProtocolException(error, "BTHome frame", errorOffset);
            }

            return value;
        }

        internal static int EncodeCore(BTHomeFrame value, WireWriter destination)
        {
            int bytesWritten;
            ProtocolError error;
            if (!TryEncodeCore(value, destination, out bytesWritten, out error))
            {
                throw new ProtocolException(error, "BTHome frame");
            }

            return bytesWritten;
        }
    }
}
