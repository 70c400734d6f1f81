using CydShunt.Firmware.Tests.Support;
using System;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>Reads are answered from the latest data, with the spec's encodings and security.</summary>
public class ReadTests
{
    private static string Hex(AttResult r)
    {
        Assert.That(r.Error, Is.Zero, "ATT error");
        return Convert.ToHexStringLower(r.Value);
    }

    [Test]
    public void ReadsReturnTheSpecEncodingOfTheLatestUpdate()
    {
        var rig = new BleRig();
        rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.LowStateOfCharge, 1234, 5678);
        HostBleCentral c = rig.Peripheral.Connect();
        Assert.Multiple(() =>
        {
            Assert.That(Hex(c.Read(CydShuntGattTable.LiveSnapshot)), Is.EqualTo("2a09bd33008eebff4bfdff2e226608f2022efbff"));
            Assert.That(Hex(c.Read(CydShuntGattTable.Voltage)), Is.EqualTo("bd330000"));
            Assert.That(Hex(c.Read(CydShuntGattTable.Current)), Is.EqualTo("8eebffff"));
            Assert.That(Hex(c.Read(CydShuntGattTable.Power)), Is.EqualTo("4cf1feff")); // -69300 mW
            Assert.That(Hex(c.Read(CydShuntGattTable.ConsumedCharge)), Is.EqualTo("cccfffff"));
            Assert.That(Hex(c.Read(CydShuntGattTable.EnergyCharged)), Is.EqualTo("d2040000"));
            Assert.That(Hex(c.Read(CydShuntGattTable.EnergyDischarged)), Is.EqualTo("2e160000"));
            Assert.That(Hex(c.Read(CydShuntGattTable.StateOfCharge)), Is.EqualTo("2e22"));
            Assert.That(Hex(c.Read(CydShuntGattTable.Temperature)), Is.EqualTo("6608"));
            Assert.That(Hex(c.Read(CydShuntGattTable.TimeToGo)), Is.EqualTo("f202"));
            Assert.That(Hex(c.Read(CydShuntGattTable.Alarms)), Is.EqualTo("090400"));
            Assert.That(Hex(c.Read(CydShuntGattTable.BatteryLevel)), Is.EqualTo("58")); // 87.50 % -> 88
        });
    }

    [Test]
    public void BeforeTheFirstMeasurementEverythingIsNotAvailableAndBatteryLevelHasNoValue()
    {
        // spec/gatt.md, Battery Service: before any SOC was known a read of Battery Level answers Unlikely Error (0x0E).
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        Assert.That(Hex(c.Read(CydShuntGattTable.Voltage)), Is.EqualTo("ffffffff"));
        Assert.That(Hex(c.Read(CydShuntGattTable.Temperature)), Is.EqualTo("0080"));
        Assert.That(c.Read(CydShuntGattTable.BatteryLevel).Error, Is.EqualTo(0x0E));
    }

    [Test]
    public void BatteryLevelHasNoValueUntilASocIsKnownAndIsNotNotifiedMeanwhile()
    {
        // Not synchronised from the start (BatteryStartsSynchronised off, or no capacity): SOC is NA in every snapshot.
        var rig = new BleRig();
        LiveSnapshot unknown = BleRig.ExampleSnapshot.With(stateOfChargeCentipercent: Measurement.NotAvailable, status: StatusFlags.None);
        rig.Service.Update(unknown, AlarmFlags.None, 0, 0);
        HostBleCentral c = rig.Peripheral.Connect();
        c.EnableNotifications(CydShuntGattTable.LiveSnapshot);
        c.EnableNotifications(CydShuntGattTable.BatteryLevel);
        rig.Run(3000);
        Assert.That(c.Read(CydShuntGattTable.BatteryLevel).Error, Is.EqualTo(0x0E), "not 100 % (or 0 %) made up");
        Assert.That(c.Notifications.CountFor(CydShuntGattTable.BatteryLevel), Is.Zero);
        Assert.That(c.Notifications.CountFor(CydShuntGattTable.LiveSnapshot), Is.EqualTo(4), "the rest is notified as usual");

        rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.None, 0, 0); // 87.50 % known now
        rig.Run(1000);
        Assert.That(Hex(c.Read(CydShuntGattTable.BatteryLevel)), Is.EqualTo("58"));
        Assert.That(c.Notifications.CountFor(CydShuntGattTable.BatteryLevel), Is.EqualTo(1));
    }

    [Test]
    public void BatteryLevelKeepsTheLastKnownSocWhileNotSynchronised()
    {
        var rig = new BleRig();
        rig.Service.Update(BleRig.ExampleSnapshot, AlarmFlags.None, 0, 0);
        LiveSnapshot lost = BleRig.ExampleSnapshot.With(stateOfChargeCentipercent: Measurement.NotAvailable, status: StatusFlags.None);
        rig.Service.Update(lost, AlarmFlags.None, 0, 0);
        HostBleCentral c = rig.Peripheral.Connect();
        Assert.That(Hex(c.Read(CydShuntGattTable.StateOfCharge)), Is.EqualTo("ffff"));
        Assert.That(Hex(c.Read(CydShuntGattTable.BatteryLevel)), Is.EqualTo("58"));
    }

    [TestCase(0, 0)]
    [TestCase(49, 0)]
    [TestCase(50, 1)]
    [TestCase(8749, 87)]
    [TestCase(8750, 88)]
    [TestCase(10000, 100)]
    [TestCase(-5, 0)]
    [TestCase(int.MaxValue, 100)]
    public void BatteryLevelRoundsHalfUpAndClamps(int centipercent, int percent)
    {
        Assert.That(TelemetryValues.BatteryLevelPercent(centipercent), Is.EqualTo(percent));
    }

    [Test]
    public void DeviceInfoCarriesTheSettingsFeatureBits()
    {
        var rig = new BleRig();
        rig.Service.SetDeviceInfo(new DeviceInfo(
            protocolVersion: 1,
            firmwareMajor: 1,
            firmwareMinor: 2,
            firmwarePatch: 3,
            sensorType: SensorType.Ina228,
            features: DeviceFeatures.TemperatureSensor | DeviceFeatures.PairingRequiredForAll,
            capacityAmpHours: 200,
            nominalVoltage: 12));
        HostBleCentral c = rig.Peripheral.Connect();

        // The spec's example; the PairingRequiredForAll bit comes from the settings (off), not from the caller.
        Assert.That(Hex(c.Read(CydShuntGattTable.DeviceInfo)), Is.EqualTo("010102030201c8000c"));
        rig.Configure(format: AdvertisingFormat.BTHome);
        Assert.That(Hex(c.Read(CydShuntGattTable.DeviceInfo)), Is.EqualTo("010102030203c8000c"));
    }

    [Test]
    public void TheControlPointCannotBeRead()
    {
        var rig = new BleRig();
        HostBleCentral c = rig.Peripheral.Connect();
        Assert.That(c.Read(CydShuntGattTable.ControlPoint).Error, Is.EqualTo(AttError.ReadNotPermitted));
    }

    [Test]
    public void WithPairingRequiredUnauthenticatedReadsGetTheSpecErrors()
    {
        var rig = new BleRig(pairingRequired: true);
        HostBleCentral c = rig.Peripheral.Connect();
        for (int i = 0; i < CydShuntGattTable.CharacteristicCount; i++)
        {
            if (i != CydShuntGattTable.ControlPoint)
            {
                Assert.That(c.Read(i).Error, Is.EqualTo(AttError.InsufficientAuthentication), "characteristic " + i);
            }
        }

        rig.Pair(c);
        Assert.That(c.Read(CydShuntGattTable.DeviceInfo).Value[5] & 0x04, Is.EqualTo(0x04), "PairingRequiredForAll bit");
        c.Disconnect();
        rig.Peripheral.Connect(c);
        Assert.That(c.Read(CydShuntGattTable.LiveSnapshot).Error, Is.EqualTo(AttError.InsufficientEncryption), "bonded, not yet encrypted");
        c.EncryptWithBond();
        Assert.That(c.Read(CydShuntGattTable.LiveSnapshot).IsSuccess, Is.True);
    }

    [Test]
    public void JustWorksPairingIsNotEnoughWhenPairingIsRequired()
    {
        var rig = new BleRig(pairingRequired: true);
        HostBleCentral c = rig.Peripheral.Connect();
        c.PairJustWorks();
        Assert.That(c.Read(CydShuntGattTable.Voltage).Error, Is.EqualTo(AttError.InsufficientAuthentication));
    }

    [Test]
    public void TheServiceRefusesUnauthenticatedReadsEvenIfTheStackLetsThemThrough()
    {
        // Defence in depth: the handler repeats the rule the stack's protection levels enforce.
        var rig = new BleRig(pairingRequired: true);
        rig.Peripheral.Connect();
        IBlePeripheralHandler handler = rig.Service;
        byte error = handler.OnRead(CydShuntGattTable.Voltage, new byte[20], out int length);
        Assert.That(error, Is.EqualTo(AttError.InsufficientAuthentication));
        Assert.That(length, Is.Zero);
        Assert.That(handler.OnRead(99, new byte[20], out _), Is.EqualTo(AttError.ReadNotPermitted));
    }
}
