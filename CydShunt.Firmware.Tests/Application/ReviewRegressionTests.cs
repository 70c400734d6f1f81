using System.Linq;
using CydShunt.Firmware.Application;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Host.Sensors;
using CydShunt.Firmware.Host.Serial;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Tests.VeDirect.Support;
using CydShunt.Firmware.VeDirect;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Application;

/// <summary>Defects found in review of the composition root, kept fixed.</summary>
public class ReviewRegressionTests
{
    [Test]
    public void ShuntSettingsTheDetectedChipCannotMeasureAreRejected()
    {
        var clock = new ManualClock { MillisecondsSinceBoot = 5_000 };
        var chip = new SimulatedIna226();
        var flash = new InMemoryFlashStorage();
        var firmware = new ShuntFirmware(
            new FirmwarePorts(clock, chip, new InMemorySerialPort(), flash, new HostBlePeripheral(clock), new RecordingPasskeyDisplay(), new SeededRandomSource(), new RecordingDeviceRestart()),
            new FirmwareIdentity(1, 0, 0, "HQ0000TEST"));
        Assert.That(firmware.Boot().Sensor, Is.EqualTo(ShuntSensorType.Ina226));
        int writes = flash.WriteCount;

        // 100 mV is a valid shunt in general, but the INA226's input ends at 81.92 mV.
        var tooLarge = new ShuntSettings { RatedCurrentAmps = 500, RatedMillivolts = 100 };
        Assert.That(firmware.ApplyShuntSettings(tooLarge, out ShuntSettingsError error), Is.EqualTo(SettingsSaveResult.Rejected));
        Assert.That(error, Is.EqualTo(ShuntSettingsError.NotSupportedBySensor));
        Assert.That(flash.WriteCount, Is.EqualTo(writes), "nothing stored");

        var fits = new ShuntSettings { RatedCurrentAmps = 500, RatedMillivolts = 75 };
        Assert.That(firmware.ApplyShuntSettings(fits, out error), Is.EqualTo(SettingsSaveResult.Saved), error.ToString());
        Assert.That(firmware.SensorError, Is.EqualTo(SensorError.None));
    }

    [Test]
    public void DeviceInfoNamesASensorFoundAfterBoot()
    {
        var rig = new FirmwareRig();
        rig.Chip.Present = false;
        rig.Firmware.Boot();
        rig.Chip.Present = true;
        rig.SetBattery(0, 13_300);
        rig.Run(ShuntFirmware.SensorRetryIntervalMilliseconds + 2_000);
        Assert.That(rig.Firmware.SensorType, Is.EqualTo(ShuntSensorType.Ina228));

        HostBleCentral central = rig.Peripheral.Connect();
        AttResult info = central.Read(CydShuntGattTable.DeviceInfo);
        Assert.That(info.IsSuccess, Is.True);
        Assert.That(info.Value[4], Is.EqualTo((byte)CydShunt.Protocol.SensorType.Ina228), "Device Info byte 4: sensor type");
    }

    [Test]
    public void VeDirectTimeToGoIsUnknownNotInfiniteDuringASensorFault()
    {
        var serial = new InMemorySerialPort();
        var rig = new FirmwareRig(serial: serial);
        rig.SetBattery(0, 13_100);
        rig.Firmware.Boot();
        Assert.That(rig.Firmware.SetBatteryCapacity(200), Is.EqualTo(CydShunt.Protocol.ControlPointResult.Success));
        rig.Run(5_000);
        rig.Chip.Present = false; // the sensor stops answering
        rig.Run(5_000);

        var listener = new RecordingListener();
        byte[] bytes = serial.Transmitted;
        new VeDirectParser(listener).Parse(bytes, 0, bytes.Length);
        TextBlockEvent idle = listener.Blocks.First(b => b["TTG"] != null);
        TextBlockEvent fault = listener.Blocks.Last(b => b["TTG"] != null);
        Assert.That(idle["TTG"], Is.EqualTo("-1"), "idle battery, sensor fine: infinite");
        Assert.That(fault["TTG"], Is.EqualTo("---"), "sensor fault: unknown");
    }
}
