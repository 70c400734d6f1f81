using CydShunt.Firmware.Sensors;
using CsCheck;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Sensors;

/// <summary>
/// Calibration values against hand computation. Shunt resistance R = V_rated / I_rated; CURRENT_LSB = V_LSB / R with
/// V_LSB = 312.5 nV (INA228, ADCRANGE=0), 78.125 nV (INA228, ADCRANGE=1) or 2.5 µV (INA226).
/// </summary>
public class ShuntCalibrationTests
{
    private static ShuntCalibration Create(ShuntSensorType chip, int amps, int millivolts, int ppm = ShuntCalibration.UnityCorrectionPpm)
    {
        Assert.That(ShuntCalibration.TryCreate(chip, amps, millivolts, ppm, out ShuntCalibration? calibration, out CalibrationError error), Is.True, error.ToString());
        return calibration!;
    }

    // 50 A / 75 mV: R = 1.5 mΩ; LSB = 312.5 nV / 1.5 mΩ = 208.333 µA = 625/3 µA; max = 163.84 mV / 1.5 mΩ = 109.227 A.
    // 100 A / 75 mV: R = 0.75 mΩ; LSB = 416.667 µA = 1250/3 µA; max = 218.453 A.
    // 500 A / 50 mV: R = 0.1 mΩ; LSB = 3.125 mA = 3125/1 µA; max = 1638.4 A.
    // 300 A / 30 mV: 30 mV ≤ 40.96 mV → ADCRANGE=1; R = 0.1 mΩ; LSB = 78.125 nV / 0.1 mΩ = 781.25 µA = 3125/4 µA; max = 409.6 A.
    [TestCase(50, 75, 1_500_000L, false, 625L, 3L, 208_333L, 109_227L)]
    [TestCase(100, 75, 750_000L, false, 1250L, 3L, 416_667L, 218_453L)]
    [TestCase(500, 50, 100_000L, false, 3125L, 1L, 3_125_000L, 1_638_400L)]
    [TestCase(300, 30, 100_000L, true, 3125L, 4L, 781_250L, 409_600L)]
    public void Ina228ValuesMatchHandComputation(int amps, int millivolts, long nanoohms, bool narrow, long lsbNumerator, long lsbDenominator, long lsbNanoamps, long maxMilliamps)
    {
        ShuntCalibration calibration = Create(ShuntSensorType.Ina228, amps, millivolts);

        Assert.Multiple(() =>
        {
            Assert.That(calibration.ShuntResistanceNanoohms, Is.EqualTo(nanoohms));
            Assert.That(calibration.AdcRangeNarrow, Is.EqualTo(narrow));
            Assert.That(calibration.ShuntFullScaleMicrovolts, Is.EqualTo(narrow ? 40_960 : 163_840));
            Assert.That(calibration.CurrentLsbMicroampsNumerator, Is.EqualTo(lsbNumerator));
            Assert.That(calibration.CurrentLsbMicroampsDenominator, Is.EqualTo(lsbDenominator));
            Assert.That(calibration.CurrentLsbNanoamps, Is.EqualTo(lsbNanoamps));
            Assert.That(calibration.MaxMeasurableMilliamps, Is.EqualTo(maxMilliamps));
            Assert.That(calibration.CalibrationRegister, Is.EqualTo(4096));
        });

        // The datasheet's equation: SHUNT_CAL = 13107.2e6 × CURRENT_LSB × R_SHUNT, × 4 for ADCRANGE = 1.
        double lsbAmps = (double)lsbNumerator / lsbDenominator * 1e-6;
        double shuntOhms = nanoohms * 1e-9;
        double shuntCal = 13107.2e6 * lsbAmps * shuntOhms * (narrow ? 4 : 1);
        Assert.That(shuntCal, Is.EqualTo(calibration.CalibrationRegister).Within(1e-6));
        // And CURRENT_LSB ≥ maximum expected current / 2^19 (datasheet equation for the minimum LSB).
        Assert.That(lsbAmps, Is.GreaterThanOrEqualTo(maxMilliamps * 1e-3 / 524288 * 0.99999));
    }

