using System;
using System.Linq;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>The GATT table against spec/gatt.md: UUIDs, properties, descriptors and security.</summary>
public class GattTableTests
{
    private const CharacteristicProperties ReadNotify = CharacteristicProperties.Read | CharacteristicProperties.Notify;

    // Short id, properties, 0x2901 text, 0x2904 bytes (hex) or null — copied from the spec's tables.
    private static readonly object?[][] SpecTable =
    [
        [0x0101, ReadNotify, "Battery voltage", "08fd2827010000"],
        [0x0102, ReadNotify, "Battery current", "10fd0427010000"],
        [0x0103, ReadNotify, "Battery power", "10fd2627010000"],
        [0x0104, ReadNotify, "Consumed charge", "10fdb027010000"],
        [0x0105, ReadNotify, "Energy charged", "08fdab27010000"],
        [0x0106, ReadNotify, "Energy discharged", "08fdab27010000"],
        [0x0107, ReadNotify, "State of charge", "06fead27010000"],
        [0x0108, ReadNotify, "Battery temperature", "0efe2f27010000"],
        [0x0109, ReadNotify, "Time to go", "06006027010000"],
        [0x010A, ReadNotify, "Alarms", null],
        [0x010B, ReadNotify, "Live snapshot", null],
        [0x010C, CharacteristicProperties.Read, "Device info", null],
        [0x010D, CharacteristicProperties.Write | CharacteristicProperties.Indicate, "Control point", null],
    ];

    [Test]
    public void ServicesAreTelemetryThenBattery()
    {
        BleGattTable table = CydShuntGattTable.Build(false);
        Assert.That(table.ServiceCount, Is.EqualTo(2));
        Assert.That(table.GetService(0), Is.EqualTo(new Guid("7E250001-D6CC-46BD-BCB7-7BDB54ED808C")));
        Assert.That(table.GetService(1), Is.EqualTo(new Guid("0000180F-0000-1000-8000-00805F9B34FB")));
        Assert.That(table.CharacteristicCount, Is.EqualTo(CydShuntGattTable.CharacteristicCount));
    }

    [Test]
    public void TelemetryCharacteristicsMatchTheSpecTable()
    {
        BleGattTable table = CydShuntGattTable.Build(false);
        for (int i = 0; i < SpecTable.Length; i++)
        {
            object?[] row = SpecTable[i];
            BleCharacteristicDefinition c = table.GetCharacteristic(i);
            string uuid = "7E25" + ((int)row[0]!).ToString("X4") + "-D6CC-46BD-BCB7-7BDB54ED808C";
            Assert.Multiple(() =>
            {
                Assert.That(c.ServiceIndex, Is.EqualTo(CydShuntGattTable.TelemetryServiceIndex), uuid);
                Assert.That(c.Uuid, Is.EqualTo(new Guid(uuid)), uuid);
                Assert.That(c.Properties, Is.EqualTo(row[1]), uuid);
                Assert.That(c.UserDescription, Is.EqualTo(row[2]), uuid);
                Assert.That(c.HasClientConfiguration, Is.EqualTo(i != CydShuntGattTable.DeviceInfo), uuid + " CCCD");
                Assert.That(c.MaximumLength, Is.LessThanOrEqualTo(20), uuid);
            });
            if (row[3] == null)
            {
                Assert.That(c.HasPresentationFormat, Is.False, uuid);
            }
            else
            {
                byte[] format = new byte[7];
                Assert.That(c.TryCopyPresentationFormat(format, 0), Is.True);
                Assert.That(Convert.ToHexStringLower(format), Is.EqualTo(row[3]), uuid);
                Assert.That(c.PresentationFormatType, Is.EqualTo(format[0]));
                Assert.That(c.PresentationExponent, Is.EqualTo((sbyte)format[1]));
                Assert.That(c.PresentationUnit, Is.EqualTo(format[2] | (format[3] << 8)));
                Assert.That(c.PresentationNamespace, Is.EqualTo(1));
                Assert.That(c.PresentationDescription, Is.EqualTo(0));
            }
        }
    }

    [Test]
    public void BatteryLevelIsTheSigCharacteristicWithoutDescriptors()
    {
        BleCharacteristicDefinition c = CydShuntGattTable.Build(false).GetCharacteristic(CydShuntGattTable.BatteryLevel);
        Assert.Multiple(() =>
        {
            Assert.That(c.ServiceIndex, Is.EqualTo(CydShuntGattTable.BatteryServiceIndex));
            Assert.That(c.Uuid, Is.EqualTo(new Guid("00002A19-0000-1000-8000-00805F9B34FB")));
            Assert.That(c.Properties, Is.EqualTo(ReadNotify));
            Assert.That(c.UserDescription, Is.Null);
            Assert.That(c.HasPresentationFormat, Is.False);
            Assert.That(c.HasClientConfiguration, Is.True);
            Assert.Throws<InvalidOperationException>(() => _ = c.PresentationUnit);
        });
    }

