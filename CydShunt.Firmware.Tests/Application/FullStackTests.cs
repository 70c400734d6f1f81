using System;
using System.Collections.Generic;
using System.Linq;
using CydShunt.Firmware.Application;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Tests.VeDirect.Support;
using CydShunt.Firmware.VeDirect;
using CydShunt.Protocol;
using NUnit.Framework;
using CydShunt.Firmware.Tests.Support;

namespace CydShunt.Firmware.Tests.Application;

/// <summary>
/// Simulated battery → register-level INA228 → firmware (monitor, BLE service, VE.Direct) → bytes decoded exactly as a
/// client would (CydShunt.Protocol for BLE, the VE.Direct parser for the UART) → the values match the simulation
/// within the protocol's resolution; and the steady-state tick allocates nothing.
/// </summary>
public class FullStackTests
{
    [Test]
    public void BleClientDecodesWhatTheBatteryDoes()
    {
        var rig = new FirmwareRig();
        rig.SetBattery(0, 13_300);
        rig.Firmware.Boot();
        BatteryCapacity(rig, 200);
        rig.Run(1_000);

        HostBleCentral central = rig.Peripheral.Connect();
        Assert.That(central.EnableNotifications(CydShuntGattTable.LiveSnapshot).IsSuccess, Is.True);

        // A day in miniature: discharge, idle, charge; each second the client's latest snapshot is compared to the truth.
        (int current, int voltage, int seconds)[] phases = [(-25_000, 12_950, 120), (0, 13_100, 30), (40_000, 13_900, 120), (-3_300, 13_250, 60)];
        int compared = 0;
        foreach ((int current, int voltage, int seconds) in phases)
        {
            rig.SetBattery(current, voltage);
            rig.Run(2_000); // let the new values reach a sample
            for (int s = 0; s < seconds; s++)
            {
                rig.Run(1_000);
                ReceivedValue last = central.Notifications.For(CydShuntGattTable.LiveSnapshot).Last();
                Assert.That(LiveSnapshotCodec.TryDecode(last.Value, 0, last.Value.Length, out LiveSnapshot decoded, out ProtocolError error), Is.True, error.ToString());
                Assert.That(decoded.VoltageMillivolts, Is.EqualTo(voltage).Within(1), "voltage (1 mV resolution)");
                Assert.That(decoded.CurrentMilliamps, Is.EqualTo(current).Within(2), "current (1 mA resolution + sensor LSB)");
                Assert.That(decoded.PowerMilliwatts, Is.EqualTo((long)current * voltage / 1000).Within(100 + Math.Abs(current) / 100), "power (0.1 W resolution)");
                Assert.That(decoded.Status.HasFlag(StatusFlags.Synchronised), Is.True);
                Assert.That(decoded.Status.HasFlag(StatusFlags.Discharging), Is.EqualTo(current < -100));
                Assert.That(decoded.Status.HasFlag(StatusFlags.Charging), Is.EqualTo(current > 100));
                Assert.That(decoded.Sequence, Is.EqualTo(rig.Firmware.Snapshot.Sequence));
                compared++;
            }
        }

        // The client's view of charge agrees with the monitor's within the snapshot's 10 mAh resolution.
        ReceivedValue final = central.Notifications.For(CydShuntGattTable.LiveSnapshot).Last();
        LiveSnapshot lastSnapshot = LiveSnapshotCodec.Decode(final.Value, 0, final.Value.Length);
        Assert.That(lastSnapshot.ConsumedMilliampHours, Is.EqualTo(rig.Firmware.Monitor.ConsumedMilliampHours).Within(5));
        Assert.That(compared, Is.EqualTo(330));
    }

    [Test]
    public void AdvertisingCarriesTheSameMeasurementAsTheSnapshot()
    {
        var rig = new FirmwareRig();
        rig.SetBattery(-7_500, 12_800);
        rig.Firmware.Boot();
        BatteryCapacity(rig, 100);
        rig.Run(10_000);

        byte[] record = [.. rig.Peripheral.AdvertisingPacket, .. rig.Peripheral.ScanResponse];
        Assert.That(ScanRecordParser.TryParse(record, 0, record.Length, out ScanRecord parsed, out ProtocolError error), Is.True, error.ToString());
        Assert.That(parsed.HasGlance, Is.True);
        Assert.That(parsed.HasServiceUuid, Is.True);
        Assert.That(parsed.GetLocalName(), Is.EqualTo("CYD Smart S"));
        Assert.That(parsed.Glance.VoltageMillivolts, Is.EqualTo(12_800).Within(10), "10 mV resolution");
        Assert.That(parsed.Glance.CurrentMilliamps, Is.EqualTo(-7_500).Within(2));
    }

