using CydShunt.Firmware.Application;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Host.Storage;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Application;

/// <summary>
/// <see cref="ShuntFirmware.ZeroCurrentNow"/> and the offset in the sample path, on a simulated INA228 with the default
/// 500 A / 50 mV shunt: 1 mA = 100 nV at the shunt, and CURRENT_LSB = 312.5 nV / 0.1 mΩ = 3.125 mA, so 300 mA (96 LSB)
/// and 9.7 A (3104 LSB) are read exactly. The battery's current threshold is set to 0 so that a residue would show.
/// </summary>
public class ZeroOffsetTests
{
    private static FirmwareRig BootedRig(InMemoryFlashStorage? flash = null)
    {
        var rig = new FirmwareRig(flash);
        rig.Firmware.Boot();
        BatterySettings battery = rig.Firmware.BatterySettings;
        battery.CurrentThresholdMilliamps = 0;
        SettingsSaveResult result = rig.Firmware.ApplyBatterySettings(battery, out BatterySettingsError error);
        Assert.That(result, Is.EqualTo(SettingsSaveResult.Saved).Or.EqualTo(SettingsSaveResult.Unchanged), error.ToString());
        return rig;
    }

    [Test]
    public void TheNoLoadReadingBecomesTheOffsetAndComesOffEveryLaterReading()
    {
        FirmwareRig rig = BootedRig();
        rig.SetBattery(300, 13_000); // nothing connected, but the sensor reads +0.3 A
        rig.Run(2_000);
        Assert.That(rig.Firmware.Monitor.CurrentMilliamps, Is.EqualTo(300));

        Assert.That(rig.Firmware.ZeroCurrentNow(out ShuntSettingsError error), Is.EqualTo(SettingsSaveResult.Saved), error.ToString());
        Assert.That(rig.Firmware.ShuntSettings.ZeroOffsetMicroamps, Is.EqualTo(300_000));
        rig.Run(2_000);
        Assert.That(rig.Firmware.Monitor.CurrentMilliamps, Is.Zero);
        Assert.That(rig.Firmware.Monitor.PowerMilliwatts, Is.Zero);

        // A true 10 A discharge reads -9.7 A at the sensor; minus the offset it is -10 A, and -10 A x 13 V = -130 W.
        rig.SetBattery(-9_700, 13_000);
        rig.Run(2_000);
        Assert.That(rig.Firmware.Monitor.CurrentMilliamps, Is.EqualTo(-10_000).Within(1));
        Assert.That(rig.Firmware.Monitor.PowerMilliwatts, Is.EqualTo(-130_000).Within(13));
    }

    [Test]
    public void TheOffsetFollowsTheShuntWhenTheDirectionIsFlipped()
    {
        FirmwareRig rig = BootedRig();
        ShuntSettings inverted = rig.Firmware.ShuntSettings;
        inverted.InvertCurrent = true;
        Assert.That(rig.Firmware.ApplyShuntSettings(inverted, out _), Is.EqualTo(SettingsSaveResult.Saved));
        rig.SetBattery(300, 13_000); // inverted: the reading is -0.3 A
        rig.Run(2_000);
        Assert.That(rig.Firmware.Monitor.CurrentMilliamps, Is.EqualTo(-300));

        Assert.That(rig.Firmware.ZeroCurrentNow(out _), Is.EqualTo(SettingsSaveResult.Saved));
        Assert.That(rig.Firmware.ShuntSettings.ZeroOffsetMicroamps, Is.EqualTo(300_000), "kept in the shunt's own direction");
        rig.Run(2_000);
        Assert.That(rig.Firmware.Monitor.CurrentMilliamps, Is.Zero);

        ShuntSettings normal = rig.Firmware.ShuntSettings;
        normal.InvertCurrent = false;
        Assert.That(rig.Firmware.ApplyShuntSettings(normal, out _), Is.EqualTo(SettingsSaveResult.Saved));
        rig.Run(2_000);
        Assert.That(rig.Firmware.Monitor.CurrentMilliamps, Is.Zero);
    }

    [Test]
    public void ALoadRefusesZeroingAndChangesNothing()
    {
        FirmwareRig rig = BootedRig();
        rig.SetBattery(-10_100, 13_000); // 10.1 A: just above 2 % of 500 A

        rig.Run(2_000);

        Assert.That(rig.Firmware.ZeroCurrentNow(out ShuntSettingsError error), Is.EqualTo(SettingsSaveResult.Rejected));
        Assert.That(error, Is.EqualTo(ShuntSettingsError.ZeroingLoadFlowing));
        Assert.That(rig.Firmware.ShuntSettings.ZeroOffsetMicroamps, Is.Zero);
    }

    [Test]
    public void WithoutAReadingNothingIsZeroed()
    {
        var rig = new FirmwareRig();
        rig.Chip.Present = false;
        rig.Firmware.Boot();
        rig.Run(2_000);

        Assert.That(rig.Firmware.ZeroCurrentNow(out ShuntSettingsError error), Is.EqualTo(SettingsSaveResult.Rejected));
        Assert.That(error, Is.EqualTo(ShuntSettingsError.ZeroingWithoutReading));
    }

    [Test]
    public void ANewRatingNeedsANewReadingBeforeZeroing()
    {
        FirmwareRig rig = BootedRig();
        rig.SetBattery(300, 13_000);
        rig.Run(2_000);
        ShuntSettings changed = rig.Firmware.ShuntSettings;
        changed.RatedCurrentAmps = 600;
        Assert.That(rig.Firmware.ApplyShuntSettings(changed, out _), Is.EqualTo(SettingsSaveResult.Saved));

        Assert.That(rig.Firmware.ZeroCurrentNow(out ShuntSettingsError error), Is.EqualTo(SettingsSaveResult.Rejected));
        Assert.That(error, Is.EqualTo(ShuntSettingsError.ZeroingWithoutReading));
        rig.Run(1_000);
        Assert.That(rig.Firmware.ZeroCurrentNow(out _), Is.EqualTo(SettingsSaveResult.Saved));
    }

    [Test]
    public void AVersionOneRecordBootsWithoutAnOffset()
    {
        var flash = new InMemoryFlashStorage();

        // Written by a firmware before the offset: 500 A, 75 mV, 1 000 000 ppm, 0x40, inverted (11 bytes, version 1).
        byte[] v1 = { 1, 0xF4, 0x01, 75, 0, 0x40, 0x42, 0x0F, 0x00, 0x40, 0x01 };
        Assert.That(new RecordStore(flash, 256).Save(RecordKind.SettingsShunt, v1, 0, v1.Length), Is.EqualTo(RecordSaveStatus.Saved));

        var rig = new FirmwareRig(flash);
        BootReport report = rig.Firmware.Boot();

        Assert.That(report.ShuntSettings, Is.EqualTo(RecordLoadStatus.Loaded));
        Assert.That(rig.Firmware.ShuntSettings.RatedMillivolts, Is.EqualTo(75));
        Assert.That(rig.Firmware.ShuntSettings.InvertCurrent, Is.True);
        Assert.That(rig.Firmware.ShuntSettings.ZeroOffsetMicroamps, Is.Zero);
    }
}