    // 50 A / 75 mV: LSB = 2.5 µV / 1.5 mΩ = 1666.667 µA = 5000/3 µA; max = 81.92 mV / 1.5 mΩ = 54.613 A.
    // 100 A / 75 mV: LSB = 3333.333 µA = 10000/3; max = 109.227 A.
    // 500 A / 50 mV: LSB = 25 mA; max = 819.2 A.
    [TestCase(50, 75, 5000L, 3L, 1_666_667L, 54_613L)]
    [TestCase(100, 75, 10000L, 3L, 3_333_333L, 109_227L)]
    [TestCase(500, 50, 25000L, 1L, 25_000_000L, 819_200L)]
    public void Ina226ValuesMatchHandComputation(int amps, int millivolts, long lsbNumerator, long lsbDenominator, long lsbNanoamps, long maxMilliamps)
    {
        ShuntCalibration calibration = Create(ShuntSensorType.Ina226, amps, millivolts);

        Assert.Multiple(() =>
        {
            Assert.That(calibration.AdcRangeNarrow, Is.False);
            Assert.That(calibration.ShuntFullScaleMicrovolts, Is.EqualTo(81_920));
            Assert.That(calibration.CurrentLsbMicroampsNumerator, Is.EqualTo(lsbNumerator));
            Assert.That(calibration.CurrentLsbMicroampsDenominator, Is.EqualTo(lsbDenominator));
            Assert.That(calibration.CurrentLsbNanoamps, Is.EqualTo(lsbNanoamps));
            Assert.That(calibration.MaxMeasurableMilliamps, Is.EqualTo(maxMilliamps));
            Assert.That(calibration.CalibrationRegister, Is.EqualTo(2048));
        });

        // The datasheet's equation: CAL = 0.00512 / (Current_LSB × R_SHUNT).
        double lsbAmps = (double)lsbNumerator / lsbDenominator * 1e-6;
        double shuntOhms = millivolts * 1e-3 / amps;
        Assert.That(0.00512 / (lsbAmps * shuntOhms), Is.EqualTo(calibration.CalibrationRegister).Within(1e-6));
    }

    [Test]
    public void Ina228UsesTheNarrowRangeUpTo40MillivoltsOnly()
    {
        Assert.That(Create(ShuntSensorType.Ina228, 100, 40).AdcRangeNarrow, Is.True);
        Assert.That(Create(ShuntSensorType.Ina228, 100, 41).AdcRangeNarrow, Is.False);
    }

