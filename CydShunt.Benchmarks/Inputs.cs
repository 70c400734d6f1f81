using System;
using CydShunt.Protocol;

namespace CydShunt.Benchmarks;

/// <summary>The values every benchmark works on: a discharging battery as in spec/vectors/advertising.json.</summary>
internal static class Inputs
{
    public const ushort CompanyId = BluetoothSig.TestCompanyId;

    public const string Name = DeviceName.DefaultText; // "CYD Smart Shunt": 15 bytes, advertised shortened to 11

    public static readonly LiveSnapshot Snapshot = new LiveSnapshot(
        sequence: 42,
        status: StatusFlags.Synchronised | StatusFlags.Discharging,
        voltageMillivolts: 13245,
        currentMilliamps: -5234,
        powerMilliwatts: -69300,
        stateOfChargeCentipercent: 8750,
        temperatureCentidegrees: 2150,
        timeToGoMinutes: 754,
        consumedMilliampHours: -12340);

    public static readonly AlarmStatus Alarms = new AlarmStatus(status: StatusFlags.Synchronised, alarms: AlarmFlags.LowVoltage | AlarmFlags.LowStateOfCharge);

    public static readonly DeviceInfo DeviceInfo = new DeviceInfo(
        protocolVersion: 1,
        firmwareMajor: 1,
        firmwareMinor: 2,
        firmwarePatch: 3,
        sensorType: SensorType.Ina228,
        features: DeviceFeatures.TemperatureSensor,
        capacityAmpHours: 200,
        nominalVoltage: 12);

    /// <summary>The ten scalar characteristic values, in the order of <see cref="ScalarBenchmarks"/>.</summary>
    public static readonly int[] Scalars =
    [
        13245,      // voltage, mV (uint32)
        -5234,      // current, mA (sint32)
        -69300,     // power, mW (sint32)
        -12340,     // consumed charge, mAh (sint32)
        123456,     // energy charged, Wh (uint32)
        234567,     // energy discharged, Wh (uint32)
        8750,       // state of charge, 0.01 % (uint16)
        2150,       // temperature, 0.01 °C (sint16)
        754,        // time to go, min (uint16)
        88,         // SIG battery level, % (uint8)
    ];

    /// <summary>A control-point write: set the battery capacity to 200 Ah.</summary>
    public static readonly byte[] Request = [0x03, 0xC8, 0x00];

    public static readonly ControlPointResponse Response = new(ControlPointOpcode.SetBatteryCapacity, ControlPointResult.Success);

    // Scan records as Android's ScanRecord.getBytes() hands them over: the advertising data and the scan-response
    // data, each zero-padded to 31 bytes (spec/vectors/scan-records.json, "Android 62-byte record").

    /// <summary>CydShunt format, as the library builds it (first fit): flags + service UUID | shortened name + glance frame.</summary>
    public static readonly byte[] GlanceRecord = Record(AdvertisingFormat.CydShunt);

    /// <summary>BTHome format, as the library builds it (first fit): flags + BTHome v2 service data | shortened name + glance frame.</summary>
    public static readonly byte[] BTHomeRecord = Record(AdvertisingFormat.BTHome);

    /// <summary>
    /// Someone else's beacon: flags + Apple iBeacon manufacturer data (company 0x004C) | 16-bit service UUID list
    /// (0x180F battery, 0x181A environmental sensing) + TX power + complete name "Thermo 42", padded to 31 + 31.
    /// </summary>
    public static readonly byte[] UnrelatedRecord = Convert.FromHexString(
        "0201061aff4c000215e2c56db5dffb48d2b060d0f5a71096e000010002c500"
        + "05030f181a18020a000a09546865726d6f2034320000000000000000000000");

    // Both packets of the benchmark snapshot and name, each zero-padded to 31 bytes.
    private static byte[] Record(AdvertisingFormat format)
    {
        byte[] record = new byte[2 * AdvertisingBuilder.LegacyMaximumLength];
        if (!AdvertisingBuilder.TryBuild(format, CompanyId, Snapshot, DeviceName.Create(Name), record, 0, out _, record, AdvertisingBuilder.LegacyMaximumLength, out _))
        {
            throw new InvalidOperationException("31-byte packets always suffice.");
        }

        return record;
    }
}

/// <summary>
/// Batches of 16 different values for the small fixed layouts: one call takes a few nanoseconds, so each benchmark
/// invocation handles a batch (OperationsPerInvoke = 16) and the table shows the time per value. The values vary so
/// that nothing can be hoisted out of the loop; some fields are not available, as on a real device.
/// </summary>
internal static class Batches
{
    public const int Size = 16;

    public static LiveSnapshot[] Snapshots()
    {
        var snapshots = new LiveSnapshot[Size];
        for (int i = 0; i < Size; i++)
        {
            LiveSnapshot s = Inputs.Snapshot;
            snapshots[i] = new LiveSnapshot(
                sequence: (byte)(42 + i),
                status: s.Status,
                voltageMillivolts: s.VoltageMillivolts + (7 * i),
                currentMilliamps: s.CurrentMilliamps + (1013 * i),
                powerMilliwatts: s.PowerMilliwatts + (13417 * i),
                stateOfChargeCentipercent: s.StateOfChargeCentipercent - (3 * i),
                temperatureCentidegrees: i == 5 ? Measurement.NotAvailable : 2150 + i,
                timeToGoMinutes: i % 4 == 0 ? Measurement.NotAvailable : 754 - i,
                consumedMilliampHours: s.ConsumedMilliampHours - (10 * i));
        }

        return snapshots;
    }

    public static AlarmStatus[] Alarms()
    {
        var alarms = new AlarmStatus[Size];
        for (int i = 0; i < Size; i++)
        {
            alarms[i] = new AlarmStatus(status: (StatusFlags)(i & 0x1F), alarms: (AlarmFlags)((i * 7) & 0x1F));
        }

        return alarms;
    }

    public static DeviceInfo[] DeviceInfos()
    {
        var infos = new DeviceInfo[Size];
        for (int i = 0; i < Size; i++)
        {
            DeviceInfo info = Inputs.DeviceInfo;
            infos[i] = new DeviceInfo(
                info.ProtocolVersion,
                info.FirmwareMajor,
                info.FirmwareMinor,
                firmwarePatch: (byte)i,
                info.SensorType,
                info.Features,
                capacityAmpHours: i == 3 ? Measurement.NotAvailable : 100 + (10 * i),
                nominalVoltage: (byte)(12 << (i % 3)));
        }

        return infos;
    }

    /// <summary>Control-point writes: every opcode, with and without parameters.</summary>
    public static byte[][] Requests()
    {
        var requests = new byte[Size][];
        for (int i = 0; i < Size; i++)
        {
            requests[i] = (i % 4) switch
            {
                0 => [0x03, (byte)(200 + i), 0x00],          // set capacity
                1 => [0x04, 0xE8, 0x03],                      // set notification interval 1000 ms
                2 => [0x01],                                  // reset energy counters
                _ => [0x02],                                  // synchronise state of charge
            };
        }

        return requests;
    }

    public static ControlPointResponse[] Responses()
    {
        var responses = new ControlPointResponse[Size];
        for (int i = 0; i < Size; i++)
        {
            responses[i] = new ControlPointResponse((ControlPointOpcode)(1 + (i % 4)), (ControlPointResult)(1 + (i % 5)));
        }

        return responses;
    }

    public static byte[][] Buffers(int size)
    {
        var buffers = new byte[Size][];
        for (int i = 0; i < Size; i++)
        {
            buffers[i] = new byte[size];
        }

        return buffers;
    }
}
