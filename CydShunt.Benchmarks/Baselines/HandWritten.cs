using System;
using System.Buffers.Binary;
using CydShunt.Protocol;

namespace CydShunt.Benchmarks.Baselines;

/// <summary>
/// Baseline (a): the practical limit. A minimal hand-written implementation of each layout with
/// <see cref="BinaryPrimitives"/> over spans, as a careful client author would write it for one job: no argument
/// objects, no shared helpers beyond a few one-liners, but every check a correct codec needs (length checks,
/// not-available markers, quantisation and clamping on encode, range checks on decode) and the same results as the
/// library, including the error it reports (verified by <see cref="SelfCheck"/>). Layout constants are written out
/// here on purpose: this is the code a client would write instead of using the library.
/// </summary>
internal static class HandWritten
{
    private const int NA = int.MinValue;
    private const int Int24Min = -8388607;
    private const int Int24Max = 8388607;
    private const int Int24NA = -8388608;
    private const int BTHomePowerLimit = int.MaxValue / 10;

    // The CydShunt service UUID 7E250001-D6CC-46BD-BCB7-7BDB54ED808C in air order (least significant byte first).
    private static ReadOnlySpan<byte> ServiceUuidAir =>
        [0x8C, 0x80, 0xED, 0x54, 0xDB, 0x7B, 0xB7, 0xBC, 0xBD, 0x46, 0xCC, 0xD6, 0x01, 0x00, 0x25, 0x7E];

    // ---- one-liners -------------------------------------------------------------------------------------------

    private static int Clamp(long v, int min, int max) => v < min ? min : v > max ? max : (int)v;

    private static long DivRound(long v, int scale) => v >= 0 ? (v + (scale / 2)) / scale : -((-v + (scale / 2)) / scale);

    private static int ToWire(int v, int min, int max, int na) => v == NA ? na : Clamp(v, min, max);

    private static int ToWire(int v, int scale, int min, int max, int na) => v == NA ? na : Clamp(DivRound(v, scale), min, max);

