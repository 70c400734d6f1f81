using System;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Tests.Fakes.Ble;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>Integration settings applied live.</summary>
public class SettingsTests
{
    [Test]
    public void NothingStartsBeforeTheSettingsAreKnown()
    {
        var rig = new BleRig(configure: false);
        rig.Run(5000);
        Assert.That(rig.Peripheral.IsRunning, Is.False);
        Assert.That(rig.Peripheral.GattTableBuildCount, Is.Zero);
    }

    [Test]
    public void TheFirstTickBuildsTheTableAndAdvertises()
    {
        var rig = new BleRig();
        Assert.That(rig.Service.IsRunning, Is.True);
        Assert.That(rig.Peripheral.IsAdvertising, Is.True);
        Assert.That(rig.Peripheral.GattTableBuildCount, Is.EqualTo(1));
        Assert.That(rig.Service.GattTableBuildCount, Is.EqualTo(1));
        Assert.That(rig.Service.StartCount, Is.EqualTo(1));
    }

    [Test]
    public void BleOffStopsEverythingAndOnStartsAgainWithoutABuild()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        rig.Configure(enabled: false);
        rig.Service.Tick();
        Assert.That(rig.Peripheral.IsRunning, Is.False);
        Assert.That(c.IsConnected, Is.False);
        Assert.That(rig.Service.IsCentralConnected, Is.False);
        rig.Run(5000);
        Assert.That(rig.Peripheral.IsRunning, Is.False);
        rig.Configure(enabled: true);
        rig.Service.Tick();
        Assert.That(rig.Peripheral.IsAdvertising, Is.True);
        Assert.That(rig.Peripheral.GattTableBuildCount, Is.EqualTo(1));
    }

    [Test]
    public void ANewNameReachesGapAndAdvertisingAtTheNextRefresh()
    {
        var rig = new BleRig();
        rig.Configure(name: "Van");
        rig.Run(BleTelemetryPolicy.DefaultAdvertisingRefreshIntervalMilliseconds);
        Assert.That(rig.Peripheral.GapDeviceName, Is.EqualTo("Van"));
        Assert.That(AirView.Of(rig.Peripheral).LocalName, Is.EqualTo("Van"));
        Assert.That(AirView.Of(rig.Peripheral).LocalNameComplete, Is.True);
    }

    [Test]
    public void ANameThatDiffersOnlyAfterTheAdvertisedBytesStillRestarts()
    {
        var rig = new BleRig();
        rig.Configure(name: "CYD Smart Shunt 2");
        rig.Run(BleTelemetryPolicy.DefaultAdvertisingRefreshIntervalMilliseconds);
        Assert.That(rig.Peripheral.GapDeviceName, Is.EqualTo("CYD Smart Shunt 2"));
    }

    [Test]
    public void ANameChangeWaitsForTheConnectedCentralToLeave()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        rig.Configure(name: "Boat");
        rig.Run(10_000);
        Assert.That(c.IsConnected, Is.True);
        Assert.That(rig.Peripheral.GapDeviceName, Is.EqualTo("CYD Smart Shunt"));
        c.Disconnect();
        rig.Run(100);
        Assert.That(rig.Peripheral.GapDeviceName, Is.EqualTo("Boat"));
    }

    [Test]
    public void FormatAndCompanyIdChangeTheAdvertisedFrames()
    {
        var rig = new BleRig();
        rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.None, 0, 0);
        rig.Configure(format: AdvertisingFormat.BTHome, companyId: 0x02E5);
        rig.Run(BleTelemetryPolicy.DefaultAdvertisingRefreshIntervalMilliseconds);
        AirView record = AirView.Of(rig.Peripheral);
        Assert.That(record.BTHome.HasValue, Is.True);
        Assert.That(record.Glance!.Value.CompanyId, Is.EqualTo(0x02E5));
        HostBleCentral c = rig.Peripheral.Connect();
        Assert.That(c.Read(CydShuntGattTable.DeviceInfo).Value[5] & 0x02, Is.EqualTo(0x02), "BTHomeAdvertising feature bit");
    }

    [Test]
    public void TogglingPairingRequiredRebuildsTheTableAtOnceAndDropsTheCentral()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        Assert.That(c.Read(CydShuntGattTable.Voltage).IsSuccess, Is.True);
        rig.Configure(pairingRequired: true);
        rig.Service.Tick();
        Assert.That(c.IsConnected, Is.False, "the old, open table must not stay reachable");
        Assert.That(rig.Peripheral.GattTableBuildCount, Is.EqualTo(2));
        HostBleCentral again = rig.Peripheral.Connect();
        Assert.That(again.Read(CydShuntGattTable.Voltage).Error, Is.EqualTo(0x05));
    }

    [Test]
    public void TheBuildBudgetEndsInRebootRequiredInsteadOfMisroutedEvents()
    {
        var rig = new BleRig();
        bool pairing = false;
        for (int i = 0; i < 40 && !rig.Service.RebootRequired; i++)
        {
            pairing = !pairing;
            rig.Configure(pairingRequired: pairing);
            rig.Service.Tick();
        }

        Assert.That(rig.Service.RebootRequired, Is.True);
        Assert.That(rig.Service.GattTableBuildCount, Is.EqualTo(BleTelemetryPolicy.MaximumGattTableBuildsPerBoot));
        Assert.That(rig.Peripheral.CharacteristicIdsUsed, Is.LessThanOrEqualTo(HostBlePeripheral.MaximumCharacteristicId));
        Assert.That(rig.Peripheral.IsRunning, Is.False, "BLE stays off rather than serving the wrong security");
    }

    [Test]
    public void ConfigureRejectsInvalidValues()
    {
        var rig = new BleRig();
        DeviceName name = DeviceName.Default;
        Assert.Throws<ArgumentOutOfRangeException>(() => rig.Service.Configure(true, name, AdvertisingFormat.CydShunt, 0xFFFF, false, 199));
        Assert.Throws<ArgumentOutOfRangeException>(() => rig.Service.Configure(true, name, AdvertisingFormat.CydShunt, 0xFFFF, false, 10_001));
        Assert.Throws<ArgumentOutOfRangeException>(() => rig.Service.Configure(true, name, (AdvertisingFormat)2, 0xFFFF, false, 1000));
        Assert.Throws<ArgumentNullException>(() => rig.Service.Configure(true, null!, AdvertisingFormat.CydShunt, 0xFFFF, false, 1000));
        Assert.That(rig.Service.NotificationIntervalMilliseconds, Is.EqualTo(1000));
    }

    [Test]
    public void ConstructorRejectsMissingPorts()
    {
        var clock = new ManualClock();
        var p = new HostBlePeripheral(clock);
        var a = new FakeControlPointActions();
        var d = new RecordingPasskeyDisplay();
        var r = new SeededRandomSource();
        Assert.Throws<ArgumentNullException>(() => _ = new BleTelemetryService(null!, clock, a, d, r, null));
        Assert.Throws<ArgumentNullException>(() => _ = new BleTelemetryService(p, null!, a, d, r, null));
        Assert.Throws<ArgumentNullException>(() => _ = new BleTelemetryService(p, clock, null!, d, r, null));
        Assert.Throws<ArgumentNullException>(() => _ = new BleTelemetryService(p, clock, a, null!, r, null));
        Assert.Throws<ArgumentNullException>(() => _ = new BleTelemetryService(p, clock, a, d, null!, null));
    }
}
