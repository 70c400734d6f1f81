using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CydShunt.Protocol;

namespace CydShunt.Benchmarks.Baselines;

/// <summary>
/// Baseline (b): the straightforward code a client author writes without the library, in the idioms most samples
/// use: <see cref="BitConverter"/>, a new array per value, <see cref="List{T}"/> builders, LINQ over AD structures,
/// <see cref="Encoding.UTF8"/>. It is correct for the inputs benchmarked (checked by <see cref="SelfCheck"/>) and
/// performs the same range checks, but it is not written for speed or for allocation. Results are returned in the
/// library's types so that they can be compared.
/// </summary>
internal static class Naive
{
    private const int NA = int.MinValue;

    private static readonly Guid ServiceUuid = new("7E250001-D6CC-46BD-BCB7-7BDB54ED808C");

    // Sign-extends a 24-bit little-endian field through a temporary 4-byte array.
    private static int ReadInt24(byte[] data, int offset)
    {
        byte[] four = new byte[4];
        Array.Copy(data, offset, four, 0, 3);
        four[3] = (data[offset + 2] & 0x80) != 0 ? (byte)0xFF : (byte)0x00;
        return BitConverter.ToInt32(four, 0);
    }

    private static int ReadUInt24(byte[] data, int offset)
    {
        byte[] four = new byte[4];
        Array.Copy(data, offset, four, 0, 3);
        return BitConverter.ToInt32(four, 0);
    }

    private static int? Nullable(int raw, int notAvailable) => raw == notAvailable ? null : raw;

    private static int Round(int value, int scale) => (int)Math.Round(value / (double)scale, MidpointRounding.AwayFromZero);

    private static int Wire(int? value, int scale, int min, int max, int notAvailable)
        => value.HasValue ? Math.Clamp(scale == 1 ? value.Value : Round(value.Value, scale), min, max) : notAvailable;

    private static int? FromModel(int value) => value == NA ? null : value;

    // ---- scalar characteristics: one byte[] per value, as a GATT read returns it -------------------------------

    public static byte[] EncodeUInt32(int value) => BitConverter.GetBytes(value == NA ? uint.MaxValue : (uint)Math.Max(value, 0));

    public static byte[] EncodeInt32(int value) => BitConverter.GetBytes(value);

    public static byte[] EncodeUInt16(int value, int max) => BitConverter.GetBytes((ushort)Wire(FromModel(value), 1, 0, max, 0xFFFF));

    public static byte[] EncodeInt16(int value) => BitConverter.GetBytes((short)Wire(FromModel(value), 1, -32767, 32767, -32768));

    public static byte[] EncodeBatteryLevel(int value) => new[] { (byte)Math.Clamp(value, 0, 100) };

    public static int DecodeUInt32(byte[] data)
    {
        if (data.Length < 4)
        {
            throw new ArgumentException("too short");
        }

        uint raw = BitConverter.ToUInt32(data.Take(4).ToArray(), 0);
        return raw == uint.MaxValue ? NA : raw > int.MaxValue ? throw new ArgumentException("out of range") : (int)raw;
    }

    public static int DecodeInt32(byte[] data)
        => data.Length < 4 ? throw new ArgumentException("too short") : BitConverter.ToInt32(data.Take(4).ToArray(), 0);

    public static int DecodeUInt16(byte[] data, int max)
    {
        if (data.Length < 2)
        {
            throw new ArgumentException("too short");
        }

        int raw = BitConverter.ToUInt16(data.Take(2).ToArray(), 0);
        return raw == 0xFFFF ? NA : raw > max ? throw new ArgumentException("out of range") : raw;
    }

    public static int DecodeInt16(byte[] data)
    {
        if (data.Length < 2)
        {
            throw new ArgumentException("too short");
        }

        int raw = BitConverter.ToInt16(data.Take(2).ToArray(), 0);
        return raw == short.MinValue ? NA : raw;
    }

    public static int DecodeBatteryLevel(byte[] data)
        => data.Length < 1 ? throw new ArgumentException("too short") : data[0] > 100 ? throw new ArgumentException("out of range") : data[0];

