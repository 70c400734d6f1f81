using System;
using System.Collections.Generic;
using System.Linq;
using CydShunt.Firmware.Application;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Host.Serial;
using CydShunt.Firmware.VeDirect;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Application;

/// <summary>The composition root: boot, the sample → monitor → BLE/VE.Direct pipeline, persistence across reboots, settings.</summary>
public class ShuntFirmwareTests
{
    private static FirmwareRig BootedRig(int capacityAmpHours = 200, InMemoryFlashStorage? flash = null)
    {
        var rig = new FirmwareRig(flash);
        rig.SetBattery(-5_000, 13_200);
        BootReport report = rig.Firmware.Boot();
        Assert.That(report.Sensor, Is.EqualTo(ShuntSensorType.Ina228));
        if (capacityAmpHours > 0 && rig.Firmware.BatterySettings.CapacityAmpHours != capacityAmpHours)
        {
            BatterySettings settings = rig.Firmware.BatterySettings;
            settings.CapacityAmpHours = capacityAmpHours;
            Assert.That(rig.Firmware.ApplyBatterySettings(settings, out BatterySettingsError error), Is.EqualTo(SettingsSaveResult.Saved), error.ToString());
        }

        return rig;
    }

    [Test]
    public void FirstBootFindsTheSensorAndStartsWithDefaults()
    {
        var rig = new FirmwareRig();
        BootReport report = rig.Firmware.Boot();
        rig.Run(FirmwareRig.TickMilliseconds); // BLE starts advertising from the main loop
        Assert.Multiple(() =>
        {
            Assert.That(report.Sensor, Is.EqualTo(ShuntSensorType.Ina228));
            Assert.That(report.SensorError, Is.EqualTo(SensorError.None));
            Assert.That(report.BatterySettings, Is.EqualTo(RecordLoadStatus.NoData));
            Assert.That(report.BatteryState, Is.EqualTo(RecordLoadStatus.NoData));
            Assert.That(report.SettingsReset, Is.False, "a first boot is not a reset");
            Assert.That(rig.Firmware.Ble.IsRunning, Is.True);
        });
    }

    [Test]
    public void EachSampleFeedsTheMonitorBleAndVeDirect()
    {
        FirmwareRig rig = BootedRig();
        rig.SetBattery(-12_500, 13_150);
        rig.Run(5_000);

        LiveSnapshot s = rig.Firmware.Snapshot;
        Assert.Multiple(() =>
        {
            Assert.That(s.VoltageMillivolts, Is.EqualTo(13_150).Within(1));
            Assert.That(s.CurrentMilliamps, Is.EqualTo(-12_500).Within(2));
            Assert.That(s.PowerMilliwatts, Is.EqualTo(-164_375).Within(200));
            Assert.That(s.Status & StatusFlags.Discharging, Is.EqualTo(StatusFlags.Discharging));
            Assert.That(s.Sequence, Is.GreaterThanOrEqualTo(5));
            Assert.That(rig.Firmware.VeDirect.BlocksSent, Is.GreaterThanOrEqualTo(4));
        });
    }

    [Test]
    public void AMissingSensorIsReportedAndFoundWhenItAnswers()
    {
        var rig = new FirmwareRig();
        rig.Chip.Present = false;
        BootReport report = rig.Firmware.Boot();
        Assert.That(report.Sensor, Is.EqualTo(ShuntSensorType.None));
        Assert.That(report.SensorError, Is.Not.EqualTo(SensorError.None));

        rig.Run(2_000);
        Assert.That(rig.Firmware.Snapshot.Status & StatusFlags.SensorFault, Is.EqualTo(StatusFlags.SensorFault));
        Assert.That(rig.Firmware.Snapshot.VoltageMillivolts, Is.EqualTo(Measurement.NotAvailable));

        rig.Chip.Present = true;
        rig.SetBattery(1_000, 13_300);
        rig.Run(ShuntFirmware.SensorRetryIntervalMilliseconds + 2_000);
        Assert.That(rig.Firmware.SensorType, Is.EqualTo(ShuntSensorType.Ina228));
        Assert.That(rig.Firmware.SensorError, Is.EqualTo(SensorError.None));
        Assert.That(rig.Firmware.Snapshot.VoltageMillivolts, Is.EqualTo(13_300).Within(1));
    }

    [Test]
    public void BatteryStateSurvivesARebootAndSettingsAreKept()
    {
        var flash = new InMemoryFlashStorage();
        FirmwareRig rig = BootedRig(flash: flash);
        rig.SetBattery(-20_000, 13_000);
        rig.Run(60_000);
        Assert.That(rig.Firmware.ResetEnergyCounters(), Is.EqualTo(ControlPointResult.Success));
        rig.Run(30 * 60_000); // discharge for half an hour: periodic and SOC-step saves happen
        int consumedBefore = rig.Firmware.Monitor.ConsumedMilliampHours;
        int energyBefore = rig.Firmware.Monitor.EnergyDischargedWattHours;
        Assert.That(consumedBefore, Is.LessThan(-9_000));

        // Reboot on the same flash: settings and the last saved state come back.
        var rebooted = new FirmwareRig(flash);
        rebooted.SetBattery(-20_000, 13_000);
        BootReport report = rebooted.Firmware.Boot();
        Assert.Multiple(() =>
        {
            Assert.That(report.BatterySettings, Is.EqualTo(RecordLoadStatus.Loaded));
            Assert.That(report.BatteryState, Is.EqualTo(RecordLoadStatus.Loaded));
            Assert.That(rebooted.Firmware.BatterySettings.CapacityAmpHours, Is.EqualTo(200));
            Assert.That(rebooted.Firmware.Monitor.ConsumedMilliampHours, Is.EqualTo(consumedBefore).Within(2_000), "state saved within the last save interval");
            Assert.That(rebooted.Firmware.Monitor.EnergyDischargedWattHours, Is.EqualTo(energyBefore).Within(30));
            Assert.That(rebooted.Firmware.Monitor.Synchronised, Is.True);
        });
    }

