using System;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Host.Sensors;
using NUnit.Framework;
using CydShunt.Firmware.Tests.Support;

namespace CydShunt.Firmware.Tests.Sensors;

public class Ina226Tests
{
    // TryRead's transfers: Calibration, Mask/Enable, Bus Voltage, Current: shunt voltage and power are read on demand only.
    private const int TransfersPerRead = 4;

    private static (SimulatedIna226 Chip, Ina226 Driver) Configured(int amps = 500, int millivolts = 50, bool invert = false)
    {
        SimulatedIna226 chip = new();
        Ina226 driver = new(chip);
        Assert.That(ShuntCalibration.TryCreate(ShuntSensorType.Ina226, amps, millivolts, 1_000_000, out ShuntCalibration? calibration, out _), Is.True);
        Assert.That(driver.TryConfigure(calibration!, invert, out SensorError error), Is.True, error.ToString());
        return (chip, driver);
    }

    private static ShuntMeasurement Read(Ina226 driver)
    {
        Assert.That(driver.TryRead(out ShuntMeasurement m, out SensorError error), Is.True, error.ToString());
        return m;
    }

    private static int ShuntNanovolts(Ina226 driver)
    {
        Assert.That(driver.TryReadShuntVoltage(out int nanovolts, out SensorError error), Is.True, error.ToString());
        return nanovolts;
    }

    private static int PowerMilliwatts(Ina226 driver)
    {
        Assert.That(driver.TryReadPower(out int milliwatts, out SensorError error), Is.True, error.ToString());
        return milliwatts;
    }

    [Test]
    public void ConfigureWritesConfigurationAndCalibration()
    {
        (SimulatedIna226 chip, Ina226 driver) = Configured();
        Assert.That(driver.IsConfigured, Is.True);
        Assert.That(chip.Configuration, Is.EqualTo(0x4527));
        Assert.That(chip.Calibration, Is.EqualTo(2048));
        Assert.That(chip.ProtocolViolations, Is.Empty);
    }

    [Test]
    public void ASampleReadsCalibrationMaskEnableBusAndCurrentOnly()
    {
        (SimulatedIna226 chip, Ina226 driver) = Configured();
        chip.ShuntNanovolts = 25_000_000;
        chip.BusMicrovolts = 25_600_000;
        chip.Convert();
        chip.Reads.Clear();
        int before = chip.TransferCount;
        Read(driver);
        Assert.That(chip.TransferCount - before, Is.EqualTo(4));
        Assert.That(chip.Reads, Is.EqualTo(new[] { 0x05, 0x06, 0x02, 0x04 }), "Calibration, Mask/Enable, Bus Voltage, Current");
    }

    [Test]
    public void ChargingAndDischargingWith500A50mV()
    {
        (SimulatedIna226 chip, Ina226 driver) = Configured();
        chip.ShuntNanovolts = 25_000_000;  // 10000 counts of 2.5 µV → 250 A at 25 mA/LSB
        chip.BusMicrovolts = 25_600_000;   // 20480 counts of 1.25 mV
        chip.Convert();
        ShuntMeasurement m = Read(driver);
        Assert.Multiple(() =>
        {
            Assert.That(m.CurrentMicroamps, Is.EqualTo(250_000_000));
            Assert.That(m.VoltageMicrovolts, Is.EqualTo(25_600_000));
            Assert.That(ShuntNanovolts(driver), Is.EqualTo(25_000_000));
            Assert.That(PowerMilliwatts(driver), Is.EqualTo(6_400_000)); // POWER 10240 × 625 mW
        });

        chip.ShuntNanovolts = -5_000_000; // −50 A
        chip.Convert();
        m = Read(driver);
        Assert.That(m.CurrentMicroamps, Is.EqualTo(-50_000_000));
        Assert.That(PowerMilliwatts(driver), Is.EqualTo(1_280_000), "POWER is unsigned |I|·V; the sign is the current's");
    }

    [Test]
    public void FullScaleAndBusLimits()
    {
        (SimulatedIna226 chip, Ina226 driver) = Configured(100, 75);
        chip.ShuntNanovolts = 100_000_000; // clips at +32767 × 2.5 µV = 81.9175 mV
        chip.BusMicrovolts = 36_000_000;   // INA226 bus maximum
        chip.Convert();
        ShuntMeasurement m = Read(driver);
        Assert.That(ShuntNanovolts(driver), Is.EqualTo(81_917_500));
        Assert.That(m.CurrentMicroamps, Is.EqualTo(109_223_333)); // 32767 × 10000/3 µA
        Assert.That(m.VoltageMicrovolts, Is.EqualTo(36_000_000));

        chip.ShuntNanovolts = -100_000_000; // clips at −32768
        chip.Convert();
        m = Read(driver);
        Assert.That(ShuntNanovolts(driver), Is.EqualTo(-81_920_000));
        Assert.That(m.CurrentMicroamps, Is.EqualTo(-109_226_667));
    }