    // ---- alarms, device info --------------------------------------------------------------------------------------

    public static byte[] EncodeAlarms(AlarmStatus value)
    {
        var bytes = new List<byte> { (byte)((int)value.Status & 0x1F) };
        bytes.AddRange(BitConverter.GetBytes((ushort)((int)value.Alarms & 0x1F)));
        return bytes.ToArray();
    }

    public static AlarmStatus DecodeAlarms(byte[] data)
    {
        if (data.Length < 3)
        {
            throw new ArgumentException("too short");
        }

        return new AlarmStatus(status: (StatusFlags)data[0], alarms: (AlarmFlags)BitConverter.ToUInt16(data.Skip(1).Take(2).ToArray(), 0));
    }

    public static byte[] EncodeDeviceInfo(DeviceInfo value)
    {
        var bytes = new List<byte>
        {
            value.ProtocolVersion, value.FirmwareMajor, value.FirmwareMinor, value.FirmwarePatch,
            (byte)value.SensorType, (byte)((int)value.Features & 0x07),
        };
        bytes.AddRange(BitConverter.GetBytes((ushort)Wire(FromModel(value.CapacityAmpHours), 1, 1, 0xFFFE, 0xFFFF)));
        bytes.Add(value.NominalVoltage);
        return bytes.ToArray();
    }

    public static DeviceInfo DecodeDeviceInfo(byte[] data)
    {
        if (data.Length < 9)
        {
            throw new ArgumentException("too short");
        }

        int capacity = BitConverter.ToUInt16(data.Skip(6).Take(2).ToArray(), 0);
        if (data[0] == 0 || capacity == 0)
        {
            throw new ArgumentException("out of range");
        }

        return new DeviceInfo(
            protocolVersion: data[0],
            firmwareMajor: data[1],
            firmwareMinor: data[2],
            firmwarePatch: data[3],
            sensorType: (SensorType)data[4],
            features: (DeviceFeatures)data[5],
            capacityAmpHours: Nullable(capacity, 0xFFFF) ?? NA,
            nominalVoltage: data[8]);
    }

    // ---- live snapshot ------------------------------------------------------------------------------------------

    public static byte[] EncodeSnapshot(LiveSnapshot value)
    {
        var bytes = new List<byte>(20) { value.Sequence, (byte)((int)value.Status & 0x1F) };
        bytes.AddRange(BitConverter.GetBytes(Wire(FromModel(value.VoltageMillivolts), 1, 0, 0xFFFFFE, 0xFFFFFF)).Take(3));
        bytes.AddRange(BitConverter.GetBytes(Wire(FromModel(value.CurrentMilliamps), 1, -8388607, 8388607, -8388608)).Take(3));
        bytes.AddRange(BitConverter.GetBytes(Wire(FromModel(value.PowerMilliwatts), 100, -8388607, 8388607, -8388608)).Take(3));
        bytes.AddRange(BitConverter.GetBytes((ushort)Wire(FromModel(value.StateOfChargeCentipercent), 1, 0, 10000, 0xFFFF)));
        bytes.AddRange(BitConverter.GetBytes((short)Wire(FromModel(value.TemperatureCentidegrees), 1, -32767, 32767, -32768)));
        bytes.AddRange(BitConverter.GetBytes((ushort)Wire(FromModel(value.TimeToGoMinutes), 1, 0, 0xFFFE, 0xFFFF)));
        bytes.AddRange(BitConverter.GetBytes(Wire(FromModel(value.ConsumedMilliampHours), 10, -8388607, 8388607, -8388608)).Take(3));
        return bytes.ToArray();
    }

