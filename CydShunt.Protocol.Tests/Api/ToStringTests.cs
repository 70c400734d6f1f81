using System;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Api;

/// <summary>
/// Every public value type prints its fields with units; "n/a" marks Measurement.NotAvailable and flag names are spelled
/// out (nanoFramework's Enum.ToString gives a number). The expected strings are written by hand from the field values.
/// </summary>
public class ToStringTests
{
    private const int NA = Measurement.NotAvailable;

    [Test]
    public void ALiveSnapshotPrintsEveryQuantityWithItsUnit()
    {
        var snapshot = new LiveSnapshot(42, StatusFlags.Synchronised | StatusFlags.Discharging, 13250, -5234, -69350, 8750, 2150, 754, -1230);
        Assert.That(snapshot.ToString(), Is.EqualTo(
            "LiveSnapshot { Sequence = 42, Voltage = 13.250 V, Current = -5.234 A, Power = -69.350 W, StateOfCharge = 87.50 %, " +
            "Temperature = 21.50 °C, TimeToGo = 754 min, Consumed = -1.230 Ah, Status = Synchronised, Discharging }"));
    }

    [Test]
    public void AnUnavailableSnapshotPrintsNotAvailable()
    {
        Assert.That(LiveSnapshot.Unavailable.ToString(), Is.EqualTo(
            "LiveSnapshot { Sequence = 0, Voltage = n/a, Current = n/a, Power = n/a, StateOfCharge = n/a, Temperature = n/a, " +
            "TimeToGo = n/a, Consumed = n/a, Status = None }"));
    }

    [Test]
    public void ANegativeValueBelowOneUnitKeepsItsSignAndLeadingZeros()
    {
        var snapshot = new LiveSnapshot(0, StatusFlags.None, 5, -7, 0, 1, -5, 0, 0);
        Assert.That(snapshot.ToString(), Does.Contain("Voltage = 0.005 V, Current = -0.007 A, Power = 0.000 W, StateOfCharge = 0.01 %, Temperature = -0.05 °C"));
    }

    [Test]
    public void AlarmsNameEachSetBitAndShowUnnamedBitsAsANumber()
    {
        var alarms = new AlarmStatus(StatusFlags.AlarmActive, AlarmFlags.LowVoltage | AlarmFlags.HighTemperature | (AlarmFlags)0x0100);
        Assert.That(alarms.ToString(), Is.EqualTo("AlarmStatus { Status = AlarmActive, Alarms = LowVoltage, HighTemperature, 256 }"));
    }

    [Test]
    public void DeviceInfoPrintsTheFirmwareVersionAndTheFeatureNames()
    {
        var info = new DeviceInfo(1, 1, 2, 3, SensorType.Ina228, DeviceFeatures.TemperatureSensor | DeviceFeatures.BTHomeAdvertising, 100, 12);
        Assert.That(info.ToString(), Is.EqualTo(
            "DeviceInfo { ProtocolVersion = 1, Firmware = 1.2.3, SensorType = Ina228, Features = TemperatureSensor, BTHomeAdvertising, Capacity = 100 Ah, NominalVoltage = 12 V }"));
    }

    [Test]
    public void AGlanceFramePrintsItsFields()
    {
        var glance = new GlanceFrame(0xFFFF, 7, StatusFlags.Charging, 12800, 1500, 10000, NA);
        Assert.That(glance.ToString(), Is.EqualTo(
            "GlanceFrame { CompanyId = 65535, Sequence = 7, Voltage = 12.800 V, Current = 1.500 A, StateOfCharge = 100.00 %, TimeToGo = n/a, Status = Charging }"));
    }

    [Test]
    public void AnEnergyFramePrintsOnlyTheEnergies()
    {
        Assert.That(BTHomeFrame.FromEnergy(1234, 567).ToString(), Is.EqualTo(
            "BTHomeFrame { PacketId = n/a, StateOfCharge = n/a, Temperature = n/a, Voltage = n/a, Power = n/a, Current = n/a, EnergyCharged = 1234 Wh, EnergyDischarged = 567 Wh }"));
    }

    [Test]
    public void ControlPointMessagesNameTheirOpcodeAndResult()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new ControlPointRequest(ControlPointOpcode.SetBatteryCapacity, 200).ToString(), Is.EqualTo("ControlPointRequest { Opcode = SetBatteryCapacity, Parameter = 200 }"));
            Assert.That(new ControlPointRequest(ControlPointOpcode.ResetEnergyCounters, NA).ToString(), Is.EqualTo("ControlPointRequest { Opcode = ResetEnergyCounters, Parameter = n/a }"));
            Assert.That(new ControlPointResponse(ControlPointOpcode.SetNotificationInterval, ControlPointResult.InvalidParameter).ToString(), Is.EqualTo("ControlPointResponse { RequestOpcode = SetNotificationInterval, Result = InvalidParameter }"));
            Assert.That(new ControlPointResponse((ControlPointOpcode)9, (ControlPointResult)7).ToString(), Is.EqualTo("ControlPointResponse { RequestOpcode = 9, Result = 7 }"));
        });
    }

    [Test]
    public void AScanRecordPrintsWhatWasFound()
    {
        // Flags, then a BTHome structure with an unknown object (0x03) at byte 10, then the name "Shunt".
        byte[] record = Convert.FromHexString("020106" + "0916d2fc40002a03bf13" + "0609" + "5368756e74");
        ScanRecordParser.TryParse(record, out ScanRecord parsed, out _);
        Assert.That(parsed.ToString(), Is.EqualTo("ScanRecord { Glance = none, BTHome = BTHomeUnknownObject at byte 3, ServiceUuid = false, LocalName = \"Shunt\" }"));
    }
}
