using System;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Host.Sensors;
using CsCheck;
using NUnit.Framework;
using CydShunt.Firmware.Tests.Support;

namespace CydShunt.Firmware.Tests.Sensors;

public class Ina228Tests
{
    // TryRead's transfers: DIAG_ALRT, VBUS, CURRENT: the other registers are read on demand only.
    private const int TransfersPerRead = 3;

    private static (SimulatedIna228 Chip, Ina228 Driver) Configured(int amps = 500, int millivolts = 50, bool invert = false, int ppm = 1_000_000)
    {
        SimulatedIna228 chip = new();
        Ina228 driver = new(chip);
        Assert.That(ShuntCalibration.TryCreate(ShuntSensorType.Ina228, amps, millivolts, ppm, out ShuntCalibration? calibration, out _), Is.True);
        Assert.That(driver.TryConfigure(calibration!, invert, out SensorError error), Is.True, error.ToString());
        return (chip, driver);
    }

    private static ShuntMeasurement Read(Ina228 driver)
    {
        Assert.That(driver.TryRead(out ShuntMeasurement m, out SensorError error), Is.True, error.ToString());
        return m;
    }

    private static int ShuntNanovolts(Ina228 driver)
    {
        Assert.That(driver.TryReadShuntVoltage(out int nanovolts, out SensorError error), Is.True, error.ToString());
        return nanovolts;
    }

    private static int PowerMilliwatts(Ina228 driver)
    {
        Assert.That(driver.TryReadPower(out int milliwatts, out SensorError error), Is.True, error.ToString());
        return milliwatts;
    }

    private static int DieCentidegrees(Ina228 driver)
    {
        Assert.That(driver.TryReadDieTemperature(out int centidegrees, out SensorError error), Is.True, error.ToString());
        return centidegrees;
    }

    private static Ina228Accumulators Accumulators(Ina228 driver)
    {
        Assert.That(driver.TryReadAccumulators(out Ina228Accumulators accumulators, out SensorError error), Is.True, error.ToString());
        return accumulators;
    }