    public static LiveSnapshot DecodeSnapshot(byte[] data)
    {
        if (data.Length < 20)
        {
            throw new ArgumentException("too short");
        }

        int soc = BitConverter.ToUInt16(data, 11);
        if (soc > 10000 && soc != 0xFFFF)
        {
            throw new ArgumentException("state of charge out of range");
        }

        return new LiveSnapshot(
            sequence: data[0],
            status: (StatusFlags)data[1],
            voltageMillivolts: Nullable(ReadUInt24(data, 2), 0xFFFFFF) ?? NA,
            currentMilliamps: Nullable(ReadInt24(data, 5), -8388608) ?? NA,
            powerMilliwatts: Nullable(ReadInt24(data, 8), -8388608) * 100 ?? NA,
            stateOfChargeCentipercent: Nullable(soc, 0xFFFF) ?? NA,
            temperatureCentidegrees: Nullable(BitConverter.ToInt16(data, 13), short.MinValue) ?? NA,
            timeToGoMinutes: Nullable(BitConverter.ToUInt16(data, 15), 0xFFFF) ?? NA,
            consumedMilliampHours: Nullable(ReadInt24(data, 17), -8388608) * 10 ?? NA);
    }

    // ---- control point ------------------------------------------------------------------------------------------

    public static ControlPointRequest DecodeRequest(byte[] data)
    {
        if (data.Length < 1)
        {
            throw new ArgumentException("empty write");
        }

        var opcode = (ControlPointOpcode)data[0];
        if (!Enum.IsDefined(opcode) || opcode is ControlPointOpcode.None or ControlPointOpcode.Response)
        {
            throw new ArgumentException("unknown opcode");
        }

        if (opcode is ControlPointOpcode.ResetEnergyCounters or ControlPointOpcode.SynchroniseStateOfCharge)
        {
            return new ControlPointRequest(opcode, NA);
        }

        if (data.Length < 3)
        {
            throw new ArgumentException("too short");
        }

        int parameter = BitConverter.ToUInt16(data.Skip(1).Take(2).ToArray(), 0);
        (int min, int max) = opcode == ControlPointOpcode.SetBatteryCapacity ? (1, 0xFFFE) : (200, 10000);
        if (parameter < min || parameter > max)
        {
            throw new ArgumentException("parameter out of range");
        }

        return new ControlPointRequest(opcode, parameter);
    }

    public static byte[] EncodeResponse(ControlPointResponse value)
        => new[] { (byte)ControlPointOpcode.Response, (byte)value.RequestOpcode, (byte)value.Result };

    // ---- advertising --------------------------------------------------------------------------------------------

    private static byte[] Ad(byte type, IEnumerable<byte> data)
    {
        byte[] payload = data.ToArray();
        return new[] { (byte)(payload.Length + 1), type }.Concat(payload).ToArray();
    }

    private static byte[] GlanceAd(ushort companyId, LiveSnapshot s)
    {
        var payload = new List<byte>();
        payload.AddRange(BitConverter.GetBytes(companyId));
        payload.AddRange(Encoding.ASCII.GetBytes("CS"));
        payload.Add(1);
        payload.Add(s.Sequence);
        payload.Add((byte)((int)s.Status & 0x1F));
        payload.AddRange(BitConverter.GetBytes((ushort)Wire(FromModel(s.VoltageMillivolts), 10, 0, 0xFFFE, 0xFFFF)));
        payload.AddRange(BitConverter.GetBytes(Wire(FromModel(s.CurrentMilliamps), 1, -8388607, 8388607, -8388608)).Take(3));
        payload.AddRange(BitConverter.GetBytes((ushort)Wire(FromModel(s.StateOfChargeCentipercent), 1, 0, 10000, 0xFFFF)));
        payload.AddRange(BitConverter.GetBytes((ushort)Wire(FromModel(s.TimeToGoMinutes), 1, 0, 0xFFFE, 0xFFFF)));
        return Ad(0xFF, payload);
    }

    private static byte[] NameAd(string name)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(name);
        if (utf8.Length <= 11)
        {
            return Ad(0x09, utf8);
        }

        int cut = 11;
        while (cut > 0 && (utf8[cut] & 0xC0) == 0x80)
        {
            cut--;
        }

