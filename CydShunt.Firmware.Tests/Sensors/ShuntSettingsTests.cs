using CydShunt.Firmware.Sensors;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Sensors;

public class ShuntSettingsTests
{
    [Test]
    public void DefaultsDescribeA500A50mVShuntAtAddress0x40()
    {
        ShuntSettings settings = new();
        Assert.Multiple(() =>
        {
            Assert.That(settings.RatedCurrentAmps, Is.EqualTo(500));
            Assert.That(settings.RatedMillivolts, Is.EqualTo(50));
            Assert.That(settings.CorrectionPpm, Is.EqualTo(1_000_000));
            Assert.That(settings.I2cAddress, Is.EqualTo(0x40));
            Assert.That(settings.InvertCurrent, Is.False);
            Assert.That(settings.TryValidate(out ShuntSettingsError error), Is.True);
            Assert.That(error, Is.EqualTo(ShuntSettingsError.None));
        });
    }

    [TestCase(0, 50, 1_000_000, 0x40, ShuntSettingsError.RatedCurrentNotPositive)]
    [TestCase(-1, 50, 1_000_000, 0x40, ShuntSettingsError.RatedCurrentNotPositive)]
    [TestCase(2001, 50, 1_000_000, 0x40, ShuntSettingsError.RatedCurrentTooHigh)]
    [TestCase(500, 0, 1_000_000, 0x40, ShuntSettingsError.RatedMillivoltsNotPositive)]
    [TestCase(500, 164, 1_000_000, 0x40, ShuntSettingsError.RatedMillivoltsTooHigh)]
    [TestCase(500, 50, 899_999, 0x40, ShuntSettingsError.CorrectionOutOfRange)]
    [TestCase(500, 50, 1_100_001, 0x40, ShuntSettingsError.CorrectionOutOfRange)]
    [TestCase(500, 50, 1_000_000, 0x3F, ShuntSettingsError.AddressOutOfRange)]
    [TestCase(500, 50, 1_000_000, 0x50, ShuntSettingsError.AddressOutOfRange)]
    public void InvalidFieldsAreNamed(int amps, int millivolts, int ppm, int address, ShuntSettingsError expected)
    {
        ShuntSettings settings = new() { RatedCurrentAmps = amps, RatedMillivolts = millivolts, CorrectionPpm = ppm, I2cAddress = address };
        Assert.That(settings.TryValidate(out ShuntSettingsError error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
    }

    [TestCase(0x40)]
    [TestCase(0x45)]
    [TestCase(0x4F)]
    public void EveryStrappableAddressIsValid(int address)
    {
        ShuntSettings settings = new() { I2cAddress = address };
        Assert.That(settings.TryValidate(out _), Is.True);
    }
}