    [Test]
    public void VeDirectOutputParsesAndChecksums()
    {
        var serial = new FakeSerialPortLike();
        var rig = new FirmwareRig(serial: serial);
        rig.SetBattery(-12_340, 13_120);
        rig.Firmware.Boot();
        BatteryCapacity(rig, 200);
        rig.Run(12_000);

        var listener = new RecordingListener();
        var parser = new VeDirectParser(listener);
        byte[] bytes = serial.Bytes.ToArray();
        parser.Parse(bytes, 0, bytes.Length);
        Assert.That(parser.Errors, Is.Zero);
        List<TextBlockEvent> blocks = listener.Blocks.ToList();
        Assert.That(blocks.Count, Is.GreaterThanOrEqualTo(10));
        TextBlockEvent main = blocks.Last(b => b["V"] != null);
        Assert.Multiple(() =>
        {
            Assert.That(int.Parse(main["V"]!), Is.EqualTo(13_120).Within(1));
            Assert.That(int.Parse(main["I"]!), Is.EqualTo(-12_340).Within(2));
            Assert.That(main["PID"], Is.EqualTo("0xA389"));
            Assert.That(main["SOC"], Is.Not.EqualTo("---"), "synchronised at start: SOC is known");
            Assert.That(blocks.Any(b => b["H1"] != null), Is.True, "history blocks alternate with main blocks");
        });
    }

    [Test]
    public void SteadyStateTickAllocatesNothing()
    {
        var serial = new DiscardingSerialPort();
        var rig = new FirmwareRig(serial: serial);
        rig.SetBattery(-4_000, 12_900); // below the charged voltage: no automatic synchronisation, so no save is due
        rig.Firmware.Boot();
        BatteryCapacity(rig, 200);
        rig.Run(5_000);
        HostBleCentral central = rig.Peripheral.Connect();
        central.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        central.EnableNotifications(CydShuntGattTable.Voltage);
        // Warm-up: first notifications, JIT, and the first state save (SOC became known when the capacity was set;
        // saves are rate-limited to one per 2 minutes). A save allocates by design (the store reads the record back).
        rig.Run(3 * 60_000);
        int flashWrites = rig.Flash.WriteCount;

        // 5 minutes of 100 ms ticks (300 samples, 300 VE.Direct blocks, notifications): no save is due in this window.
        long allocated = 0;
        ThreadAllocations.Begin(); // each tick is its own window below
        for (int i = 0; i < 3_000; i++)
        {
            rig.Chip.Advance(FirmwareRig.TickMilliseconds);
            rig.Clock.Advance(FirmwareRig.TickMilliseconds);
            long before = GC.GetAllocatedBytesForCurrentThread();
            rig.Firmware.Tick();
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.That(serial.BytesWritten, Is.GreaterThan(300 * 100), "VE.Direct blocks were written");
        Assert.That(central.Notifications.CountFor(CydShuntGattTable.LiveSnapshot), Is.GreaterThan(250), "notifications were sent");
        Assert.That(rig.Flash.WriteCount, Is.EqualTo(flashWrites), "steady state: no save in the window");
        Assert.That(allocated, Is.Zero);
    }

    private static void BatteryCapacity(FirmwareRig rig, int ampHours) =>
        Assert.That(rig.Firmware.SetBatteryCapacity(ampHours), Is.EqualTo(ControlPointResult.Success));

    /// <summary>A UART that keeps every byte (for parsing).</summary>
    private sealed class FakeSerialPortLike : ISerialPort
    {
        public List<byte> Bytes { get; } = [];

        public int Read(byte[] buffer, int offset, int count) => 0;

        public void Write(byte[] buffer, int offset, int count) => Bytes.AddRange(new ArraySegment<byte>(buffer, offset, count));
    }

    /// <summary>A UART that counts bytes and keeps nothing, so the allocation measurement sees only the firmware.</summary>
    private sealed class DiscardingSerialPort : ISerialPort
    {
        public long BytesWritten { get; private set; }

        public int Read(byte[] buffer, int offset, int count) => 0;

        public void Write(byte[] buffer, int offset, int count) => BytesWritten += count;
    }
}
