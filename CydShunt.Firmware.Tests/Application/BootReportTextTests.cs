using System;
using CydShunt.Firmware.Application;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Storage;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Application;

/// <summary>The boot report's words: every enum value has its own (nanoFramework would otherwise print a number).</summary>
public class BootReportTextTests
{
    [Test]
    public void EveryRecordLoadStatusIsNamed() => AllNamed<RecordLoadStatus>(v => BootReportText.Describe(v));

    [Test]
    public void EverySensorTypeIsNamed() => AllNamed<ShuntSensorType>(v => BootReportText.Describe(v));

    [Test]
    public void EverySensorErrorIsNamed() => AllNamed<SensorError>(v => BootReportText.Describe(v));

    [Test]
    public void EveryRestartReasonIsNamed() => AllNamed<RestartReason>(v => BootReportText.Describe(v));

    [Test]
    public void AFreshBootReadsAsSuch()
    {
        var rig = new FirmwareRig();
        string[] lines = BootReportText.Lines(rig.Firmware.Boot());
        Assert.That(lines, Has.Length.EqualTo(9));
        Assert.That(lines[0], Is.EqualTo("Battery settings:     nothing stored yet, defaults"));
        Assert.That(lines[5], Is.EqualTo("Settings reset:       no"));
        Assert.That(lines[6], Is.EqualTo("Shunt sensor:         INA228"));
        Assert.That(lines[7], Is.EqualTo("Sensor error:         none"));
        Assert.That(lines[8], Is.EqualTo("Previous restart:     none by the firmware"));
    }

    private static void AllNamed<T>(Func<T, string> describe)
        where T : struct, Enum
    {
        string[] texts = Array.ConvertAll(Enum.GetValues<T>(), v => describe(v));
        Assert.That(texts, Has.None.Match(@"^unknown \(-?\d+\)$"), "a value without a name falls back to its number");
        Assert.That(texts, Is.Unique);
    }
}
