using System;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// CydShunt's own 128-bit UUIDs (spec/gatt.md, "UUIDs"): the random base 7E25xxxx-D6CC-46BD-BCB7-7BDB54ED808C
    /// with a 16-bit short id in place of xxxx.
    /// </summary>
    public static partial class CydShuntUuids
    {
        /// <summary>Short id of the telemetry service.</summary>
        public const ushort ServiceShortId = 0x0001;

        /// <summary>Size of a 128-bit UUID on the air.</summary>
        public const int Size = 16;

        // The base UUID's bytes in air order (least significant first), with the short id at indices 12 and 13.
        private static readonly byte[] s_baseAirOrder = new byte[]
        {
            0x8C, 0x80, 0xED, 0x54, 0xDB, 0x7B, 0xB7, 0xBC, 0xBD, 0x46, 0xCC, 0xD6, 0x00, 0x00, 0x25, 0x7E,
        };

        /// <summary>The telemetry service, 7E250001-D6CC-46BD-BCB7-7BDB54ED808C.</summary>
        public static readonly Guid Service = FromShortId(ServiceShortId);

        // The characteristic UUIDs are computed on each read rather than stored: a static Guid stays on nanoFramework's
        // heap for as long as the device runs (these thirteen: 1.8 KB on the interpreter's host build).

        /// <summary>Battery voltage characteristic (short id 0x0101); the same as <see cref="CydShuntGatt.Voltage"/>'s <c>Uuid</c>.</summary>
        public static Guid Voltage { get { return FromShortId(0x0101); } }

        /// <summary>Battery current characteristic (short id 0x0102); the same as <see cref="CydShuntGatt.Current"/>'s <c>Uuid</c>.</summary>
        public static Guid Current { get { return FromShortId(0x0102); } }

        /// <summary>Battery power characteristic (short id 0x0103); the same as <see cref="CydShuntGatt.Power"/>'s <c>Uuid</c>.</summary>
        public static Guid Power { get { return FromShortId(0x0103); } }

        /// <summary>Consumed charge characteristic (short id 0x0104); the same as <see cref="CydShuntGatt.ConsumedCharge"/>'s <c>Uuid</c>.</summary>
        public static Guid ConsumedCharge { get { return FromShortId(0x0104); } }

        /// <summary>Energy charged characteristic (short id 0x0105); the same as <see cref="CydShuntGatt.EnergyCharged"/>'s <c>Uuid</c>.</summary>
        public static Guid EnergyCharged { get { return FromShortId(0x0105); } }

        /// <summary>Energy discharged characteristic (short id 0x0106); the same as <see cref="CydShuntGatt.EnergyDischarged"/>'s <c>Uuid</c>.</summary>
        public static Guid EnergyDischarged { get { return FromShortId(0x0106); } }

        /// <summary>State of charge characteristic (short id 0x0107); the same as <see cref="CydShuntGatt.StateOfCharge"/>'s <c>Uuid</c>.</summary>
        public static Guid StateOfCharge { get { return FromShortId(0x0107); } }

        /// <summary>Battery temperature characteristic (short id 0x0108); the same as <see cref="CydShuntGatt.Temperature"/>'s <c>Uuid</c>.</summary>
        public static Guid Temperature { get { return FromShortId(0x0108); } }

        /// <summary>Time to go characteristic (short id 0x0109); the same as <see cref="CydShuntGatt.TimeToGo"/>'s <c>Uuid</c>.</summary>
        public static Guid TimeToGo { get { return FromShortId(0x0109); } }

        /// <summary>Alarms characteristic (short id 0x010A); the same as <see cref="CydShuntGatt.Alarms"/>'s <c>Uuid</c>.</summary>
        public static Guid Alarms { get { return FromShortId(0x010A); } }

        /// <summary>Live snapshot characteristic (short id 0x010B); the same as <see cref="CydShuntGatt.LiveSnapshot"/>'s <c>Uuid</c>.</summary>
        public static Guid LiveSnapshot { get { return FromShortId(0x010B); } }

        /// <summary>Device info characteristic (short id 0x010C); the same as <see cref="CydShuntGatt.DeviceInfo"/>'s <c>Uuid</c>.</summary>
        public static Guid DeviceInfo { get { return FromShortId(0x010C); } }

        /// <summary>Control point characteristic (short id 0x010D); the same as <see cref="CydShuntGatt.ControlPoint"/>'s <c>Uuid</c>.</summary>
        public static Guid ControlPoint { get { return FromShortId(0x010D); } }

        /// <summary>Builds the full UUID for a short id.</summary>
        /// <param name="shortId">The 16-bit short id, e.g. 0x0101 for the voltage characteristic.</param>
        /// <returns>7E25xxxx-D6CC-46BD-BCB7-7BDB54ED808C with xxxx = <paramref name="shortId"/>.</returns>
        public static Guid FromShortId(ushort shortId)
        {
            return new Guid(0x7E250000 | shortId, unchecked((short)0xD6CC), 0x46BD, 0xBC, 0xB7, 0x7B, 0xDB, 0x54, 0xED, 0x80, 0x8C);
        }

        /// <summary>Writes the 16 bytes of the UUID with <paramref name="shortId"/> in air order (least significant byte first).</summary>
        /// <param name="shortId">The short id.</param>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten"><see cref="Size"/> on success, else 0.</param>
        /// <returns><see langword="false"/> when fewer than <see cref="Size"/> bytes are left.</returns>
        /// <exception cref="ArgumentException">A null buffer, or an offset outside it.</exception>
        public static bool TryWriteAirOrder(ushort shortId, byte[] destination, int offset, out int bytesWritten)
        {
            Guard.Offset(destination, offset, "destination");
            return TryWriteAirOrderCore(shortId, new WireWriter(destination, offset, destination.Length - offset), out bytesWritten);
        }

        /// <summary>Reads 16 bytes in air order at <paramref name="offset"/> and returns the short id when they are a CydShunt UUID.</summary>
        /// <param name="source">The buffer.</param>
        /// <param name="offset">Where the UUID starts.</param>
        /// <param name="shortId">The short id, or 0 when the bytes are not a CydShunt UUID.</param>
        /// <returns>Whether the 16 bytes are there and are a CydShunt UUID.</returns>
        /// <exception cref="ArgumentException">A null buffer, or an offset outside it.</exception>
        public static bool TryReadAirOrder(byte[] source, int offset, out ushort shortId)
        {
            Guard.Offset(source, offset, "source");
            return TryReadAirOrderCore(new WireReader(source, offset, source.Length - offset), out shortId);
        }

        internal static bool TryWriteAirOrderCore(ushort shortId, WireWriter destination, out int bytesWritten)
        {
            if (destination.Length < Size)
            {
                bytesWritten = 0;
                return false;
            }

            destination.CopyFrom(s_baseAirOrder, 0, Size, 0);
            destination[12] = (byte)shortId;
            destination[13] = (byte)(shortId >> 8);
            bytesWritten = Size;
            return true;
        }

        internal static bool TryReadAirOrderCore(WireReader source, out ushort shortId)
        {
            shortId = 0;
            if (source.Length < Size)
            {
                return false;
            }

            for (int i = 0; i < Size; i++)
            {
                if (i != 12 && i != 13 && source[i] != s_baseAirOrder[i])
                {
                    return false;
                }
            }

            shortId = (ushort)source.ReadUInt16(12);
            return true;
        }
    }
}
