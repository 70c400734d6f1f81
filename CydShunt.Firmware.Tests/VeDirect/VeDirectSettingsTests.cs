using System;
using CydShunt.Firmware.VeDirect;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.VeDirect;

public class VeDirectSettingsTests
{
    [Test]
    public void DefaultsPresentASmartShunt()
    {
        var settings = new VeDirectSettings();
        Assert.Multiple(() =>
        {
            Assert.That(settings.Enabled, Is.True);
            Assert.That(settings.ProductId, Is.EqualTo(0xA389));
            Assert.That(settings.ModelDescription, Is.EqualTo("SmartShunt 500A/50mV"));
            Assert.That(settings.MonitorMode, Is.Zero);
            Assert.That(settings.HexApplicationVersion, Is.EqualTo(0x4100));
        });
    }

    [TestCase(0)]
    [TestCase(0x10000)]
    public void ProductIdOutsideSixteenBitsIsRejected(int pid) =>
        Assert.That(() => new VeDirectSettings { ProductId = pid }, Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("ProductId"));

    [TestCase(0x4000)]
    [TestCase(0x010A)]
    [TestCase(-1)]
    public void FirmwareVersionMustBePackedDecimalBelowForty(int version) =>
        Assert.That(() => new VeDirectSettings { FirmwareVersion = version }, Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("FirmwareVersion"));

    [TestCase(-1)]
    [TestCase(256)]
    public void GroupIdIsOneByte(int group) =>
        Assert.That(() => new VeDirectSettings { GroupId = group }, Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("GroupId"));

    [Test]
    public void TextsAreCheckedForLengthAndCharacters()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new VeDirectSettings { SerialNumber = "" }, Throws.ArgumentException.With.Message.Contains("SerialNumber"));
            Assert.That(() => new VeDirectSettings { SerialNumber = new string('1', 33) }, Throws.ArgumentException.With.Message.Contains("SerialNumber"));
            Assert.That(() => new VeDirectSettings { CustomName = "Tab\there" }, Throws.ArgumentException.With.Message.Contains("printable ASCII"));
            Assert.That(() => new VeDirectSettings { CustomName = "Café" }, Throws.ArgumentException.With.Message.Contains("printable ASCII"));
            Assert.That(() => new VeDirectSettings { CustomName = null! }, Throws.TypeOf<ArgumentNullException>());
            Assert.That(() => new VeDirectSettings { ModelDescription = "BMV:712" }, Throws.ArgumentException.With.Message.Contains("':'"));
            Assert.That(() => new VeDirectSettings { MonitorMode = 40000 }, Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("MonitorMode"));
        });
        Assert.That(new VeDirectSettings { CustomName = "" }.CustomName, Is.Empty);
    }
}