    [TestCase(ShuntSensorType.None, 500, 50, 1_000_000, CalibrationError.UnsupportedChip)]
    [TestCase(ShuntSensorType.Ina228, 0, 50, 1_000_000, CalibrationError.RatedCurrentNotPositive)]
    [TestCase(ShuntSensorType.Ina228, -5, 50, 1_000_000, CalibrationError.RatedCurrentNotPositive)]
    [TestCase(ShuntSensorType.Ina228, 2001, 50, 1_000_000, CalibrationError.RatedCurrentTooHigh)]
    [TestCase(ShuntSensorType.Ina228, 500, 0, 1_000_000, CalibrationError.RatedMillivoltsNotPositive)]
    [TestCase(ShuntSensorType.Ina226, 500, -50, 1_000_000, CalibrationError.RatedMillivoltsNotPositive)]
    [TestCase(ShuntSensorType.Ina228, 500, 164, 1_000_000, CalibrationError.ShuntBeyondInputRange)]
    [TestCase(ShuntSensorType.Ina226, 500, 82, 1_000_000, CalibrationError.ShuntBeyondInputRange)]
    [TestCase(ShuntSensorType.Ina226, 500, 100, 1_000_000, CalibrationError.ShuntBeyondInputRange)]
    [TestCase(ShuntSensorType.Ina228, 500, 50, 899_999, CalibrationError.CorrectionOutOfRange)]
    [TestCase(ShuntSensorType.Ina228, 500, 50, 1_100_001, CalibrationError.CorrectionOutOfRange)]
    [TestCase(ShuntSensorType.Ina228, 500, 50, 0, CalibrationError.CorrectionOutOfRange)]
    public void InvalidInputsAreRejectedWithTheirReason(ShuntSensorType chip, int amps, int millivolts, int ppm, CalibrationError expected)
    {
        Assert.That(ShuntCalibration.TryCreate(chip, amps, millivolts, ppm, out ShuntCalibration? calibration, out CalibrationError error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
        Assert.That(calibration, Is.Null);
    }

    [Test]
    public void LimitsOfTheInputRangesAreAccepted()
    {
        Assert.That(ShuntCalibration.TryCreate(ShuntSensorType.Ina226, 2000, 81, 1_100_000, out _, out _), Is.True);
        Assert.That(ShuntCalibration.TryCreate(ShuntSensorType.Ina228, 1, 163, 900_000, out _, out _), Is.True);
        Assert.That(ShuntCalibration.TryCreate(ShuntSensorType.Ina228, 500, 100, 1_000_000, out _, out _), Is.True, "100 mV fits the INA228 but not the INA226");
    }

    [Test]
    public void CreatingFromSettingsUsesRatingAndCorrection()
    {
        ShuntSettings settings = new() { RatedCurrentAmps = 100, RatedMillivolts = 75, CorrectionPpm = 1_002_000 };
        Assert.That(ShuntCalibration.TryCreate(ShuntSensorType.Ina228, settings, out ShuntCalibration? calibration, out _), Is.True);
        Assert.That(calibration!.RatedCurrentAmps, Is.EqualTo(100));
        Assert.That(calibration.RatedMillivolts, Is.EqualTo(75));
        Assert.That(calibration.CorrectionPpm, Is.EqualTo(1_002_000));
    }

    [Test]
    public void ConversionsOf500A50mVAreExact()
    {
        ShuntCalibration c = Create(ShuntSensorType.Ina228, 500, 50);
        Assert.Multiple(() =>
        {
            Assert.That(c.CurrentCountToMicroamps(80_000), Is.EqualTo(250_000_000)); // 25 mV → 250 A
            Assert.That(c.CurrentCountToMicroamps(-80_000), Is.EqualTo(-250_000_000));
            Assert.That(c.ShuntCountToNanovolts(80_000), Is.EqualTo(25_000_000));
            Assert.That(c.ShuntCountToNanovolts(-1), Is.EqualTo(-313)); // −312.5 nV rounds away from zero
            Assert.That(c.PowerCountToMilliwatts(1_280_000), Is.EqualTo(12_800_000)); // POWER_LSB = 3.2 × 3.125 mA = 10 mW
            Assert.That(c.ChargeCountToMicroampHours(288_000_000), Is.EqualTo(250_000_000)); // 250 A × 1 h
            Assert.That(c.ChargeCountToMicroampHours(-288_000_000), Is.EqualTo(-250_000_000));
            Assert.That(c.EnergyCountToMilliwattHours(288_000_000), Is.EqualTo(12_800_000)); // 0.16 J/LSB → 12.8 kWh
        });
    }

    [Test]
    public void CorrectionScalesEveryQuantityButTheShuntVoltage()
    {
        ShuntCalibration c = Create(ShuntSensorType.Ina228, 500, 50, 1_010_000);
        Assert.Multiple(() =>
        {
            Assert.That(c.CurrentCountToMicroamps(80_000), Is.EqualTo(252_500_000));
            Assert.That(c.PowerCountToMilliwatts(1_280_000), Is.EqualTo(12_928_000));
            Assert.That(c.ChargeCountToMicroampHours(288_000_000), Is.EqualTo(252_500_000));
            Assert.That(c.EnergyCountToMilliwattHours(288_000_000), Is.EqualTo(12_928_000));
            Assert.That(c.ShuntCountToNanovolts(80_000), Is.EqualTo(25_000_000));
        });
    }

    [Test]
    public void KnownLoadCorrectionComputesReferenceOverMeasured()
    {
        // The real shunt is 0.5 % below its rating: 100 A make 9.95 mV, read as 99.5 A.
        ShuntCalibration nominal = Create(ShuntSensorType.Ina228, 500, 50);
        long measured = nominal.CurrentCountToMicroamps(31_840); // 9.95 mV / 312.5 nV
        Assert.That(measured, Is.EqualTo(99_500_000));

        Assert.That(nominal.TryComputeCorrection(100_000_000, measured, out int ppm, out CalibrationError error), Is.True, error.ToString());
        Assert.That(ppm, Is.EqualTo(1_005_025)); // 10^6 × 100 / 99.5 = 1005025.13

        ShuntCalibration corrected = Create(ShuntSensorType.Ina228, 500, 50, ppm);
        Assert.That(corrected.CurrentCountToMicroamps(31_840), Is.EqualTo(100_000_000).Within(50));

        // A second pass on the corrected reading changes (almost) nothing, and discharge currents work alike.
        Assert.That(corrected.TryComputeCorrection(-100_000_000, -corrected.CurrentCountToMicroamps(31_840), out int again, out _), Is.True);
        Assert.That(again, Is.EqualTo(ppm).Within(1));
    }

    [TestCase(0L, 99_500_000L, CalibrationError.ReferenceCurrentZero)]
    [TestCase(100_000_000L, 0L, CalibrationError.MeasuredCurrentZero)]
    [TestCase(100_000_000L, -99_500_000L, CalibrationError.ReferenceSignMismatch)]
    [TestCase(-100_000_000L, 99_500_000L, CalibrationError.ReferenceSignMismatch)]
    [TestCase(9_999_999L, 9_950_000L, CalibrationError.ReferenceLoadTooSmall)] // 2 % of 500 A = 10 A
    [TestCase(100_000_000L, 80_000_000L, CalibrationError.CorrectionOutOfRange)]
    [TestCase(100_000_000L, 125_000_000L, CalibrationError.CorrectionOutOfRange)]
    public void KnownLoadCorrectionRejectsImplausibleInput(long reference, long measured, CalibrationError expected)
    {
        ShuntCalibration nominal = Create(ShuntSensorType.Ina228, 500, 50);
        Assert.That(nominal.TryComputeCorrection(reference, measured, out int ppm, out CalibrationError error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
        Assert.That(ppm, Is.EqualTo(nominal.CorrectionPpm), "a failed computation keeps the current correction");
    }

    [Test]
    public void CorrectionMakesAnyPlausibleGainErrorReadTheReference()
    {
        // Property: whatever the shunt's true deviation (±8 %) and load (10..100 % of rating), applying the computed
        // correction makes the same register value read the reference within one CURRENT_LSB.
        Gen.Select(Gen.Int[920_000, 1_080_000], Gen.Int[10, 100], Gen.Bool.Select(b => b ? ShuntSensorType.Ina228 : ShuntSensorType.Ina226))
            .Sample((trueGainPpm, loadPercent, chip) =>
            {
                ShuntCalibration nominal = Create(chip, 100, 75);
                long referenceMicroamps = 1_000_000L * loadPercent;
                // The chip sees R_true = R_rated × gain: count = I × R_true / V_LSB.
                long count = (long)System.Math.Round(referenceMicroamps * (trueGainPpm / 1e6) * nominal.CurrentLsbMicroampsDenominator / nominal.CurrentLsbMicroampsNumerator);
                long measured = nominal.CurrentCountToMicroamps(count);
                if (!nominal.TryComputeCorrection(referenceMicroamps, measured, out int ppm, out CalibrationError error))
                {
                    return false;
                }

                ShuntCalibration corrected = Create(chip, 100, 75, ppm);
                long lsbMicroamps = (corrected.CurrentLsbMicroampsNumerator / corrected.CurrentLsbMicroampsDenominator) + 1;
                return System.Math.Abs(corrected.CurrentCountToMicroamps(count) - referenceMicroamps) <= lsbMicroamps;
            });
    }
}