    [Test]
    public void OnlyTheControlPointWriteNeedsAuthenticationByDefault()
    {
        BleGattTable table = CydShuntGattTable.Build(false);
        for (int i = 0; i < table.CharacteristicCount; i++)
        {
            BleCharacteristicDefinition c = table.GetCharacteristic(i);
            Assert.That(c.ReadProtection, Is.EqualTo(BleProtectionLevel.Plain), "read " + i);
            BleProtectionLevel write = i == CydShuntGattTable.ControlPoint ? BleProtectionLevel.EncryptionAndAuthenticationRequired : BleProtectionLevel.Plain;
            Assert.That(c.WriteProtection, Is.EqualTo(write), "write " + i);
        }
    }

    [Test]
    public void PairingRequiredProtectsEveryValueOfBothServices()
    {
        BleGattTable table = CydShuntGattTable.Build(true);
        for (int i = 0; i < table.CharacteristicCount; i++)
        {
            BleCharacteristicDefinition c = table.GetCharacteristic(i);
            Assert.That(c.ReadProtection, Is.EqualTo(BleProtectionLevel.EncryptionAndAuthenticationRequired), "read " + i);
            Assert.That(c.WriteProtection, Is.EqualTo(BleProtectionLevel.EncryptionAndAuthenticationRequired), "write " + i);
        }
    }

    [Test]
    public void DescriptorsAreServedOverTheAirAsTheSpecSays()
    {
        var rig = new BleRig();
        HostBleCentral central = rig.Peripheral.Connect();
        AttResult voltageText = central.ReadDescriptor(CydShuntGattTable.Voltage, BluetoothSig.UserDescriptionDescriptor);
        AttResult socFormat = central.ReadDescriptor(CydShuntGattTable.StateOfCharge, BluetoothSig.PresentationFormatDescriptor);
        Assert.That(System.Text.Encoding.UTF8.GetString(voltageText.Value), Is.EqualTo("Battery voltage"));
        Assert.That(Convert.ToHexStringLower(socFormat.Value), Is.EqualTo("06fead27010000"));
        Assert.That(central.EnableNotifications(CydShuntGattTable.LiveSnapshot).IsSuccess, Is.True);
        Assert.That(central.ReadDescriptor(CydShuntGattTable.LiveSnapshot, BluetoothSig.ClientCharacteristicConfigurationDescriptor).Value, Is.EqualTo(new byte[] { 1, 0 }));
    }

    [Test]
    public void CccdsAcceptOnlyWhatThePropertiesAllow()
    {
        var rig = new BleRig();
        HostBleCentral central = rig.Peripheral.Connect();
        Assert.That(central.WriteCccd(CydShuntGattTable.LiveSnapshot, 2).Error, Is.EqualTo(AttError.RequestNotSupported));
        Assert.That(central.WriteCccd(CydShuntGattTable.ControlPoint, 1).Error, Is.EqualTo(AttError.RequestNotSupported));
        Assert.Throws<InvalidOperationException>(() => central.WriteCccd(CydShuntGattTable.DeviceInfo, 1));
    }

    [Test]
    public void TableRejectsCharacteristicsOfUnknownServices()
    {
        var c = new BleCharacteristicDefinition(1, Guid.Empty, CharacteristicProperties.Read, BleProtectionLevel.Plain, BleProtectionLevel.Plain, null, null, 1);
        Assert.Throws<ArgumentException>(() => _ = new BleGattTable([Guid.Empty], [c]));
        Assert.Throws<ArgumentException>(() => _ = new BleGattTable([], []));
        Assert.Throws<ArgumentException>(() => _ = new BleCharacteristicDefinition(0, Guid.Empty, CharacteristicProperties.Read, BleProtectionLevel.Plain, BleProtectionLevel.Plain, null, new byte[6], 1));
    }

    [Test]
    public void EveryProtocolCharacteristicIsInTheTable()
    {
        BleGattTable table = CydShuntGattTable.Build(false);
        Guid[] uuids = Enumerable.Range(0, table.CharacteristicCount).Select(i => table.GetCharacteristic(i).Uuid).ToArray();
        Assert.That(uuids, Is.Unique);
        for (int i = 0; i < CydShuntGatt.TelemetryCharacteristicCount; i++)
        {
            Assert.That(uuids, Does.Contain(CydShuntGatt.GetTelemetryCharacteristic(i).Uuid));
        }
    }
}
