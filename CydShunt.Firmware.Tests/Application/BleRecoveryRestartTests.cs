using CydShunt.Firmware.Application;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Storage;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Application;

/// <summary>
/// Issue 12 §4: once the BLE service has used up its GATT table builds (BleTelemetryPolicy.MaximumGattTableBuildsPerBoot),
/// BLE stays off until a restart. The firmware restarts the device itself, after storing the battery state, and the
/// next boot says why.
/// </summary>
public class BleRecoveryRestartTests
{
    private static FirmwareRig Discharging(InMemoryFlashStorage? flash = null)
    {
        var rig = new FirmwareRig(flash);
        rig.SetBattery(-10_000, 13_000);
        rig.Firmware.Boot();
        BatterySettings battery = rig.Firmware.BatterySettings;
        battery.CapacityAmpHours = 200;
        rig.Firmware.ApplyBatterySettings(battery, out _);
        return rig;
    }

    // Toggles "pairing required" (each toggle is one table build) until the service asks for a reboot.
    private static void UseUpGattTableBuilds(FirmwareRig rig)
    {
        for (int i = 0; i < 40 && !rig.Firmware.Ble.RebootRequired; i++)
        {
            IntegrationSettings settings = rig.Firmware.IntegrationSettings;
            settings.PairingRequired = !settings.PairingRequired;
            Assert.That(rig.Firmware.ApplyIntegrationSettings(settings, out _), Is.EqualTo(SettingsSaveResult.Saved));
            rig.Run(FirmwareRig.TickMilliseconds);
        }
    }

    [Test]
    public void UsedUpTableBuildsRestartTheDeviceWithTheBatteryStateSaved()
    {
        FirmwareRig rig = Discharging();

        // 10 A for 90 s is 250 mAh, 0.125 % of 200 Ah: below the 1 % step and the 15 min period, so no routine save
        // has stored it; only the restart's own save can.
        rig.Run(90_000);
        Assert.That(rig.Restart.Restarted, Is.False);
        UseUpGattTableBuilds(rig);

        Assert.That(rig.Firmware.Ble.GattTableBuildCount, Is.EqualTo(BleTelemetryPolicy.MaximumGattTableBuildsPerBoot), "the budget is what ran out");
        Assert.That(rig.Restart.Restarts, Is.EqualTo(new[] { RestartReason.BleRecovery }));
        Assert.That(rig.Firmware.RestartRequested, Is.True);
        int consumedAtRestart = rig.Firmware.Monitor.ConsumedMilliampHours;
        Assert.That(consumedAtRestart, Is.InRange(-260, -240), "about 250 mAh drawn");

        // The firmware idles after asking (the ESP32 is rebooting): no second restart, nothing more written.
        int writes = rig.Flash.WriteCount;
        rig.Run(5_000);
        Assert.That(rig.Restart.Restarts, Has.Count.EqualTo(1));
        Assert.That(rig.Flash.WriteCount, Is.EqualTo(writes));

        // The next boot: the coulomb count is where it was, BLE is back, and the boot report says why the device restarted.
        var after = new FirmwareRig(rig.Flash);
        after.SetBattery(-10_000, 13_000);
        BootReport report = after.Firmware.Boot();
        Assert.That(after.Firmware.Monitor.ConsumedMilliampHours, Is.EqualTo(consumedAtRestart));
        Assert.That(report.PreviousRestart, Is.EqualTo(RestartReason.BleRecovery));
        Assert.That(BootReportText.Lines(report), Has.Some.StartsWith("Previous restart:     by the firmware to bring BLE back"));
        after.Run(FirmwareRig.TickMilliseconds);
        Assert.That(after.Firmware.Ble.IsRunning, Is.True);

        // Reported once: a later boot (a power cycle) is not a restart by the firmware.
        var third = new FirmwareRig(rig.Flash);
        Assert.That(third.Firmware.Boot().PreviousRestart, Is.EqualTo(RestartReason.None));
    }

    [Test]
    public void AFailedStateSaveHoldsTheRestartUntilASaveSucceeds()
    {
        FirmwareRig rig = Discharging();
        rig.Run(10_000);
        rig.Flash.UnwritableBlobs.Add(RecordStore.SlotName(RecordKind.BatteryState, 0));
        rig.Flash.UnwritableBlobs.Add(RecordStore.SlotName(RecordKind.BatteryState, 1));
        UseUpGattTableBuilds(rig);
        Assert.That(rig.Firmware.Ble.RebootRequired, Is.True);
        rig.Run(60_000);
        Assert.That(rig.Restart.Restarted, Is.False, "a restart now would lose the coulomb count the flash could not keep");
        Assert.That(rig.Firmware.RestartPending, Is.True);

        rig.Flash.UnwritableBlobs.Clear();
        rig.Run(SaveScheduler.DefaultMinimumIntervalMilliseconds);
        Assert.That(rig.Restart.Restarts, Is.EqualTo(new[] { RestartReason.BleRecovery }), "retried at the save scheduler's pace");
    }

    [Test]
    public void AFreshBootReportsNoRestart()
    {
        var rig = new FirmwareRig();
        Assert.That(rig.Firmware.Boot().PreviousRestart, Is.EqualTo(RestartReason.None));
    }
}