    [Test]
    public void InvalidSettingsAreRejectedWithTheReasonAndNothingStoredChanges()
    {
        var flash = new InMemoryFlashStorage();
        FirmwareRig rig = BootedRig(flash: flash);
        int writes = flash.WriteCount;
        BatterySettings bad = rig.Firmware.BatterySettings;
        bad.PeukertExponentHundredths = 200;
        Assert.That(rig.Firmware.ApplyBatterySettings(bad, out BatterySettingsError error), Is.EqualTo(SettingsSaveResult.Rejected));
        Assert.That(error, Is.Not.EqualTo(BatterySettingsError.None));
        Assert.That(flash.WriteCount, Is.EqualTo(writes));
        Assert.That(rig.Firmware.BatterySettings.PeukertExponentHundredths, Is.Not.EqualTo(200));

        ShuntSettings badShunt = new() { RatedCurrentAmps = 0 };
        Assert.That(rig.Firmware.ApplyShuntSettings(badShunt, out ShuntSettingsError shuntError), Is.EqualTo(SettingsSaveResult.Rejected));
        Assert.That(shuntError, Is.EqualTo(ShuntSettingsError.RatedCurrentNotPositive));

        IntegrationSettings badIntegration = rig.Firmware.IntegrationSettings;
        badIntegration.DeviceName = "";
        Assert.That(rig.Firmware.ApplyIntegrationSettings(badIntegration, out IntegrationSettingsError integrationError), Is.EqualTo(SettingsSaveResult.Rejected));
        Assert.That(integrationError, Is.Not.EqualTo(IntegrationSettingsError.None));
        Assert.That(flash.WriteCount, Is.EqualTo(writes));
    }

    [Test]
    public void IntegrationSettingsApplyLiveAndPersist()
    {
        var flash = new InMemoryFlashStorage();
        FirmwareRig rig = BootedRig(flash: flash);
        IntegrationSettings settings = rig.Firmware.IntegrationSettings;
        settings.DeviceName = "Van";
        settings.AdvertisingFormat = AdvertisingFormat.BTHome;
        settings.VeDirectEnabled = false;
        Assert.That(rig.Firmware.ApplyIntegrationSettings(settings, out _), Is.EqualTo(SettingsSaveResult.Saved));
        int blocks = rig.Firmware.VeDirect.BlocksSent;
        rig.Run(5_000);
        Assert.That(rig.Firmware.VeDirect.BlocksSent, Is.EqualTo(blocks), "VE.Direct off");
        Assert.That(rig.Peripheral.GapDeviceName, Is.EqualTo("Van"));
        Assert.That(ScanRecordParser.TryParse(rig.Peripheral.AdvertisingPacket, 0, rig.Peripheral.AdvertisingPacket.Length, out ScanRecord record, out _), Is.True);
        Assert.That(record.HasBTHome, Is.True);

        var rebooted = new FirmwareRig(flash);
        rebooted.Firmware.Boot();
        Assert.That(rebooted.Firmware.IntegrationSettings.DeviceName, Is.EqualTo("Van"));
        Assert.That(rebooted.Firmware.IntegrationSettings.AdvertisingFormat, Is.EqualTo(AdvertisingFormat.BTHome));
    }

    [Test]
    public void ControlPointCapacityAndIntervalArePersisted()
    {
        var flash = new InMemoryFlashStorage();
        FirmwareRig rig = BootedRig(flash: flash);
        rig.Run(1_000);
        HostBleCentral central = rig.Peripheral.Connect();
        central.BeginPairing();
        rig.Run(FirmwareRig.TickMilliseconds);
        Assert.That(central.EnterPasskey(rig.Display.Shown!.Value), Is.True, "passkey shown on the screen");
        rig.Run(FirmwareRig.TickMilliseconds);
        Assert.That(central.EnableIndications(CydShuntGattTable.ControlPoint).IsSuccess, Is.True);
        Assert.That(central.Write(CydShuntGattTable.ControlPoint, [0x03, 0x2C, 0x01]).IsSuccess, Is.True); // capacity 300 Ah
        rig.Run(500);
        Assert.That(central.Write(CydShuntGattTable.ControlPoint, [0x04, 0xF4, 0x01]).IsSuccess, Is.True); // 500 ms
        rig.Run(500);
        Assert.That(central.Indications.For(CydShuntGattTable.ControlPoint).Select(i => Convert.ToHexStringLower(i.Value)), Is.EqualTo(new[] { "800301", "800401" }));

        var rebooted = new FirmwareRig(flash);
        rebooted.Firmware.Boot();
        Assert.That(rebooted.Firmware.BatterySettings.CapacityAmpHours, Is.EqualTo(300));
        Assert.That(rebooted.Firmware.Ble.NotificationIntervalMilliseconds, Is.EqualTo(500));
    }
}