    private static void WriteUInt24(Span<byte> d, int v)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(d, (ushort)v);
        d[2] = (byte)(v >> 16);
    }

    private static int ReadUInt24(ReadOnlySpan<byte> s) => BinaryPrimitives.ReadUInt16LittleEndian(s) | (s[2] << 16);

    private static int ReadInt24(ReadOnlySpan<byte> s) => BinaryPrimitives.ReadUInt16LittleEndian(s) | ((sbyte)s[2] << 16);

    private static bool Fail<T>(ProtocolError why, out T value, out ProtocolError error)
        where T : struct
    {
        value = default;
        error = why;
        return false;
    }

    // ---- scalar characteristics -------------------------------------------------------------------------------

    /// <summary>uint32 in [0, int.MaxValue], 0xFFFFFFFF = not available (voltage, energy charged/discharged).</summary>
    public static bool TryEncodeUInt32(int v, Span<byte> d, out int written)
    {
        written = 0;
        if (d.Length < 4)
        {
            return false;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(d, v == NA ? 0xFFFFFFFF : (uint)(v < 0 ? 0 : v));
        written = 4;
        return true;
    }

    /// <summary>sint32 in [−int.MaxValue, int.MaxValue], int.MinValue = not available (current, power, consumed charge).</summary>
    public static bool TryEncodeInt32(int v, Span<byte> d, out int written)
    {
        written = 0;
        if (d.Length < 4)
        {
            return false;
        }

        BinaryPrimitives.WriteInt32LittleEndian(d, v); // NA is int.MinValue on both sides; every other int is in range
        written = 4;
        return true;
    }

    /// <summary>uint16 in [0, max], 0xFFFF = not available (state of charge max 10000, time to go max 65534).</summary>
    public static bool TryEncodeUInt16(int v, int max, Span<byte> d, out int written)
    {
        written = 0;
        if (d.Length < 2)
        {
            return false;
        }

        BinaryPrimitives.WriteUInt16LittleEndian(d, (ushort)ToWire(v, 0, max, 0xFFFF));
        written = 2;
        return true;
    }

    /// <summary>sint16 in [−32767, 32767], −32768 = not available (temperature).</summary>
    public static bool TryEncodeInt16(int v, Span<byte> d, out int written)
    {
        written = 0;
        if (d.Length < 2)
        {
            return false;
        }

        BinaryPrimitives.WriteInt16LittleEndian(d, (short)ToWire(v, -32767, 32767, -32768));
        written = 2;
        return true;
    }

    /// <summary>SIG battery level: uint8 0–100, no not-available marker (sent as 0).</summary>
    public static bool TryEncodeBatteryLevel(int v, Span<byte> d, out int written)
    {
        written = 0;
        if (d.Length < 1)
        {
            return false;
        }

        d[0] = (byte)Clamp(v, 0, 100);
        written = 1;
        return true;
    }

    public static bool TryDecodeUInt32(ReadOnlySpan<byte> s, out int v, out ProtocolError error)
    {
        if (s.Length < 4)
        {
            return Fail(ProtocolError.TooShort, out v, out error);
        }

        uint raw = BinaryPrimitives.ReadUInt32LittleEndian(s);
        if (raw == 0xFFFFFFFF)
        {
            v = NA;
        }
        else if (raw > int.MaxValue)
        {
            return Fail(ProtocolError.ValueOutOfRange, out v, out error);
        }
        else
        {
            v = (int)raw;
        }

        error = ProtocolError.None;
        return true;
    }

    public static bool TryDecodeInt32(ReadOnlySpan<byte> s, out int v, out ProtocolError error)
    {
        if (s.Length < 4)
        {
            return Fail(ProtocolError.TooShort, out v, out error);
        }

        v = BinaryPrimitives.ReadInt32LittleEndian(s); // int.MinValue is the not-available marker and the model's NA
        error = ProtocolError.None;
        return true;
    }

    public static bool TryDecodeUInt16(ReadOnlySpan<byte> s, int max, out int v, out ProtocolError error)
    {
        if (s.Length < 2)
        {
            return Fail(ProtocolError.TooShort, out v, out error);
        }

        int raw = BinaryPrimitives.ReadUInt16LittleEndian(s);
        if (raw == 0xFFFF)
        {
            v = NA;
        }
        else if (raw > max)
        {
            return Fail(ProtocolError.ValueOutOfRange, out v, out error);
        }
        else
        {
            v = raw;
        }

        error = ProtocolError.None;
        return true;
    }

    public static bool TryDecodeInt16(ReadOnlySpan<byte> s, out int v, out ProtocolError error)
    {
        if (s.Length < 2)
        {
            return Fail(ProtocolError.TooShort, out v, out error);
        }

        int raw = BinaryPrimitives.ReadInt16LittleEndian(s);
        v = raw == -32768 ? NA : raw;
        error = ProtocolError.None;
        return true;
    }

    public static bool TryDecodeBatteryLevel(ReadOnlySpan<byte> s, out int v, out ProtocolError error)
    {
        if (s.Length < 1)
        {
            return Fail(ProtocolError.TooShort, out v, out error);
        }

        if (s[0] > 100)
        {
            return Fail(ProtocolError.ValueOutOfRange, out v, out error);
        }

        v = s[0];
        error = ProtocolError.None;
        return true;
    }

    // ---- alarms, device info --------------------------------------------------------------------------------------

    public static bool TryEncodeAlarms(AlarmStatus value, Span<byte> d, out int written)
    {
        written = 0;
        if (d.Length < 3)
        {
            return false;
        }

        d[0] = (byte)((int)value.Status & 0x1F);
        BinaryPrimitives.WriteUInt16LittleEndian(d.Slice(1), (ushort)((int)value.Alarms & 0x1F));
        written = 3;
        return true;
    }

    public static bool TryDecodeAlarms(ReadOnlySpan<byte> s, out AlarmStatus value, out ProtocolError error)
    {
        if (s.Length < 3)
        {
            return Fail(ProtocolError.TooShort, out value, out error);
        }

        value = new AlarmStatus(status: (StatusFlags)s[0], alarms: (AlarmFlags)BinaryPrimitives.ReadUInt16LittleEndian(s.Slice(1)));
        error = ProtocolError.None;
        return true;
    }

    public static bool TryEncodeDeviceInfo(in DeviceInfo value, Span<byte> d, out int written)
    {
        written = 0;
        // Protocol version 0 is reserved (spec/gatt.md), so it cannot be encoded.
        if (value.ProtocolVersion == 0 || d.Length < 9)
        {
            return false;
        }

        d[0] = value.ProtocolVersion;
        d[1] = value.FirmwareMajor;
        d[2] = value.FirmwareMinor;
        d[3] = value.FirmwarePatch;
        d[4] = (byte)value.SensorType;
        d[5] = (byte)((int)value.Features & 0x07);
        BinaryPrimitives.WriteUInt16LittleEndian(d.Slice(6), (ushort)ToWire(value.CapacityAmpHours, 1, 0xFFFE, 0xFFFF));
        d[8] = value.NominalVoltage;
        written = 9;
        return true;
    }

    public static bool TryDecodeDeviceInfo(ReadOnlySpan<byte> s, out DeviceInfo value, out ProtocolError error)
    {
        if (s.Length < 9)
        {
            return Fail(ProtocolError.TooShort, out value, out error);
        }

        int capacity = BinaryPrimitives.ReadUInt16LittleEndian(s.Slice(6));
        if (s[0] == 0 || capacity == 0)
        {
            return Fail(ProtocolError.ValueOutOfRange, out value, out error);
        }

        value = new DeviceInfo(
            protocolVersion: s[0],
            firmwareMajor: s[1],
            firmwareMinor: s[2],
            firmwarePatch: s[3],
            sensorType: (SensorType)s[4],
            features: (DeviceFeatures)s[5],
            capacityAmpHours: capacity == 0xFFFF ? NA : capacity,
            nominalVoltage: s[8]);
        error = ProtocolError.None;
        return true;
    }

    // ---- live snapshot ------------------------------------------------------------------------------------------

    public static bool TryEncodeSnapshot(in LiveSnapshot v, Span<byte> d, out int written)
    {
        written = 0;
        if (d.Length < 20)
        {
            return false;
        }

        d[0] = v.Sequence;
        d[1] = (byte)((int)v.Status & 0x1F);
        WriteUInt24(d.Slice(2), ToWire(v.VoltageMillivolts, 0, 0xFFFFFE, 0xFFFFFF));
        WriteUInt24(d.Slice(5), ToWire(v.CurrentMilliamps, Int24Min, Int24Max, Int24NA));
        WriteUInt24(d.Slice(8), ToWire(v.PowerMilliwatts, 100, Int24Min, Int24Max, Int24NA));
        BinaryPrimitives.WriteUInt16LittleEndian(d.Slice(11), (ushort)ToWire(v.StateOfChargeCentipercent, 0, 10000, 0xFFFF));
        BinaryPrimitives.WriteInt16LittleEndian(d.Slice(13), (short)ToWire(v.TemperatureCentidegrees, -32767, 32767, -32768));
        BinaryPrimitives.WriteUInt16LittleEndian(d.Slice(15), (ushort)ToWire(v.TimeToGoMinutes, 0, 0xFFFE, 0xFFFF));
        WriteUInt24(d.Slice(17), ToWire(v.ConsumedMilliampHours, 10, Int24Min, Int24Max, Int24NA));
        written = 20;
        return true;
    }

    public static bool TryDecodeSnapshot(ReadOnlySpan<byte> s, out LiveSnapshot v, out ProtocolError error)
    {
        if (s.Length < 20)
        {
            return Fail(ProtocolError.TooShort, out v, out error);
        }

        int soc = BinaryPrimitives.ReadUInt16LittleEndian(s.Slice(11));
        if (soc > 10000 && soc != 0xFFFF)
        {
            return Fail(ProtocolError.ValueOutOfRange, out v, out error);
        }

        int voltage = ReadUInt24(s.Slice(2));
        int current = ReadInt24(s.Slice(5));
        int power = ReadInt24(s.Slice(8));
        int temperature = BinaryPrimitives.ReadInt16LittleEndian(s.Slice(13));
        int timeToGo = BinaryPrimitives.ReadUInt16LittleEndian(s.Slice(15));
        int consumed = ReadInt24(s.Slice(17));
        v = new LiveSnapshot(
            sequence: s[0],
            status: (StatusFlags)s[1],
            voltageMillivolts: voltage == 0xFFFFFF ? NA : voltage,
            currentMilliamps: current == Int24NA ? NA : current,
            powerMilliwatts: power == Int24NA ? NA : power * 100,
            stateOfChargeCentipercent: soc == 0xFFFF ? NA : soc,
            temperatureCentidegrees: temperature == -32768 ? NA : temperature,
            timeToGoMinutes: timeToGo == 0xFFFF ? NA : timeToGo,
            consumedMilliampHours: consumed == Int24NA ? NA : consumed * 10);
        error = ProtocolError.None;
        return true;
    }

    // ---- control point ------------------------------------------------------------------------------------------

    public static bool TryDecodeRequest(ReadOnlySpan<byte> s, out ControlPointRequest value, out ProtocolError error)
    {
        value = new ControlPointRequest(ControlPointOpcode.None, NA);
        if (s.Length < 1)
        {
            error = ProtocolError.TooShort;
            return false;
        }

        byte opcode = s[0];
        value = new ControlPointRequest((ControlPointOpcode)opcode, NA);
        int parameterSize = opcode switch { 0x01 or 0x02 => 0, 0x03 or 0x04 => 2, _ => -1 };
        if (parameterSize < 0)
        {
            error = ProtocolError.UnknownOpcode;
            return false;
        }

        if (s.Length < 1 + parameterSize)
        {
            error = ProtocolError.TooShort;
            return false;
        }

        if (parameterSize == 2)
        {
            int p = BinaryPrimitives.ReadUInt16LittleEndian(s.Slice(1));
            bool inRange = opcode == 0x03 ? p is >= 1 and <= 0xFFFE : p is >= 200 and <= 10000;
            if (!inRange)
            {
                error = ProtocolError.ValueOutOfRange;
                return false;
            }

            value = new ControlPointRequest((ControlPointOpcode)opcode, p);
        }

        error = ProtocolError.None;
        return true;
    }

    public static bool TryEncodeResponse(ControlPointResponse value, Span<byte> d, out int written)
    {
        written = 0;
        if (d.Length < 3)
        {
            return false;
        }

        d[0] = 0x80;
        d[1] = (byte)value.RequestOpcode;
        d[2] = (byte)value.Result;
        written = 3;
        return true;
    }

    // ---- advertising --------------------------------------------------------------------------------------------

    private static void WriteFlags(Span<byte> d)
    {
        d[0] = 2;
        d[1] = 0x01;
        d[2] = 0x06;
    }

    // Manufacturer-data AD structure holding the 16-byte glance frame.
    private static void WriteGlanceAd(ushort companyId, in LiveSnapshot s, Span<byte> d)
    {
        d = d.Slice(0, 18);
        d[0] = 17;
        d[1] = 0xFF;
        BinaryPrimitives.WriteUInt16LittleEndian(d.Slice(2), companyId);
        d[4] = 0x43;
        d[5] = 0x53;
        d[6] = 1;
        d[7] = s.Sequence;
        d[8] = (byte)((int)s.Status & 0x1F);
        BinaryPrimitives.WriteUInt16LittleEndian(d.Slice(9), (ushort)ToWire(s.VoltageMillivolts, 10, 0, 0xFFFE, 0xFFFF));
        WriteUInt24(d.Slice(11), ToWire(s.CurrentMilliamps, Int24Min, Int24Max, Int24NA));
        BinaryPrimitives.WriteUInt16LittleEndian(d.Slice(14), (ushort)ToWire(s.StateOfChargeCentipercent, 0, 10000, 0xFFFF));
        BinaryPrimitives.WriteUInt16LittleEndian(d.Slice(16), (ushort)ToWire(s.TimeToGoMinutes, 0, 0xFFFE, 0xFFFF));
    }

    // BTHome v2 service-data AD structure: header, packet id always, the other objects only when available.
    private static int BTHomeAdSize(in LiveSnapshot s)
        => 5 + 2
            + (s.StateOfChargeCentipercent != NA ? 2 : 0)
            + (s.TemperatureCentidegrees != NA ? 3 : 0)
            + (s.VoltageMillivolts != NA ? 3 : 0)
            + (s.PowerMilliwatts != NA ? 5 : 0)
            + (s.CurrentMilliamps != NA ? 3 : 0);

    private static void WriteBTHomeAd(in LiveSnapshot s, int size, Span<byte> d)
    {
        d = d.Slice(0, size);
        d[0] = (byte)(size - 1);
        d[1] = 0x16;
        BinaryPrimitives.WriteUInt16LittleEndian(d.Slice(2), 0xFCD2);
        d[4] = 0x40;
        d[5] = 0x00;
        d[6] = s.Sequence;
        int o = 7;
        if (s.StateOfChargeCentipercent != NA)
        {
            d[o] = 0x01;
            d[o + 1] = (byte)ToWire(s.StateOfChargeCentipercent, 100, 0, 100, 0);
            o += 2;
        }

        if (s.TemperatureCentidegrees != NA)
        {
            d[o] = 0x02;
            BinaryPrimitives.WriteInt16LittleEndian(d.Slice(o + 1), (short)Clamp(s.TemperatureCentidegrees, -32767, 32767));
            o += 3;
        }

        if (s.VoltageMillivolts != NA)
        {
            d[o] = 0x0C;
            BinaryPrimitives.WriteUInt16LittleEndian(d.Slice(o + 1), (ushort)Clamp(s.VoltageMillivolts, 0, 0xFFFF));
            o += 3;
        }

        if (s.PowerMilliwatts != NA)
        {
            d[o] = 0x5C;
            BinaryPrimitives.WriteInt32LittleEndian(d.Slice(o + 1), Clamp(DivRound(s.PowerMilliwatts, 10), -BTHomePowerLimit, BTHomePowerLimit));
            o += 5;
        }

        if (s.CurrentMilliamps != NA)
        {
            d[o] = 0x5D;
            BinaryPrimitives.WriteInt16LittleEndian(d.Slice(o + 1), (short)Clamp(s.CurrentMilliamps, -32767, 32767));
        }
    }

    private static void WriteNameAd(ReadOnlySpan<byte> nameUtf8, bool shortened, Span<byte> d)
    {
        d[0] = (byte)(1 + nameUtf8.Length);
        d[1] = shortened ? (byte)0x08 : (byte)0x09;
        nameUtf8.CopyTo(d.Slice(2));
    }

    /// <summary>
    /// Both packets by the first-fit layout (spec/advertising.md): Flags, UUID list (CydShunt format) or BTHome frame,
    /// name, glance frame; each goes into the advertising packet if it still fits in 31 bytes, else into the scan
    /// response. Flags + UUID list (21) or Flags + BTHome (10..26) always open the advertising packet. Nothing is
    /// written unless both destinations are large enough. <paramref name="nameUtf8"/> is the name's UTF-8, cut once
    /// (when the name is set) to at most 11 bytes.
    /// </summary>
    public static bool TryBuild(bool bthomeFormat, ushort companyId, in LiveSnapshot s, ReadOnlySpan<byte> nameUtf8, bool nameShortened,
        Span<byte> advertising, out int advertisingLength, Span<byte> scanResponse, out int scanResponseLength)
    {
        advertisingLength = 0;
        scanResponseLength = 0;
        int primary = bthomeFormat ? BTHomeAdSize(s) : 18;
        int name = 2 + nameUtf8.Length;
        int a = 3 + primary;
        bool nameInAdvertising = a + name <= 31;
        int nameAt = nameInAdvertising ? a : 0;
        a += nameInAdvertising ? name : 0;
        int r = nameInAdvertising ? 0 : name;
        bool glanceInAdvertising = a + 18 <= 31;
        int glanceAt = glanceInAdvertising ? a : r;
        a += glanceInAdvertising ? 18 : 0;
        r += glanceInAdvertising ? 0 : 18;
        if (advertising.Length < a || scanResponse.Length < r)
        {
            return false;
        }

        WriteFlags(advertising);
        if (bthomeFormat)
        {
            WriteBTHomeAd(s, primary, advertising.Slice(3));
        }
        else
        {
            advertising[3] = 17;
            advertising[4] = 0x07;
            ServiceUuidAir.CopyTo(advertising.Slice(5));
        }

        WriteNameAd(nameUtf8, nameShortened, (nameInAdvertising ? advertising : scanResponse).Slice(nameAt));
        WriteGlanceAd(companyId, s, (glanceInAdvertising ? advertising : scanResponse).Slice(glanceAt));
        advertisingLength = a;
        scanResponseLength = r;
        return true;
    }

    // ---- scan records -------------------------------------------------------------------------------------------

    public static bool TryParseScanRecord(ReadOnlySpan<byte> s, out ScanRecord r, out ProtocolError error)
    {
        bool hasGlance = false, hasBTHome = false, hasServiceUuid = false, nameComplete = false;
        GlanceFrame glance = default;
        BTHomeFrame bthome = default;
        ProtocolError glanceError = ProtocolError.None, bthomeError = ProtocolError.None;
        int glanceAt = -1, bthomeAt = -1, nameOffset = -1, nameLength = 0, errorOffset = -1;
        error = ProtocolError.None;
        int o = 0;
        while (o < s.Length)
        {
            int length = s[o];
            if (length == 0)
            {
                o++;
                continue;
            }

            if (o + 1 + length > s.Length)
            {
                error = ProtocolError.MalformedAdStructure;
                errorOffset = o;
                break;
            }

            int type = s[o + 1];
            ReadOnlySpan<byte> data = s.Slice(o + 2, length - 1);
            switch (type)
            {
                case 0xFF:
                    if (!hasGlance && glanceError == ProtocolError.None && data.Length >= 5 && data[2] == 0x43 && data[3] == 0x53)
                    {
                        hasGlance = TryDecodeGlance(data, out glance, out glanceError);
                        glanceAt = hasGlance ? -1 : o + 2;
                    }

                    break;
                case 0x16:
                    if (!hasBTHome && bthomeError == ProtocolError.None && data.Length >= 2 && BinaryPrimitives.ReadUInt16LittleEndian(data) == 0xFCD2)
                    {
                        hasBTHome = TryDecodeBTHome(s.Slice(o, length + 1), out bthome, out bthomeError);
                        bthomeAt = hasBTHome ? -1 : o;
                    }

                    break;
                case 0x08:
                case 0x09:
                    if (nameOffset < 0 && length > 1) // the first non-empty name counts, complete or shortened
                    {
                        nameOffset = o + 2;
                        nameLength = length - 1;
                        nameComplete = type == 0x09;
                    }

                    break;
                case 0x06:
                case 0x07:
                    for (int u = 0; u + 16 <= data.Length; u += 16)
                    {
                        if (data.Slice(u, 16).SequenceEqual(ServiceUuidAir))
                        {
                            hasServiceUuid = true;
                        }
                    }

                    break;
            }

            o += 1 + length;
        }

        if (error == ProtocolError.None && !hasGlance && !hasBTHome)
        {
            (error, errorOffset) = glanceError != ProtocolError.None ? (glanceError, glanceAt)
                : bthomeError != ProtocolError.None ? (bthomeError, bthomeAt)
                : (ProtocolError.FrameNotFound, -1);
        }

        r = new ScanRecord(hasGlance, glance, glanceError, glanceAt, hasBTHome, bthome, bthomeError, bthomeAt, hasServiceUuid, s, nameOffset, nameLength, nameComplete, errorOffset);
        return error == ProtocolError.None;
    }

    /// <summary>Glance frame from manufacturer data (company id first).</summary>
    public static bool TryDecodeGlance(ReadOnlySpan<byte> d, out GlanceFrame g, out ProtocolError error)
    {
        if (d.Length < 5 || d[2] != 0x43 || d[3] != 0x53)
        {
            return Fail(ProtocolError.BadSignature, out g, out error);
        }

        if (d[4] != 1)
        {
            return Fail(ProtocolError.UnsupportedVersion, out g, out error);
        }

        if (d.Length < 16)
        {
            return Fail(ProtocolError.TooShort, out g, out error);
        }

        int soc = BinaryPrimitives.ReadUInt16LittleEndian(d.Slice(12));
        if (soc > 10000 && soc != 0xFFFF)
        {
            return Fail(ProtocolError.ValueOutOfRange, out g, out error);
        }

        int voltage = BinaryPrimitives.ReadUInt16LittleEndian(d.Slice(7));
        int current = ReadInt24(d.Slice(9));
        int timeToGo = BinaryPrimitives.ReadUInt16LittleEndian(d.Slice(14));
        g = new GlanceFrame(
            companyId: BinaryPrimitives.ReadUInt16LittleEndian(d),
            sequence: d[5],
            status: (StatusFlags)d[6],
            voltageMillivolts: voltage == 0xFFFF ? NA : voltage * 10,
            currentMilliamps: current == Int24NA ? NA : current,
            stateOfChargeCentipercent: soc == 0xFFFF ? NA : soc,
            timeToGoMinutes: timeToGo == 0xFFFF ? NA : timeToGo);
        error = ProtocolError.None;
        return true;
    }

    /// <summary>BTHome v2 service-data AD structure, length byte first.</summary>
    public static bool TryDecodeBTHome(ReadOnlySpan<byte> s, out BTHomeFrame v, out ProtocolError error)
    {
        v = new BTHomeFrame(
            packetId: NA,
            stateOfChargeCentipercent: NA,
            temperatureCentidegrees: NA,
            voltageMillivolts: NA,
            powerMilliwatts: NA,
            currentMilliamps: NA,
            energyChargedWattHours: NA,
            energyDischargedWattHours: NA);
        if (s.Length < 2)
        {
            error = ProtocolError.TooShort;
            return false;
        }

        int end = s[0] + 1;
        if (end > s.Length)
        {
            error = ProtocolError.MalformedAdStructure;
            return false;
        }

        if (end < 4)
        {
            error = ProtocolError.TooShort;
            return false;
        }

        if (s[1] != 0x16 || BinaryPrimitives.ReadUInt16LittleEndian(s.Slice(2)) != 0xFCD2)
        {
            error = ProtocolError.BadSignature;
            return false;
        }

        if (end < 5)
        {
            error = ProtocolError.TooShort;
            return false;
        }

        int information = s[4];
        if ((information >> 5) != 2)
        {
            error = ProtocolError.BTHomeUnsupportedVersion;
            return false;
        }

        if ((information & 0x01) != 0)
        {
            error = ProtocolError.BTHomeEncrypted;
            return false;
        }

        s = s.Slice(0, end);
        int seen = 0;
        int o = 5;
        if ((information & 0x02) != 0)
        {
            // MAC included: 6 bytes between the device information and the objects.
            if (end - o < 6)
            {
                error = ProtocolError.TooShort;
                return false;
            }

            o += 6;
        }

        BTHomeValues b = BTHomeValues.Unavailable;
        while (o < end)
        {
            int id = s[o];
            int size;
            int bit;
            switch (id)
            {
                case 0x00: size = 1; bit = 1; break;
                case 0x01: size = 1; bit = 2; break;
                case 0x02: size = 2; bit = 4; break;
                case 0x0C: size = 2; bit = 8; break;
                case 0x5C: size = 4; bit = 16; break;
                case 0x5D: size = 2; bit = 32; break;
                case 0x4D: size = 4; bit = (seen & 64) == 0 ? 64 : 128; break; // energy charged, then discharged
                default:
                    error = ProtocolError.BTHomeUnknownObject;
                    v = b.ToFrame();
                            return false;
            }

            if (o + 1 + size > end)
            {
                error = ProtocolError.TooShort;
                v = b.ToFrame();
                            return false;
            }

            if ((seen & bit) == 0)
            {
                ReadOnlySpan<byte> p = s.Slice(o + 1, size);
                switch (id)
                {
                    case 0x00:
                        b.PacketId = p[0];
                        break;
                    case 0x01:
                        if (p[0] > 100)
                        {
                            error = ProtocolError.ValueOutOfRange;
                            v = b.ToFrame();
                            return false;
                        }

                        b.StateOfChargeCentipercent = p[0] * 100;
                        break;
                    case 0x02:
                        b.TemperatureCentidegrees = BinaryPrimitives.ReadInt16LittleEndian(p);
                        break;
                    case 0x0C:
                        b.VoltageMillivolts = BinaryPrimitives.ReadUInt16LittleEndian(p);
                        break;
                    case 0x5C:
                        int power = BinaryPrimitives.ReadInt32LittleEndian(p);
                        if (power > BTHomePowerLimit || power < -BTHomePowerLimit)
                        {
                            error = ProtocolError.ValueOutOfRange;
                            v = b.ToFrame();
                            return false;
                        }

                        b.PowerMilliwatts = power * 10;
                        break;
                    case 0x4D:
                        uint energy = BinaryPrimitives.ReadUInt32LittleEndian(p);
                        if (energy > int.MaxValue)
                        {
                            error = ProtocolError.ValueOutOfRange;
                            v = b.ToFrame();
                            return false;
                        }

                        if (bit == 64)
                        {
                            b.EnergyChargedWattHours = (int)energy;
                        }
                        else
                        {
                            b.EnergyDischargedWattHours = (int)energy;
                        }

                        break;
                    default:
                        b.CurrentMilliamps = BinaryPrimitives.ReadInt16LittleEndian(p);
                        break;
                }
            }

            seen |= bit;
            o += 1 + size;
        }

        v = b.ToFrame();
        error = ProtocolError.None;
        return true;
    }

    // The objects decoded so far (BTHomeFrame is read-only).
    private struct BTHomeValues
    {
        public int PacketId, StateOfChargeCentipercent, TemperatureCentidegrees, VoltageMillivolts, PowerMilliwatts, CurrentMilliamps, EnergyChargedWattHours, EnergyDischargedWattHours;

        public static BTHomeValues Unavailable => new()
        {
            PacketId = NA, StateOfChargeCentipercent = NA, TemperatureCentidegrees = NA, VoltageMillivolts = NA,
            PowerMilliwatts = NA, CurrentMilliamps = NA, EnergyChargedWattHours = NA, EnergyDischargedWattHours = NA,
        };

        public readonly BTHomeFrame ToFrame() => new(PacketId, StateOfChargeCentipercent, TemperatureCentidegrees, VoltageMillivolts, PowerMilliwatts, CurrentMilliamps, EnergyChargedWattHours, EnergyDischargedWattHours);
    }
}
