using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Host.Sensors;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Sensors;

public class ShuntSensorDetectorTests
{
    [Test]
    public void DetectsAnIna228ByItsIdRegisters()
    {
        SimulatedIna228 chip = new();
        Assert.That(ShuntSensorDetector.TryDetect(chip, out ShuntSensorType type, out int id, out SensorError error), Is.True, error.ToString());
        Assert.That(type, Is.EqualTo(ShuntSensorType.Ina228));
        Assert.That(id, Is.EqualTo(0x2281));
        Assert.That(chip.Reads, Is.EqualTo(new[] { 0x3E, 0x3F }));
        Assert.That(chip.ProtocolViolations, Is.Empty);
    }

    [Test]
    public void DetectsAnIna226ByItsIdRegisters()
    {
        SimulatedIna226 chip = new();
        Assert.That(ShuntSensorDetector.TryDetect(chip, out ShuntSensorType type, out int id, out SensorError error), Is.True, error.ToString());
        Assert.That(type, Is.EqualTo(ShuntSensorType.Ina226));
        Assert.That(id, Is.EqualTo(0x2260));
        Assert.That(chip.ProtocolViolations, Is.Empty);
    }

    [TestCase(0x5449)] // the INA228's manufacturer id
    [TestCase(0x2281)] // the INA228's device id
    public void AnIna226ReturningInaLikeValuesAtReservedAddressesIsStillAnIna226(int unlisted)
    {
        // What an INA226 returns at 0x3E/0x3F is undefined: even TI-looking values must not make it an INA228.
        SimulatedIna226 chip = new() { UnlistedRegisterValue = unlisted };
        Assert.That(ShuntSensorDetector.TryDetect(chip, out ShuntSensorType type, out _, out _), Is.True);
        Assert.That(type, Is.EqualTo(ShuntSensorType.Ina226));
    }

    [TestCase(0x5449)]
    [TestCase(0x2260)]
    public void AnIna228ReturningInaLikeValuesAtReservedAddressesIsStillAnIna228(int unlisted)
    {
        SimulatedIna228 chip = new() { UnlistedRegisterValue = unlisted };
        Assert.That(ShuntSensorDetector.TryDetect(chip, out ShuntSensorType type, out _, out _), Is.True);
        Assert.That(type, Is.EqualTo(ShuntSensorType.Ina228));
    }

    [Test]
    public void AnIna226DieIdAtTheIna228AddressIsNotAnIna228()
    {
        // A TI chip with the INA228's id layout but another die id (here 0x226 at 0x3F) is not accepted as INA228,
        // and with nothing valid at 0xFE/0xFF it is not an INA226 either.
        SimulatedIna228 chip = new() { DeviceId = 0x2260 };
        Assert.That(ShuntSensorDetector.TryDetect(chip, out ShuntSensorType type, out int id, out SensorError error), Is.False);
        Assert.That(type, Is.EqualTo(ShuntSensorType.None));
        Assert.That(error, Is.EqualTo(SensorError.UnsupportedDevice));
        Assert.That(id, Is.EqualTo(0x2260));
    }

    [Test]
    public void AnotherTiChipIsReportedAsUnsupportedWithItsId()
    {
        SimulatedIna228 ina238 = new() { DeviceId = 0x2381 }; // INA238: same register layout, die id 0x238
        Assert.That(ShuntSensorDetector.TryDetect(ina238, out ShuntSensorType type, out int id, out SensorError error), Is.False);
        Assert.That(type, Is.EqualTo(ShuntSensorType.None));
        Assert.That(error, Is.EqualTo(SensorError.UnsupportedDevice));
        Assert.That(id, Is.EqualTo(0x2381));
    }

    [Test]
    public void AnotherManufacturerIsReportedAsSuch()
    {
        SimulatedIna228 chip = new() { ManufacturerId = 0x4D43 };
        Assert.That(ShuntSensorDetector.TryDetect(chip, out ShuntSensorType type, out int id, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.WrongManufacturer));
        Assert.That(type, Is.EqualTo(ShuntSensorType.None));
        Assert.That(id, Is.Zero);
    }

    [Test]
    public void NoAnswerIsNoAcknowledge()
    {
        SimulatedIna228 chip = new() { Present = false };
        Assert.That(ShuntSensorDetector.TryDetect(chip, out ShuntSensorType type, out _, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.NoAcknowledge));
        Assert.That(type, Is.EqualTo(ShuntSensorType.None));
        Assert.That(chip.TransferCount, Is.EqualTo(1), "detection stops at the first unanswered transfer");
    }

    [TestCase(0, I2cStatus.PartialTransfer, SensorError.TransferIncomplete)]
    [TestCase(1, I2cStatus.ClockStretchTimeout, SensorError.BusTimeout)]
    [TestCase(2, I2cStatus.BusError, SensorError.BusError)]
    [TestCase(3, I2cStatus.AddressNotAcknowledged, SensorError.NoAcknowledge)]
    public void BusFailuresDuringDetectionAreReportedNotGuessed(int failingTransfer, I2cStatus status, SensorError expected)
    {
        // 0x3E reads "TI", so detection reads 0x3E, 0x3F, 0xFE, 0xFF: four transfers, any of which may fail.
        SimulatedIna226 chip = new() { UnlistedRegisterValue = 0x5449 };
        chip.FailTransfer(failingTransfer, status);
        Assert.That(ShuntSensorDetector.TryDetect(chip, out ShuntSensorType type, out _, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
        Assert.That(type, Is.EqualTo(ShuntSensorType.None));
    }

    [Test]
    public void TryCreateReturnsTheMatchingDriver()
    {
        Assert.That(ShuntSensorDetector.TryCreate(new SimulatedIna228(), out IShuntSensor? ina228, out _), Is.True);
        Assert.That(ina228, Is.InstanceOf<Ina228>());
        Assert.That(ShuntSensorDetector.TryCreate(new SimulatedIna226(), out IShuntSensor? ina226, out _), Is.True);
        Assert.That(ina226, Is.InstanceOf<Ina226>());
        Assert.That(ina226!.IsConfigured, Is.False);
        Assert.That(ShuntSensorDetector.TryCreate(new SimulatedIna226 { Present = false }, out IShuntSensor? none, out SensorError error), Is.False);
        Assert.That(none, Is.Null);
        Assert.That(error, Is.EqualTo(SensorError.NoAcknowledge));
    }
}