    [Test]
    public void ConfigureWritesAndVerifiesTheDatasheetRegisters()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured(300, 30); // ≤ 40.96 mV → ADCRANGE = 1
        Assert.Multiple(() =>
        {
            Assert.That(driver.IsConfigured, Is.True);
            Assert.That(chip.Config, Is.EqualTo(0x0010), "CONFIG.ADCRANGE (bit 4)");
            Assert.That(chip.AdcConfig, Is.EqualTo(0xFB6A));
            Assert.That(chip.ShuntCal, Is.EqualTo(4096));
            Assert.That(chip.DiagAlrt & 0xF000, Is.EqualTo(0x2000), "DIAG_ALRT.SLOWALERT (bit 13)");
            Assert.That(chip.Writes.ConvertAll(w => w.Register), Is.EqualTo(new[] { 0x00, 0x01, 0x02, 0x0B }));
            Assert.That(chip.ProtocolViolations, Is.Empty);
        });
    }

    [Test]
    public void ConfigureRejectsACalibrationForTheOtherChip()
    {
        SimulatedIna228 chip = new();
        Ina228 driver = new(chip);
        ShuntCalibration.TryCreate(ShuntSensorType.Ina226, 500, 50, 1_000_000, out ShuntCalibration? calibration, out _);
        Assert.That(driver.TryConfigure(calibration!, false, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.CalibrationForOtherChip));
        Assert.That(chip.TransferCount, Is.Zero);
    }

    [Test]
    public void ConfigureNoticesARegisterThatDoesNotStick()
    {
        // CONFIG ignores writes, so ADCRANGE = 1 never takes effect (SHUNT_CAL could not show this: its reset value
        // 0x1000 is the value the driver writes).
        SimulatedIna228 chip = new() { StuckRegister = 0x00 };
        Ina228 driver = new(chip);
        ShuntCalibration.TryCreate(ShuntSensorType.Ina228, 300, 30, 1_000_000, out ShuntCalibration? calibration, out _);
        Assert.That(driver.TryConfigure(calibration!, false, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.ConfigurationNotApplied));
        Assert.That(driver.IsConfigured, Is.False);
        Assert.That(driver.TryRead(out _, out error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.NotConfigured));
    }

    [Test]
    public void ReadBeforeConfigureIsNotConfigured()
    {
        SimulatedIna228 chip = new();
        Ina228 driver = new(chip);
        Assert.That(driver.TryRead(out ShuntMeasurement m, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.NotConfigured));
        Assert.That(m, Is.EqualTo(default(ShuntMeasurement)));
        Assert.That(chip.TransferCount, Is.Zero);
    }

    [Test]
    public void ASampleReadsDiagAlrtVbusAndCurrentOnly()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.ShuntNanovolts = 25_000_000;
        chip.BusMicrovolts = 51_200_000;
        chip.Convert();
        chip.Reads.Clear();
        int before = chip.TransferCount;
        Read(driver);
        Assert.That(chip.TransferCount - before, Is.EqualTo(3));
        Assert.That(chip.Reads, Is.EqualTo(new[] { 0x0B, 0x05, 0x07 }), "DIAG_ALRT, VBUS, CURRENT");
    }

    [Test]
    public void ChargingCurrentVoltagePowerAndTemperature()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.ShuntNanovolts = 25_000_000;    // 25 mV on 0.1 mΩ = 250 A
        chip.BusMicrovolts = 51_200_000;     // 262144 × 195.3125 µV
        chip.DieMillidegrees = 25_000;       // 3200 × 7.8125 m°C
        chip.Convert();

        ShuntMeasurement m = Read(driver);
        Assert.Multiple(() =>
        {
            Assert.That(m.CurrentMicroamps, Is.EqualTo(250_000_000));
            Assert.That(m.VoltageMicrovolts, Is.EqualTo(51_200_000));
            Assert.That(ShuntNanovolts(driver), Is.EqualTo(25_000_000));
            Assert.That(PowerMilliwatts(driver), Is.EqualTo(12_800_000)); // 250 A × 51.2 V
            Assert.That(DieCentidegrees(driver), Is.EqualTo(2500));
            Assert.That(Accumulators(driver).Overflow, Is.False);
            Assert.That(chip.ProtocolViolations, Is.Empty);
        });
    }

    [Test]
    public void DischargeAndSubZeroTemperatureAreNegativeAndPowerIsAMagnitude()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.ShuntNanovolts = -12_500_000;   // −125 A
        chip.BusMicrovolts = 12_800_000;
        chip.DieMillidegrees = -40_500;      // −5184 counts
        chip.Convert();

        ShuntMeasurement m = Read(driver);
        Assert.That(m.CurrentMicroamps, Is.EqualTo(-125_000_000));
        Assert.That(ShuntNanovolts(driver), Is.EqualTo(-12_500_000));
        Assert.That(PowerMilliwatts(driver), Is.EqualTo(1_600_000), "POWER is unsigned |I|·V; the sign is the current's");
        Assert.That(DieCentidegrees(driver), Is.EqualTo(-4050));
    }

    [Test]
    public void FullScaleInBothDirectionsAndTheBusMaximum()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.ShuntNanovolts = 200_000_000;   // beyond +163.84 mV: VSHUNT clips at 2^19 − 1
        chip.BusMicrovolts = 85_000_000;     // the INA228's bus maximum: 435200 counts
        chip.Convert();
        ShuntMeasurement m = Read(driver);
        Assert.That(m.CurrentMicroamps, Is.EqualTo(524_287L * 3125));
        Assert.That(m.VoltageMicrovolts, Is.EqualTo(85_000_000));
        Assert.That(ShuntNanovolts(driver), Is.EqualTo(163_839_688)); // 524287 × 312.5 nV

        chip.ShuntNanovolts = -200_000_000;  // clips at −2^19
        chip.Convert();
        m = Read(driver);
        Assert.That(m.CurrentMicroamps, Is.EqualTo(-1_638_400_000));
        Assert.That(ShuntNanovolts(driver), Is.EqualTo(-163_840_000));
    }

    [Test]
    public void NarrowRangeHasAFourTimesFinerLsb()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured(300, 30);
        chip.ShuntNanovolts = 30_000_000; // rated drop → 300 A; 384000 counts of 78.125 nV
        chip.BusMicrovolts = 25_600_000;
        chip.Convert();
        Assert.That(chip.VshuntCount, Is.EqualTo(384_000));
        ShuntMeasurement m = Read(driver);
        Assert.That(m.CurrentMicroamps, Is.EqualTo(300_000_000));
        Assert.That(ShuntNanovolts(driver), Is.EqualTo(30_000_000));
        Assert.That(PowerMilliwatts(driver), Is.EqualTo(7_680_000)); // 300 A × 25.6 V
    }

    [TestCase(50, 75)]
    [TestCase(100, 75)]
    [TestCase(500, 50)]
    [TestCase(300, 30)]
    public void AnyCurrentWithinRangeReadsBackWithinOneLsb(int amps, int millivolts)
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured(amps, millivolts);
        ShuntCalibration calibration = driver.Calibration!;
        long maxMicroamps = calibration.MaxMeasurableMilliamps * 1000;
        Gen.Long[-maxMicroamps + 1, maxMicroamps - 1].Sample(microamps =>
        {
            // V = I × R = I × V_rated / I_rated; in nV: µA × mV / A.
            chip.ShuntNanovolts = microamps * millivolts / amps;
            chip.Convert();
            ShuntMeasurement m = Read(driver);
            double lsb = (double)calibration.CurrentLsbMicroampsNumerator / calibration.CurrentLsbMicroampsDenominator;
            return Math.Abs(m.CurrentMicroamps - microamps) <= lsb;
        }, iter: 300, threads: 1); // one fake chip: sample sequentially
    }

    [Test]
    public void InvertCurrentFlipsCurrentAndChargeButNotTheRawShuntVoltageOrTheMagnitudes()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured(invert: true);
        chip.ShuntNanovolts = 10_000_000;
        chip.BusMicrovolts = 25_600_000;
        chip.Advance(3_600_000);
        ShuntMeasurement m = Read(driver);
        Ina228Accumulators accumulators = Accumulators(driver);
        Assert.That(m.CurrentMicroamps, Is.EqualTo(-100_000_000));
        Assert.That(PowerMilliwatts(driver), Is.EqualTo(2_560_000), "POWER is |I|·V");
        Assert.That(accumulators.ChargeMicroampHours, Is.EqualTo(-100_000_000));
        Assert.That(ShuntNanovolts(driver), Is.EqualTo(10_000_000));
        Assert.That(accumulators.EnergyMilliwattHours, Is.EqualTo(2_560_000), "ENERGY is |P| throughput, never negative");
    }

    [Test]
    public void AccumulatorsIntegrateChargeWithItsSignAndEnergyAsThroughput()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.BusMicrovolts = 51_200_000;
        chip.ShuntNanovolts = 25_000_000; // +250 A for 1 h
        for (int i = 0; i < 36; i++)
        {
            chip.Advance(100_000);
        }

        Ina228Accumulators m = Accumulators(driver);
        Assert.That(m.ChargeMicroampHours, Is.EqualTo(250_000_000)); // 250 Ah
        Assert.That(m.EnergyMilliwattHours, Is.EqualTo(12_800_000)); // 12.8 kWh

        chip.ShuntNanovolts = -12_500_000; // −125 A for 2 h
        chip.Advance(7_200_000);
        m = Accumulators(driver);
        Assert.That(m.ChargeMicroampHours, Is.Zero);
        Assert.That(m.EnergyMilliwattHours, Is.EqualTo(25_600_000)); // + 125 A × 51.2 V × 2 h
        Assert.That(m.Overflow, Is.False);
    }

    [Test]
    public void ChargeWrapsAt40BitsAndTheOverflowIsReportedOnce()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.Charge = (1L << 39) - 100; // near the positive limit of the 40-bit two's complement register
        chip.ShuntNanovolts = 312_500;   // 1000 counts per second
        chip.Advance(1000);

        Assert.That(chip.Charge, Is.EqualTo(-(1L << 39) + 900), "the register wraps modulo 2^40");
        Read(driver); // the per-sample read neither reports nor clears the accumulator flags
        Assert.That(chip.DiagAlrt & 0x0400, Is.Not.Zero, "DIAG_ALRT.CHARGEOF (bit 10) is still set");
        Ina228Accumulators m = Accumulators(driver);
        Assert.That(m.Overflow, Is.True);
        Assert.That(m.ChargeMicroampHours, Is.EqualTo(driver.Calibration!.ChargeCountToMicroampHours(-(1L << 39) + 900)));
        Assert.That(m.ChargeMicroampHours, Is.LessThan(0));
        Assert.That(chip.DiagAlrt & 0x0400, Is.Zero, "reading CHARGE clears CHARGEOF");

        m = Accumulators(driver);
        Assert.That(m.Overflow, Is.False);
    }

    [Test]
    public void EnergyWrapsAt40BitsAndTheOverflowIsReported()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.Energy = (1L << 40) - 5;
        chip.ShuntNanovolts = 25_000_000;
        chip.BusMicrovolts = 51_200_000; // POWER 1 280 000 → 80 000 ENERGY counts per second
        chip.Advance(1000);
        Assert.That(chip.Energy, Is.EqualTo(80_000 - 5));
        Ina228Accumulators m = Accumulators(driver);
        Assert.That(m.Overflow, Is.True);
        Assert.That(m.EnergyMilliwattHours, Is.EqualTo(driver.Calibration!.EnergyCountToMilliwattHours(79_995)));
        Assert.That(chip.DiagAlrt & 0x0800, Is.Zero, "reading ENERGY clears DIAG_ALRT.ENERGYOF (bit 11)");
    }

    [Test]
    public void ResetAccumulatorsClearsChargeAndEnergyAndKeepsTheRange()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured(300, 30);
        chip.ShuntNanovolts = 10_000_000;
        chip.BusMicrovolts = 12_000_000;
        chip.Advance(60_000);
        Assert.That(Accumulators(driver).ChargeMicroampHours, Is.GreaterThan(0));

        Assert.That(driver.TryResetAccumulators(out SensorError error), Is.True, error.ToString());
        Assert.That(chip.Charge, Is.Zero);
        Assert.That(chip.Energy, Is.Zero);
        Assert.That(chip.Config & 0x0010, Is.Not.Zero, "RSTACC must not clear ADCRANGE (bit 4)");
        Assert.That(chip.Config & 0x4000, Is.Zero, "RSTACC (bit 14) self-clears");
        Assert.That(Accumulators(driver).ChargeMicroampHours, Is.Zero);
        ShuntMeasurement m = Read(driver);
        Assert.That(m.CurrentMicroamps, Is.EqualTo(100_000_000), "the range is unchanged, so the current still reads right");
    }

    [Test]
    public void AChipResetIsDetectedAndReconfiguringRecovers()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured(300, 30);
        chip.ShuntNanovolts = 10_000_000;
        chip.Advance(1000);
        chip.PowerCycle(); // brown-out: ADCRANGE back to ±163.84 mV, accumulators zero

        Assert.That(driver.TryRead(out _, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.DeviceReset));
        Assert.That(driver.IsConfigured, Is.False);

        Assert.That(driver.TryConfigure(driver.Calibration!, false, out error), Is.True);
        chip.Convert();
        Assert.That(Read(driver).CurrentMicroamps, Is.EqualTo(100_000_000));
    }

    [Test]
    public void OnDemandReadsAlsoNoticeAChipReset()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured(300, 30);
        chip.PowerCycle();
        Assert.That(driver.TryReadShuntVoltage(out int nanovolts, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.DeviceReset), "ADCRANGE is back to ±163.84 mV: the narrow-range scale would be 4× off");
        Assert.That(nanovolts, Is.Zero);
        Assert.That(driver.IsConfigured, Is.False);
    }

    [Test]
    public void SoftwareResetRestoresPowerOnValuesAndUnconfiguresTheDriver()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured(300, 30);
        Assert.That(driver.TryReset(out SensorError error), Is.True, error.ToString());
        Assert.That(driver.IsConfigured, Is.False);
        Assert.That(chip.Config, Is.Zero);
        Assert.That(chip.AdcConfig, Is.EqualTo(0xFB68));
        Assert.That(driver.TryRead(out _, out error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.NotConfigured));
    }

    [Test]
    public void MathOverflowIsReportedInsteadOfBadValues()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.Write([0x02, 0x00, 0x01], 0, 3); // SHUNT_CAL = 1: CURRENT = VSHUNT × 4096 overflows 20 bits
        chip.ShuntNanovolts = 10_000_000;
        chip.Convert();
        Assert.That(driver.TryRead(out ShuntMeasurement m, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.MathOverflow));
        Assert.That(m, Is.EqualTo(default(ShuntMeasurement)));
        Assert.That(driver.TryReadPower(out int milliwatts, out error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.MathOverflow));
        Assert.That(milliwatts, Is.Zero);
        Assert.That(driver.TryReadAccumulators(out Ina228Accumulators accumulators, out error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.MathOverflow));
        Assert.That(accumulators, Is.EqualTo(default(Ina228Accumulators)));
        Assert.That(driver.TryReadShuntVoltage(out int nanovolts, out error), Is.True, "the shunt voltage does not go through the math engine");
        Assert.That(nanovolts, Is.EqualTo(10_000_000));
    }

    private static readonly object[] FailureCases =
    [
        new object[] { I2cStatus.AddressNotAcknowledged, SensorError.NoAcknowledge },
        new object[] { I2cStatus.PartialTransfer, SensorError.TransferIncomplete },
        new object[] { I2cStatus.ClockStretchTimeout, SensorError.BusTimeout },
        new object[] { I2cStatus.BusError, SensorError.BusError },
    ];

    [TestCaseSource(nameof(FailureCases))]
    public void AFailureAtAnyTransferIsSpecificAndLeavesTheDriverIntact(I2cStatus status, SensorError expected)
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.ShuntNanovolts = 25_000_000;
        chip.BusMicrovolts = 51_200_000;
        chip.Advance(3_600_000);
        ShuntMeasurement clean = Read(driver);

        for (int transfer = 0; transfer < TransfersPerRead; transfer++)
        {
            chip.FailTransfer(transfer, status);
            Assert.That(driver.TryRead(out ShuntMeasurement failed, out SensorError error), Is.False, "transfer " + transfer);
            Assert.That(error, Is.EqualTo(expected));
            Assert.That(failed, Is.EqualTo(default(ShuntMeasurement)), "no half-read values leak out");
            Assert.That(driver.IsConfigured, Is.True, "a bus error is not a chip reset");
            Assert.That(Read(driver), Is.EqualTo(clean), "the next read is as good as before");
        }
    }

    [Test]
    public void AnOverflowSeenBeforeAFailedReadIsDeliveredWithTheNextGoodRead()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.Charge = (1L << 39) - 1;
        chip.ShuntNanovolts = 312_500;
        chip.Advance(1000);
        chip.FailTransfer(2, I2cStatus.PartialTransfer); // DIAG_ALRT (showing CHARGEOF), ENERGY, then the CHARGE read fails
        Assert.That(driver.TryReadAccumulators(out _, out _), Is.False);
        // The chip may or may not have cleared CHARGEOF on the broken read; the driver must not lose it.
        Assert.That(Accumulators(driver).Overflow, Is.True);
        Assert.That(Accumulators(driver).Overflow, Is.False);
    }

    [Test]
    public void ConfigureFailureOnTheBusIsReported()
    {
        SimulatedIna228 chip = new() { Present = false };
        Ina228 driver = new(chip);
        ShuntCalibration.TryCreate(ShuntSensorType.Ina228, 500, 50, 1_000_000, out ShuntCalibration? calibration, out _);
        Assert.That(driver.TryConfigure(calibration!, false, out SensorError error), Is.False);
        Assert.That(error, Is.EqualTo(SensorError.NoAcknowledge));
        Assert.That(driver.IsConfigured, Is.False);
        Assert.That(driver.Calibration, Is.Null);
    }

    [Test]
    public void KnownLoadCorrectionAppliesToCurrentAndAccumulators()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.ShuntNanovolts = 9_950_000; // true 100 A through a shunt 0.5 % below its rating
        chip.BusMicrovolts = 50_000_000;
        chip.Advance(3_600_000);
        ShuntMeasurement nominal = Read(driver);
        Assert.That(driver.Calibration!.TryComputeCorrection(100_000_000, nominal.CurrentMicroamps, out int ppm, out _), Is.True);

        Assert.That(ShuntCalibration.TryCreate(ShuntSensorType.Ina228, 500, 50, ppm, out ShuntCalibration? corrected, out _), Is.True);
        Assert.That(driver.TryConfigure(corrected!, false, out _), Is.True);
        ShuntMeasurement m = Read(driver);
        Assert.That(m.CurrentMicroamps, Is.EqualTo(100_000_000).Within(50));
        Assert.That(Accumulators(driver).ChargeMicroampHours, Is.EqualTo(100_000_000).Within(50), "reconfiguring keeps the accumulators; the correction applies to them");
    }

    [Test]
    public void SteadyStateReadsDoNotAllocate()
    {
        (SimulatedIna228 chip, Ina228 driver) = Configured();
        chip.RecordTraffic = false;
        chip.ShuntNanovolts = 12_345_678;
        chip.BusMicrovolts = 51_000_000;
        chip.Advance(1000);
        Read(driver); // warm-up (JIT, first-call paths)

        long before = ThreadAllocations.Begin();
        long sum = 0;
        for (int i = 0; i < 2000; i++)
        {
            driver.TryRead(out ShuntMeasurement m, out _);
            sum += m.CurrentMicroamps;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.Zero);
        Assert.That(sum, Is.Not.Zero);
    }
}
