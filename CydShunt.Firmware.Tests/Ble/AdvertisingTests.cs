using CydShunt.Firmware.Tests.Support;
using System;
using System.Linq;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>Advertising content and the refresh policy (restart only while not connected, bounded rate, only on change).</summary>
public class AdvertisingTests
{
    [Test]
    public void TheCydShuntFormatSendsEverySpecStructure()
    {
        var rig = new BleRig();
        rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.None, 0, 0);
        rig.Run(BleTelemetryPolicy.DefaultAdvertisingRefreshIntervalMilliseconds);
        HostBlePeripheral p = rig.Peripheral;

        // The spec's first-fit layout (glance frame last), which is what nanoFramework produces: the glance frame lands
        // in the scan response; clients that merge both packets see it all.
        Assert.That(Convert.ToHexStringLower(p.AdvertisingPacket), Is.EqualTo("0201061107" + "8c80ed54db7bb7bcbd46ccd60100257e"));
        Assert.That(Convert.ToHexStringLower(p.ScanResponse), Is.EqualTo("0c0843594420536d6172742053" + "11ffffff4353012a092d058eebff2e22f202"));
        Assert.That(p.AllAdvertisingDataFits, Is.True);
        AirView record = AirView.Of(p);
        Assert.That(record.HasServiceUuid, Is.True);
        Assert.That(record.LocalName, Is.EqualTo("CYD Smart S"));
        Assert.That(record.Glance!.Value.Sequence, Is.EqualTo(42));
        Assert.That(p.GapDeviceName, Is.EqualTo("CYD Smart Shunt"));
    }

    [Test]
    public void TheBTHomeFormatAlternatesTheMeasurementFrameAndTheEnergyFrameWithTheNameForPassiveScanners()
    {
        // spec/bthome.md "Two frames" and "Worked examples": one advertising start sends the measurement frame, the next
        // the energy frame, whose advertising packet also carries the name, so passive scanners (Home Assistant) see it.
        var rig = new BleRig(format: AdvertisingFormat.BTHome);
        var packets = new System.Collections.Generic.List<(string Advertising, string ScanResponse)>();
        for (int t = 0; t < 12_000; t += 100)
        {
            LiveSnapshot snapshot = BleRig.ExampleSnapshot; // sequence 42 …
            rig.Service.Update(snapshot, AlarmFlags.None, 1234567, 1100000);
            int starts = rig.Peripheral.StartTimes.Count;
            rig.Run(100);
            if (rig.Peripheral.StartTimes.Count != starts)
            {
                packets.Add((Convert.ToHexStringLower(rig.Peripheral.AdvertisingPacket), Convert.ToHexStringLower(rig.Peripheral.ScanResponse)));
            }
        }

        const string Measurements = "0201061616d2fc40002a01580266080cbd335ceee4ffff5d8eeb";
        const string Energy = "0201060e16d2fc404d87d612004de0c81000" + "0c0843594420536d6172742053";
        const string Glance = "11ffffff4353012a092d058eebff2e22f202";
        string[] advertised = packets.Skip(1).Select(p => p.Advertising).ToArray(); // the first start precedes the data
        Assert.That(advertised, Has.Length.GreaterThanOrEqualTo(4));
        for (int i = 1; i < advertised.Length; i++)
        {
            Assert.That(advertised[i], Is.Not.EqualTo(advertised[i - 1]), "consecutive starts send different frames");
        }

        Assert.That(advertised, Is.All.AnyOf(Measurements, Energy));
        Assert.That(packets.Skip(1).Where(p => p.Advertising == Energy).Select(p => p.ScanResponse), Is.All.EqualTo(Glance));
        Assert.That(packets.Skip(1).Where(p => p.Advertising == Measurements).Select(p => p.ScanResponse), Is.All.EqualTo("0c0843594420536d6172742053" + Glance));
    }

    [Test]
    public void TheBTHomeFormatSendsOnlyTheMeasurementFrameWhileAnEnergyTotalIsNotAvailable()
    {
        var rig = new BleRig(format: AdvertisingFormat.BTHome);
        rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.None, 1234567, Measurement.NotAvailable);
        int before = rig.Peripheral.GattServerRegistrations;
        rig.Run(3 * BleTelemetryPolicy.DefaultAdvertisingRefreshIntervalMilliseconds);
        Assert.That(Convert.ToHexStringLower(rig.Peripheral.AdvertisingPacket), Is.EqualTo("0201061616d2fc40002a01580266080cbd335ceee4ffff5d8eeb"));
        Assert.That(rig.Peripheral.GattServerRegistrations - before, Is.LessThanOrEqualTo(1), "no restarts just to alternate");
        AirView record = AirView.Of(rig.Peripheral);
        Assert.That(record.BTHome!.Value.PacketId, Is.EqualTo(42));
        Assert.That(record.HasServiceUuid, Is.False);
    }

    [TestCase(AdvertisingFormat.CydShunt, "CYD Smart Shunt")]
    [TestCase(AdvertisingFormat.CydShunt, "Shunt 01")]
    [TestCase(AdvertisingFormat.CydShunt, "Shunt 012")]
    [TestCase(AdvertisingFormat.BTHome, "CYD Smart Shunt")]
    [TestCase(AdvertisingFormat.BTHome, "Van")]
    public void OnAirPacketsAreExactlyTheProtocolLibrarysPackets(AdvertisingFormat format, string name)
    {
        // The service hands the stack the ordered AD-structure list; the stack's first-fit layout must reproduce the
        // spec's packets byte for byte (AdvertisingBuilder.TryBuild is tested against spec/vectors/advertising.json).
        var rig = new BleRig(format: format, configure: false);
        rig.Service.Configure(true, DeviceName.Create(name), format, 0xFFFF, false, 1000);
        LiveSnapshot snapshot = BleRig.ExampleSnapshot.With(temperatureCentidegrees: Measurement.NotAvailable); // a shorter BTHome frame: short names fit beside it
        rig.Service.Update(snapshot, AlarmFlags.None, Measurement.NotAvailable, Measurement.NotAvailable); // measurement frame only
        rig.Run(BleTelemetryPolicy.DefaultAdvertisingRefreshIntervalMilliseconds);

        byte[] advertising = new byte[31];
        byte[] scanResponse = new byte[31];
        Assert.That(AdvertisingBuilder.TryBuild(format, 0xFFFF, snapshot, DeviceName.Create(name), advertising, 0, out int a, scanResponse, 0, out int s), Is.True);
        Assert.That(rig.Peripheral.AdvertisingPacket, Is.EqualTo(advertising.Take(a).ToArray()), "advertising packet");
        Assert.That(rig.Peripheral.ScanResponse, Is.EqualTo(scanResponse.Take(s).ToArray()), "scan response");
    }

    [Test]
    public void AdvertisingIsRefreshedAtTheConfiguredRateWhileMeasurementsChange()
    {
        var rig = new BleRig();
        int startsBefore = rig.Peripheral.GattServerRegistrations;
        for (int t = 0; t < 20_000; t += 100)
        {
            LiveSnapshot s = BleRig.ExampleSnapshot.With(sequence: (byte)(t / 100));
            rig.Service.Update(s, AlarmFlags.None, 0, 0);
            rig.Run(100);
        }

        long[] starts = rig.Peripheral.StartTimes.ToArray();
        Assert.That(starts.Zip(starts.Skip(1), (a, b) => b - a), Is.All.GreaterThanOrEqualTo(BleTelemetryPolicy.DefaultAdvertisingRefreshIntervalMilliseconds));
        Assert.That(rig.Peripheral.GattServerRegistrations - startsBefore, Is.EqualTo(10));
        Assert.That(rig.Peripheral.GattTableBuildCount, Is.EqualTo(1), "a refresh re-registers the table, it does not build a new one");
        Assert.That(AirView.Of(rig.Peripheral).Glance!.Value.Sequence, Is.GreaterThanOrEqualTo(180));
    }

    [Test]
    public void TheRefreshIntervalCanBeLengthenedButNeverBelowOneSecond()
    {
        var rig = new BleRig();
        Assert.Throws<ArgumentOutOfRangeException>(() => rig.Service.AdvertisingRefreshIntervalMilliseconds = 999);
        Assert.Throws<ArgumentOutOfRangeException>(() => rig.Service.AdvertisingRefreshIntervalMilliseconds = 60_001);
        rig.Service.AdvertisingRefreshIntervalMilliseconds = 1000;
        int before = rig.Peripheral.GattServerRegistrations;
        for (int t = 0; t < 10_000; t += 50)
        {
            LiveSnapshot s = BleRig.ExampleSnapshot.With(sequence: (byte)t);
            rig.Service.Update(s, AlarmFlags.None, 0, 0);
            rig.Run(50);
        }

        Assert.That(rig.Peripheral.GattServerRegistrations - before, Is.EqualTo(10));
    }

    [Test]
    public void UnchangedContentIsNotRefreshed()
    {
        var rig = new BleRig();
        rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.None, 0, 0);
        rig.Run(3000);
        int registrations = rig.Peripheral.GattServerRegistrations;
        for (int i = 0; i < 30; i++)
        {
            rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.HighVoltage, 5, 5); // nothing advertised changes
            rig.Run(1000);
        }

        Assert.That(rig.Peripheral.GattServerRegistrations, Is.EqualTo(registrations));
    }

    [Test]
    public void NoRefreshWhileACentralIsConnectedAndAdvertisingResumesAfterwards()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        int registrations = rig.Peripheral.GattServerRegistrations;
        for (int i = 0; i < 20; i++)
        {
            LiveSnapshot s = BleRig.ExampleSnapshot.With(sequence: (byte)i);
            rig.Service.Update(s, AlarmFlags.None, 0, 0);
            rig.Run(1000);
        }

        Assert.That(rig.Peripheral.GattServerRegistrations, Is.EqualTo(registrations));
        Assert.That(c.IsConnected, Is.True);
        c.Disconnect();
        Assert.That(rig.Peripheral.IsAdvertising, Is.True, "the stack resumes advertising by itself");
        Assert.That(AirView.Of(rig.Peripheral).Glance!.Value.Sequence, Is.Not.EqualTo(19), "still the old data");
        rig.Run(100);
        Assert.That(AirView.Of(rig.Peripheral).Glance!.Value.Sequence, Is.EqualTo(19));
    }

    [Test]
    public void ARestartWaitsForAnAsynchronousStop()
    {
        var rig = new BleRig();
        rig.Peripheral.StopCompletesImmediately = false;
        rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.None, 0, 0);
        rig.Run(2000);
        Assert.That(rig.Peripheral.IsRunning, Is.False);
        Assert.That(rig.Peripheral.IsStopped, Is.False);
        rig.Run(500);
        Assert.That(rig.Peripheral.IsRunning, Is.False, "no Start before the stop completed");
        rig.Peripheral.CompleteStop();
        rig.Run(50);
        Assert.That(rig.Peripheral.IsAdvertising, Is.True);
        Assert.That(AirView.Of(rig.Peripheral).Glance!.Value.Sequence, Is.EqualTo(42));
    }
}