        return Ad(0x08, utf8.Take(cut));
    }

    private static byte[] BTHomeAd(LiveSnapshot s)
    {
        var service = new List<byte>();
        service.AddRange(BitConverter.GetBytes((ushort)0xFCD2));
        service.Add(0x40);
        service.AddRange(new byte[] { 0x00, s.Sequence });
        if (FromModel(s.StateOfChargeCentipercent) is int soc)
        {
            service.AddRange(new byte[] { 0x01, (byte)Wire(soc, 100, 0, 100, 0) });
        }

        if (FromModel(s.TemperatureCentidegrees) is int temperature)
        {
            service.Add(0x02);
            service.AddRange(BitConverter.GetBytes((short)Math.Clamp(temperature, -32767, 32767)));
        }

        if (FromModel(s.VoltageMillivolts) is int voltage)
        {
            service.Add(0x0C);
            service.AddRange(BitConverter.GetBytes((ushort)Math.Clamp(voltage, 0, 0xFFFF)));
        }

        if (FromModel(s.PowerMilliwatts) is int power)
        {
            service.Add(0x5C);
            service.AddRange(BitConverter.GetBytes(Wire(power, 10, -(int.MaxValue / 10), int.MaxValue / 10, 0)));
        }

        if (FromModel(s.CurrentMilliamps) is int current)
        {
            service.Add(0x5D);
            service.AddRange(BitConverter.GetBytes((short)Math.Clamp(current, -32767, 32767)));
        }

        return Ad(0x16, service);
    }

    /// <summary>The ordered AD structures: Flags, UUID list or BTHome frame, name, glance frame (manufacturer data last).</summary>
    public static List<byte[]> Structures(bool bthomeFormat, ushort companyId, LiveSnapshot s, string name) =>
    [
        Ad(0x01, new byte[] { 0x06 }),
        bthomeFormat ? BTHomeAd(s) : Ad(0x07, ServiceUuid.ToByteArray(bigEndian: true).Reverse()),
        NameAd(name),
        GlanceAd(companyId, s),
    ];

    /// <summary>Both packets: first fit of the ordered structures into 31 bytes of advertising data, the rest into the scan response.</summary>
    public static (byte[] Advertising, byte[] ScanResponse) Build(bool bthomeFormat, ushort companyId, LiveSnapshot s, string name)
    {
        var advertising = new List<byte>();
        var scanResponse = new List<byte>();
        foreach (byte[] structure in Structures(bthomeFormat, companyId, s, name))
        {
            (advertising.Count + structure.Length <= 31 ? advertising : scanResponse).AddRange(structure);
        }

        return (advertising.ToArray(), scanResponse.ToArray());
    }

    // ---- scan records -------------------------------------------------------------------------------------------

    private sealed record AdStructure(int Offset, byte Type, byte[] Data);

    public static bool TryParseScanRecord(byte[] record, out ScanRecord result)
    {
        result = default;
        var structures = new List<AdStructure>();
        int i = 0;
        while (i < record.Length)
        {
            int length = record[i];
            if (length == 0)
            {
                i++;
                continue;
            }

            if (i + 1 + length > record.Length)
            {
                return false;
            }

            structures.Add(new AdStructure(i, record[i + 1], record.Skip(i + 2).Take(length - 1).ToArray()));
            i += 1 + length;
        }

        bool hasGlance = false, hasBTHome = false;
        GlanceFrame glanceFrame = default;
        BTHomeFrame bthomeFrame = default;
        AdStructure? glance = structures.FirstOrDefault(s => s.Type == 0xFF && s.Data.Length >= 5 && s.Data[2] == 'C' && s.Data[3] == 'S');
        if (glance != null && glance.Data[4] == 1 && glance.Data.Length >= 16)
        {
            byte[] d = glance.Data;
            int soc = BitConverter.ToUInt16(d, 12);
            if (soc <= 10000 || soc == 0xFFFF)
            {
                hasGlance = true;
                glanceFrame = new GlanceFrame(
                    companyId: BitConverter.ToUInt16(d, 0),
                    sequence: d[5],
                    status: (StatusFlags)d[6],
                    voltageMillivolts: Nullable(BitConverter.ToUInt16(d, 7), 0xFFFF) * 10 ?? NA,
                    currentMilliamps: Nullable(ReadInt24(d, 9), -8388608) ?? NA,
                    stateOfChargeCentipercent: Nullable(soc, 0xFFFF) ?? NA,
                    timeToGoMinutes: Nullable(BitConverter.ToUInt16(d, 14), 0xFFFF) ?? NA);
            }
        }

        AdStructure? bthome = structures.FirstOrDefault(s => s.Type == 0x16 && s.Data.Length >= 2 && BitConverter.ToUInt16(s.Data, 0) == 0xFCD2);
        if (bthome != null && bthome.Data.Length >= 3 && bthome.Data[2] == 0x40)
        {
            hasBTHome = TryDecodeBTHomeObjects(bthome.Data.Skip(3).ToArray(), out bthomeFrame);
        }

        AdStructure? name = structures.FirstOrDefault(s => s.Type is 0x08 or 0x09 && s.Data.Length > 0); // the first non-empty name counts

        byte[] serviceUuid = ServiceUuid.ToByteArray(bigEndian: true).Reverse().ToArray();
        bool hasServiceUuid = structures
            .Where(s => s.Type is 0x06 or 0x07)
            .SelectMany(s => s.Data.Chunk(16))
            .Any(uuid => uuid.SequenceEqual(serviceUuid));

        result = new ScanRecord(
            hasGlance, glanceFrame, ProtocolError.None, -1,
            hasBTHome, bthomeFrame, ProtocolError.None, -1,
            hasServiceUuid,
            record, name?.Offset + 2 ?? -1, name?.Data.Length ?? 0, name?.Type == 0x09,
            -1);
        return hasGlance || hasBTHome;
    }

    private static bool TryDecodeBTHomeObjects(byte[] objects, out BTHomeFrame frame)
    {
        var values = new Dictionary<byte, int>();
        var energy = new List<int>();
        int i = 0;
        while (i < objects.Length)
        {
            byte id = objects[i];
            int size = id switch { 0x00 or 0x01 => 1, 0x02 or 0x0C or 0x5D => 2, 0x5C or 0x4D => 4, _ => -1 };
            if (size < 0 || i + 1 + size > objects.Length)
            {
                frame = default;
                return false;
            }

            byte[] value = objects.Skip(i + 1).Take(size).ToArray();
            int number = id switch
            {
                0x00 or 0x01 => value[0],
                0x02 or 0x5D => BitConverter.ToInt16(value, 0),
                0x0C => BitConverter.ToUInt16(value, 0),
                _ => BitConverter.ToInt32(value, 0),
            };
            if (id == 0x4D)
            {
                energy.Add(number); // energy charged, then energy discharged
            }
            else
            {
                values.TryAdd(id, number);
            }

            i += 1 + size;
        }

        if ((values.TryGetValue(0x01, out int battery) && battery > 100)
            || (values.TryGetValue(0x5C, out int power) && Math.Abs((long)power) > int.MaxValue / 10)
            || energy.Take(2).Any(e => e < 0))
        {
            frame = default;
            return false;
        }

        frame = new BTHomeFrame(
            packetId: values.TryGetValue(0x00, out int packetId) ? packetId : NA,
            stateOfChargeCentipercent: values.TryGetValue(0x01, out battery) ? battery * 100 : NA,
            temperatureCentidegrees: values.TryGetValue(0x02, out int temperature) ? temperature : NA,
            voltageMillivolts: values.TryGetValue(0x0C, out int voltage) ? voltage : NA,
            powerMilliwatts: values.TryGetValue(0x5C, out power) ? power * 10 : NA,
            currentMilliamps: values.TryGetValue(0x5D, out int current) ? current : NA,
            energyChargedWattHours: energy.Count > 0 ? energy[0] : NA,
            energyDischargedWattHours: energy.Count > 1 ? energy[1] : NA);
        return true;
    }
}
