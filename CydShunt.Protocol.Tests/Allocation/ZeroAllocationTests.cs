using System;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Allocation;

/// <summary>
/// Every encode and decode path allocates nothing: the bytes allocated on this thread are measured around many
/// iterations of each path after a warm-up (which pays for one-time costs such as the Span overloads' scratch array).
/// </summary>
public class ZeroAllocationTests
{
    private const int Iterations = 2000;

    private static readonly byte[] Buffer = new byte[64];
    private static readonly byte[] Advertising = new byte[31];
    private static readonly byte[] ScanResponse = new byte[31];
    private static readonly byte[] Structures = new byte[AdvertisingBuilder.MaximumStructuresLength];
    private static readonly byte[] Record = new byte[62];
    private static readonly LiveSnapshot Snapshot = new()
    {
        Sequence = 7, Status = StatusFlags.Synchronised | StatusFlags.Discharging, VoltageMillivolts = 13215, CurrentMilliamps = -4210,
        PowerMilliwatts = -55600, StateOfChargeCentipercent = 8734, TemperatureCentidegrees = 2150, TimeToGoMinutes = 1234, ConsumedMilliampHours = -25300,
    };

    private static readonly (string Name, Action Path)[] Paths = BuildPaths();

    private static (string, Action)[] BuildPaths()
    {
        DeviceName name = DeviceName.Default;
        AdvertisingBuilder.TryBuild(AdvertisingFormat.BTHome, 0xFFFF, Snapshot, name, Record, 0, out int a, Record, 31, out int s);
        Array.Copy(Record, 31, Record, a, s); // advertising data followed directly by scan-response data, as scanners report it
        byte[] request = [0x03, 0xC8, 0x00];
        byte[] glanceRecord = new byte[62];
        AdvertisingBuilder.TryBuild(AdvertisingFormat.CydShunt, 0xFFFF, Snapshot, name, glanceRecord, 0, out _, glanceRecord, 31, out _);
        // Someone else's beacon: flags, iBeacon manufacturer data, 16-bit UUIDs, TX power, name.
        byte[] unrelatedRecord = Convert.FromHexString("0201061aff4c000215e2c56db5dffb48d2b060d0f5a71096e000010002c50005030f181a18020a000a09546865726d6f203432");
        GattCharacteristic[] scalars = Array.FindAll(AllCharacteristics(), c => c.Format != null);
        return
        [
            ("snapshot encode", () => LiveSnapshotCodec.TryEncode(Snapshot, Buffer, 0, out _)),
            ("snapshot decode", () => LiveSnapshotCodec.TryDecode(Buffer, 0, LiveSnapshotCodec.Size, out _, out _)),
            ("snapshot encode span", () => LiveSnapshotCodec.TryEncode(Snapshot, Buffer.AsSpan(), out _)),
            ("snapshot decode span", () => LiveSnapshotCodec.TryDecode(Buffer.AsSpan(0, LiveSnapshotCodec.Size), out _, out _)),
            ("scalar encode", () => CydShuntGatt.Current.Format!.TryEncode(-4210, Buffer, 0, out _)),
            ("scalar decode", () => CydShuntGatt.Current.Format!.TryDecode(Buffer, 0, 4, out _, out _)),
            ("scalar decode span", () => CydShuntGatt.Current.Format!.TryDecode(Buffer.AsSpan(0, 4), out _, out _)),
            ("presentation format", () => CydShuntGatt.Voltage.Format!.TryWritePresentationFormat(Buffer, 0)),
            ("alarms encode", () => AlarmStatusCodec.TryEncode(new AlarmStatus { Alarms = AlarmFlags.LowVoltage }, Buffer, 0, out _)),
            ("alarms decode", () => AlarmStatusCodec.TryDecode(Buffer, 0, 3, out _, out _)),
            ("device info encode", () => DeviceInfoCodec.TryEncode(new DeviceInfo { ProtocolVersion = 1, CapacityAmpHours = 200 }, Buffer, 0, out _)),
            ("device info decode", () => DeviceInfoCodec.TryDecode(Buffer, 0, DeviceInfoCodec.Size, out _, out _)),
            ("control-point request decode", () => ControlPointRequestCodec.TryDecode(request, 0, request.Length, out _, out _)),
            ("control-point request encode", () => ControlPointRequestCodec.TryEncode(new ControlPointRequest(ControlPointOpcode.SetBatteryCapacity, 200), Buffer, 0, out _, out _)),
            ("control-point response encode", () => ControlPointResponseCodec.TryEncode(new ControlPointResponse(ControlPointOpcode.SetBatteryCapacity, ControlPointResult.Success), Buffer, 0, out _)),
            ("control-point response decode", () => ControlPointResponseCodec.TryDecode(Buffer, 0, 3, out _, out _)),
            ("glance encode", () => GlanceFrameCodec.TryEncode(GlanceFrame.FromSnapshot(Snapshot, 0xFFFF), Buffer, 0, out _)),
            ("glance decode", () => GlanceFrameCodec.TryDecode(Buffer, 0, GlanceFrameCodec.Size, out _, out _)),
            ("BTHome encode", () => BTHomeCodec.TryEncode(BTHomeFrame.FromSnapshot(Snapshot), Buffer, 0, out _)),
            ("BTHome decode", () => BTHomeCodec.TryDecode(Record, 3, Record.Length - 3, out _, out _)),
            ("advertising CydShunt", () => AdvertisingBuilder.TryBuild(AdvertisingFormat.CydShunt, 0xFFFF, Snapshot, name, Advertising, 0, out _, ScanResponse, 0, out _)),
            ("advertising BTHome", () => AdvertisingBuilder.TryBuild(AdvertisingFormat.BTHome, 0xFFFF, Snapshot, name, Advertising, 0, out _, ScanResponse, 0, out _)),
            ("advertising span", () => AdvertisingBuilder.TryBuild(AdvertisingFormat.BTHome, 0xFFFF, Snapshot, name, Advertising.AsSpan(), out _, ScanResponse.AsSpan(), out _)),
            ("advertising structures", () => AdvertisingBuilder.TryBuildStructures(AdvertisingFormat.CydShunt, 0xFFFF, Snapshot, name, Structures, 0, out _)),
            ("scan record parse", () => ScanRecordParser.TryParse(Record, 0, Record.Length, out _, out _)),
            ("scan record parse span", () => ScanRecordParser.TryParse(Record.AsSpan(), out _, out _)),
            ("scan record parse failure", () => ScanRecordParser.TryParse(Buffer, 0, 8, out _, out _)),
            ("scan record parse glance format", () => ScanRecordParser.TryParse(glanceRecord, 0, glanceRecord.Length, out _, out _)),
            ("scan record parse glance format span", () => ScanRecordParser.TryParse(glanceRecord.AsSpan(), out _, out _)),
            ("scan record parse unrelated", () => ScanRecordParser.TryParse(unrelatedRecord, 0, unrelatedRecord.Length, out _, out _)),
            ("scan record parse unrelated span", () => ScanRecordParser.TryParse(unrelatedRecord.AsSpan(), out _, out _)),
            ("every scalar encode and decode", () => EveryScalar(scalars, span: false)),
            ("every scalar encode and decode span", () => EveryScalar(scalars, span: true)),
            ("alarms encode span", () => AlarmStatusCodec.TryEncode(new AlarmStatus { Alarms = AlarmFlags.LowVoltage }, Buffer.AsSpan(), out _)),
            ("alarms decode span", () => AlarmStatusCodec.TryDecode(Buffer.AsSpan(0, 3), out _, out _)),
            ("device info encode span", () => DeviceInfoCodec.TryEncode(new DeviceInfo { ProtocolVersion = 1, CapacityAmpHours = 200 }, Buffer.AsSpan(), out _)),
            ("device info decode span", () => DeviceInfoCodec.TryDecode(Buffer.AsSpan(0, DeviceInfoCodec.Size), out _, out _)),
            ("control-point request decode span", () => ControlPointRequestCodec.TryDecode(request.AsSpan(), out _, out _)),
            ("control-point request encode span", () => ControlPointRequestCodec.TryEncode(new ControlPointRequest(ControlPointOpcode.SetBatteryCapacity, 200), Buffer.AsSpan(), out _, out _)),
            ("control-point response encode span", () => ControlPointResponseCodec.TryEncode(new ControlPointResponse(ControlPointOpcode.SetBatteryCapacity, ControlPointResult.Success), Buffer.AsSpan(), out _)),
            ("control-point response decode span", () => ControlPointResponseCodec.TryDecode(Buffer.AsSpan(0, 3), out _, out _)),
            ("glance encode span", () => GlanceFrameCodec.TryEncode(GlanceFrame.FromSnapshot(Snapshot, 0xFFFF), Buffer.AsSpan(), out _)),
            ("glance decode span", () => GlanceFrameCodec.TryDecode(Buffer.AsSpan(0, GlanceFrameCodec.Size), out _, out _)),
            ("BTHome encode span", () => BTHomeCodec.TryEncode(BTHomeFrame.FromSnapshot(Snapshot), Buffer.AsSpan(), out _)),
            ("BTHome decode span", () => BTHomeCodec.TryDecode(Record.AsSpan(3), out _, out _)),
            ("advertising CydShunt span", () => AdvertisingBuilder.TryBuild(AdvertisingFormat.CydShunt, 0xFFFF, Snapshot, name, Advertising.AsSpan(), out _, ScanResponse.AsSpan(), out _)),
            ("advertising structures BTHome", () => AdvertisingBuilder.TryBuildStructures(AdvertisingFormat.BTHome, 0xFFFF, Snapshot, name, Structures, 0, out _)),
        ];
    }