    [Test]
    public void InvertCurrentFlipsTheCurrentButNotTheRawShuntVoltage()
    {
        (SimulatedIna226 chip, Ina226 driver) = Configured(invert: true);
        chip.ShuntNanovolts = 1_000_000;
        chip.BusMicrovolts = 12_000_000;
        chip.Convert();
        ShuntMeasurement m = Read(driver);
        Assert.That(m.CurrentMicroamps, Is.EqualTo(-10_000_000));
        Assert.That(ShuntNanovolts(driver), Is.EqualTo(1_000_000));
    }

    [Test]
    public void APowerCycleIsDetectedThroughTheCalibrationRegister()
    {
        (SimulatedIna226 chip, Ina226 driver) = Configured();
        chip.PowerCycle();
        Assert.That(driver.TryRead(out _, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.DeviceReset));
        Assert.That(driver.IsConfigured, Is.False);
        Assert.That(driver.TryConfigure(driver.Calibration!, false, out error), Is.True);
        chip.ShuntNanovolts = 2_500_000;
        chip.Convert();
        Assert.That(Read(driver).CurrentMicroamps, Is.EqualTo(25_000_000));
    }

    [Test]
    public void SoftwareResetUnconfigures()
    {
        (SimulatedIna226 chip, Ina226 driver) = Configured();
        Assert.That(driver.TryReset(out _), Is.True);
        Assert.That(chip.Configuration, Is.EqualTo(0x4127));
        Assert.That(chip.Calibration, Is.Zero);
        Assert.That(driver.IsConfigured, Is.False);
    }

    [Test]
    public void AnOverflowFlagStopsTheRead()
    {
        (SimulatedIna226 chip, Ina226 driver) = Configured();
        // With the driver's unity CAL an overflow cannot happen, so provoke OVF with CAL = 32767 (CURRENT = SHUNT × 16)
        // and put the driver's CAL back before reading: OVF stays set until the next conversion.
        chip.Write([0x05, 0x7F, 0xFF], 0, 3);
        chip.ShuntNanovolts = 50_000_000;
        chip.Convert();
        chip.Write([0x05, 0x08, 0x00], 0, 3);
        Assert.That(driver.TryRead(out ShuntMeasurement m, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.MathOverflow));
        Assert.That(m, Is.EqualTo(default(ShuntMeasurement)));
        Assert.That(driver.TryReadPower(out int milliwatts, out error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.MathOverflow));
        Assert.That(milliwatts, Is.Zero);
    }

    [TestCase(I2cStatus.AddressNotAcknowledged, SensorError.NoAcknowledge)]
    [TestCase(I2cStatus.PartialTransfer, SensorError.TransferIncomplete)]
    [TestCase(I2cStatus.ClockStretchTimeout, SensorError.BusTimeout)]
    [TestCase(I2cStatus.BusError, SensorError.BusError)]
    public void AFailureAtAnyTransferIsSpecificAndLeavesTheDriverIntact(I2cStatus status, SensorError expected)
    {
        (SimulatedIna226 chip, Ina226 driver) = Configured();
        chip.ShuntNanovolts = 7_500_000;
        chip.BusMicrovolts = 13_000_000;
        chip.Convert();
        ShuntMeasurement clean = Read(driver);
        for (int transfer = 0; transfer < TransfersPerRead; transfer++)
        {
            chip.FailTransfer(transfer, status);
            Assert.That(driver.TryRead(out ShuntMeasurement failed, out SensorError error), Is.False, "transfer " + transfer);
            Assert.That(error, Is.EqualTo(expected));
            Assert.That(failed, Is.EqualTo(default(ShuntMeasurement)));
            Assert.That(driver.IsConfigured, Is.True);
            Assert.That(Read(driver), Is.EqualTo(clean));
        }
    }

    [Test]
    public void SteadyStateReadsDoNotAllocate()
    {
        (SimulatedIna226 chip, Ina226 driver) = Configured();
        chip.RecordTraffic = false;
        chip.ShuntNanovolts = 3_000_000;
        chip.BusMicrovolts = 12_000_000;
        chip.Convert();
        Read(driver);

        long before = ThreadAllocations.Begin();
        long sum = 0;
        for (int i = 0; i < 2000; i++)
        {
            driver.TryRead(out ShuntMeasurement m, out _);
            sum += m.CurrentMicroamps;
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(sum, Is.Not.Zero);
    }
}