    private static GattCharacteristic[] AllCharacteristics()
    {
        var all = new GattCharacteristic[CydShuntGatt.TelemetryCharacteristicCount + 1];
        for (int i = 0; i < CydShuntGatt.TelemetryCharacteristicCount; i++)
        {
            all[i] = CydShuntGatt.GetTelemetryCharacteristic(i);
        }

        all[^1] = CydShuntGatt.BatteryLevel;
        return all;
    }

    // Encodes -4210 (clamped where the range needs it) with every scalar format, then decodes it back.
    private static void EveryScalar(GattCharacteristic[] scalars, bool span)
    {
        foreach (GattCharacteristic characteristic in scalars)
        {
            ScalarFormat format = characteristic.Format!;
            if (span)
            {
                format.TryEncode(-4210, Buffer.AsSpan(), out int written);
                format.TryDecode(Buffer.AsSpan(0, written), out _, out _);
            }
            else
            {
                format.TryEncode(-4210, Buffer, 0, out int written);
                format.TryDecode(Buffer, 0, written, out _, out _);
            }
        }
    }

    private static string[] PathNames() => Array.ConvertAll(Paths, p => p.Name);

    [TestCaseSource(nameof(PathNames))]
    public void AllocatesNothing(string path)
    {
        Action action = Array.Find(Paths, p => p.Name == path).Path;
        for (int i = 0; i < 100; i++)
        {
            action();
        }

        // A garbage collection inside the window can charge the thread with the unused rest of its allocation context
        // (seen in the firmware tests: +8,008 B at a random point of a loop that allocates nothing); collecting first
        // leaves no partly used context behind, and real allocations are still counted to the byte.
        GC.Collect();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Iterations; i++)
        {
            action();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.Zero, path + " allocated " + allocated + " bytes over " + Iterations + " calls");
    }

    [Test]
    public void TheMeasurementSeesAllocations()
    {
        // Guards the guard: the same measurement reports a path that does allocate.
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Iterations; i++)
        {
            GC.KeepAlive(new byte[LiveSnapshotCodec.Size]);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.GreaterThanOrEqualTo(Iterations * LiveSnapshotCodec.Size));
    }
}
