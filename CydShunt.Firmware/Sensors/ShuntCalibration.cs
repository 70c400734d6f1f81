namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// Register values and integer scale factors for one shunt on one chip, computed from the shunt's rating
    /// (e.g. 500 A / 50 mV) plus a known-load gain correction in ppm. Immutable; create it with <see cref="TryCreate(ShuntSensorType, int, int, int, out ShuntCalibration, out CalibrationError)"/>.
    /// <para>
    /// CURRENT_LSB choice. The datasheets size CURRENT_LSB from a maximum expected current
    /// (INA228: CURRENT_LSB ≥ I_max / 2^19; INA226: Current_LSB ≥ I_max / 2^15). We take I_max as the largest current
    /// the chip can measure through this shunt, V_fullscale / R_shunt, so CURRENT covers the whole input range and can
    /// never overflow before VSHUNT clips, and CURRENT_LSB equals the shunt-voltage LSB divided by R_shunt: the finest
    /// resolution the ADC delivers. Then
    /// INA228 SHUNT_CAL = 13107.2·10^6 × CURRENT_LSB × R_shunt (× 4 for ADCRANGE=1) = 4096 and
    /// INA226 CAL = 0.00512 / (Current_LSB × R_shunt) = 2048: both chips report CURRENT equal to the shunt-voltage
    /// count, with no rounding of the calibration register, whatever the shunt. CURRENT_LSB itself (in µA) is kept as
    /// an exact reduced fraction, so conversions are exact integer arithmetic.
    /// </para>
    /// <para>
    /// ADCRANGE (INA228 only): ±40.96 mV (4× finer LSB) when the rated drop is at most 40.96 mV, else ±163.84 mV.
    /// With the narrow range, currents above 40.96 mV / R_shunt clip.
    /// </para>
    /// <para>
    /// Known-load correction: the chip's registers stay at their nominal values and the firmware multiplies every
    /// current, power, charge and energy by <see cref="CorrectionPpm"/>/10^6. Folding it into SHUNT_CAL would
    /// only allow steps of 1/4096 (244 ppm).
    /// </para>
    /// </summary>
    public sealed class ShuntCalibration
    {
        /// <summary>Largest rated current accepted (a reading is an int in µA: ±2147 A).</summary>
        public const int MaxRatedCurrentAmps = 2000;

        /// <summary>No correction: 1 000 000 ppm = ×1.</summary>
        public const int UnityCorrectionPpm = 1000000;

        /// <summary>Smallest gain correction accepted (×0.9): more than 10 % off means a wrong rating or wiring, not tolerance.</summary>
        public const int MinCorrectionPpm = 900000;

        /// <summary>Largest gain correction accepted (×1.1).</summary>
        public const int MaxCorrectionPpm = 1100000;

        /// <summary>A known-load correction needs a reference current of at least this share of the rated current.</summary>
        public const int MinCorrectionLoadPercent = 2;

        private const long PpmScale = 1000000;

        private readonly long _lsbNumerator;   // CURRENT_LSB in µA = _lsbNumerator / _lsbDenominator
        private readonly long _lsbDenominator;
        private readonly long _powerFactorNumerator; // POWER_LSB = factor × CURRENT_LSB
        private readonly long _powerFactorDenominator;
        private readonly long _vshuntLsbPicovolts;

        private ShuntCalibration(ShuntSensorType chip, int ratedCurrentAmps, int ratedMillivolts, int correctionPpm)
        {
            Chip = chip;
            RatedCurrentAmps = ratedCurrentAmps;
            RatedMillivolts = ratedMillivolts;
            CorrectionPpm = correctionPpm;

            if (chip == ShuntSensorType.Ina228)
            {
                AdcRangeNarrow = (long)ratedMillivolts * 1000 <= Ina228.FullScaleMicrovoltsNarrow;
                _vshuntLsbPicovolts = AdcRangeNarrow ? Ina228.VShuntLsbPicovoltsNarrow : Ina228.VShuntLsbPicovoltsWide;
                ShuntFullScaleMicrovolts = AdcRangeNarrow ? Ina228.FullScaleMicrovoltsNarrow : Ina228.FullScaleMicrovoltsWide;
                CalibrationRegister = Ina228.UnityShuntCal;
                _powerFactorNumerator = 16; // 3.2 = 16/5
                _powerFactorDenominator = 5;
            }
            else
            {
                _vshuntLsbPicovolts = Ina226.ShuntLsbPicovolts;
                ShuntFullScaleMicrovolts = Ina226.FullScaleMicrovolts;
                CalibrationRegister = Ina226.UnityCalibration;
                _powerFactorNumerator = 25;
                _powerFactorDenominator = 1;
            }

            // CURRENT_LSB [µA] = V_LSB / R = V_LSB[pV]·1e-12 × I_rated / (V_rated[mV]·1e-3) × 1e6
            //                  = V_LSB[pV] × I_rated / (V_rated[mV] × 1000)
            long numerator = _vshuntLsbPicovolts * ratedCurrentAmps;
            long denominator = (long)ratedMillivolts * 1000;
            long gcd = SensorMath.Gcd(numerator, denominator);
            _lsbNumerator = numerator / gcd;
            _lsbDenominator = denominator / gcd;
        }

        /// <summary>The chip these values are for.</summary>
        public ShuntSensorType Chip { get; }

        /// <summary>The shunt's rated current in A (the current at which it drops <see cref="RatedMillivolts"/>).</summary>
        public int RatedCurrentAmps { get; }

        /// <summary>The shunt's voltage drop at rated current in mV.</summary>
        public int RatedMillivolts { get; }

        /// <summary>Gain correction from a known-load measurement, in ppm (1 000 000 = none).</summary>
        public int CorrectionPpm { get; }

        /// <summary>Shunt resistance R = V_rated / I_rated in nΩ (rounded), for display.</summary>
        public long ShuntResistanceNanoohms
        {
            get { return SensorMath.MulDivRound((long)RatedMillivolts * 1000000, 1, RatedCurrentAmps); }
        }

        /// <summary>INA228 only: whether CONFIG.ADCRANGE = 1 (±40.96 mV). Always false for the INA226.</summary>
        public bool AdcRangeNarrow { get; }

        /// <summary>Shunt input full scale of the chip in this range, in µV.</summary>
        public int ShuntFullScaleMicrovolts { get; }

        /// <summary>Value for the INA228 SHUNT_CAL or INA226 CALIBRATION register.</summary>
        public int CalibrationRegister { get; }

        /// <summary>Numerator of CURRENT_LSB in µA (exact fraction, reduced).</summary>
        public long CurrentLsbMicroampsNumerator
        {
            get { return _lsbNumerator; }
        }

        /// <summary>Denominator of CURRENT_LSB in µA (exact fraction, reduced).</summary>
        public long CurrentLsbMicroampsDenominator
        {
            get { return _lsbDenominator; }
        }

        /// <summary>CURRENT_LSB in nA, rounded (for display; conversions use the exact fraction).</summary>
        public long CurrentLsbNanoamps
        {
            get { return SensorMath.MulDivRound(_lsbNumerator * 1000, 1, _lsbDenominator); }
        }

        /// <summary>Largest current the chip can measure through this shunt (V_fullscale / R), in mA, before correction.</summary>
        public long MaxMeasurableMilliamps
        {
            get { return SensorMath.MulDivRound((long)ShuntFullScaleMicrovolts * RatedCurrentAmps, 1, RatedMillivolts); }
        }

        /// <summary>Computes the calibration for <paramref name="chip"/>.</summary>
        /// <param name="chip">INA228 or INA226.</param>
        /// <param name="ratedCurrentAmps">Shunt rating, current part (e.g. 500 for "500 A / 50 mV").</param>
        /// <param name="ratedMillivolts">Shunt rating, voltage part (e.g. 50).</param>
        /// <param name="correctionPpm">Known-load gain correction, 1 000 000 for none.</param>
        /// <param name="calibration">The result, or null.</param>
        /// <param name="error">Why it failed.</param>
        /// <returns>Whether the rating is usable on this chip.</returns>
        public static bool TryCreate(ShuntSensorType chip, int ratedCurrentAmps, int ratedMillivolts, int correctionPpm, out ShuntCalibration? calibration, out CalibrationError error)
        {
            calibration = null;
            error = Validate(chip, ratedCurrentAmps, ratedMillivolts, correctionPpm);
            if (error != CalibrationError.None)
            {
                return false;
            }

            calibration = new ShuntCalibration(chip, ratedCurrentAmps, ratedMillivolts, correctionPpm);
            return true;
        }

        /// <summary>Computes the calibration for <paramref name="chip"/> from validated-or-not settings.</summary>
        /// <param name="chip">INA228 or INA226.</param>
        /// <param name="settings">Rating and correction.</param>
        /// <param name="calibration">The result, or null.</param>
        /// <param name="error">Why it failed.</param>
        /// <returns>Whether the rating is usable on this chip.</returns>
        public static bool TryCreate(ShuntSensorType chip, ShuntSettings settings, out ShuntCalibration? calibration, out CalibrationError error)
        {
            if (settings == null)
            {
                throw new System.ArgumentNullException("settings");
            }

            return TryCreate(chip, settings.RatedCurrentAmps, settings.RatedMillivolts, settings.CorrectionPpm, out calibration, out error);
        }

        /// <summary>Checks a rating against a chip without creating anything.</summary>
        /// <param name="chip">INA228 or INA226.</param>
        /// <param name="ratedCurrentAmps">Rated current in A.</param>
        /// <param name="ratedMillivolts">Rated drop in mV.</param>
        /// <param name="correctionPpm">Gain correction in ppm.</param>
        /// <returns>The first problem found, or <see cref="CalibrationError.None"/>.</returns>
        public static CalibrationError Validate(ShuntSensorType chip, int ratedCurrentAmps, int ratedMillivolts, int correctionPpm)
        {
            int fullScaleMicrovolts;
            if (chip == ShuntSensorType.Ina228)
            {
                fullScaleMicrovolts = Ina228.FullScaleMicrovoltsWide;
            }
            else if (chip == ShuntSensorType.Ina226)
            {
                fullScaleMicrovolts = Ina226.FullScaleMicrovolts;
            }
            else
            {
                return CalibrationError.UnsupportedChip;
            }

            if (ratedCurrentAmps <= 0)
            {
                return CalibrationError.RatedCurrentNotPositive;
            }

            if (ratedCurrentAmps > MaxRatedCurrentAmps)
            {
                return CalibrationError.RatedCurrentTooHigh;
            }

            if (ratedMillivolts <= 0)
            {
                return CalibrationError.RatedMillivoltsNotPositive;
            }

            if ((long)ratedMillivolts * 1000 > fullScaleMicrovolts)
            {
                return CalibrationError.ShuntBeyondInputRange;
            }

            if (correctionPpm < MinCorrectionPpm || correctionPpm > MaxCorrectionPpm)
            {
                return CalibrationError.CorrectionOutOfRange;
            }

            return CalibrationError.None;
        }

        /// <summary>
        /// Known-load correction: the user drives a known current I_ref (measured with a trusted meter) through the
        /// shunt while the firmware reads I_meas with this calibration. The new correction is
        /// CorrectionPpm × I_ref / I_meas, so the next calibration reads I_ref for that load.
        /// </summary>
        /// <param name="referenceMicroamps">The known current, signed like the firmware's reading (+ = charging).</param>
        /// <param name="measuredMicroamps">What this calibration reported for it (already including <see cref="CorrectionPpm"/>).</param>
        /// <param name="correctionPpm">The new correction for <see cref="TryCreate(ShuntSensorType, int, int, int, out ShuntCalibration, out CalibrationError)"/>.</param>
        /// <param name="error">Why it failed.</param>
        /// <returns>Whether the correction is plausible and in range.</returns>
        public bool TryComputeCorrection(long referenceMicroamps, long measuredMicroamps, out int correctionPpm, out CalibrationError error)
        {
            correctionPpm = CorrectionPpm;
            if (referenceMicroamps == 0)
            {
                error = CalibrationError.ReferenceCurrentZero;
                return false;
            }

            if (measuredMicroamps == 0)
            {
                error = CalibrationError.MeasuredCurrentZero;
                return false;
            }

            if ((referenceMicroamps < 0) != (measuredMicroamps < 0))
            {
                error = CalibrationError.ReferenceSignMismatch;
                return false;
            }

            long reference = referenceMicroamps < 0 ? -referenceMicroamps : referenceMicroamps;
            long measured = measuredMicroamps < 0 ? -measuredMicroamps : measuredMicroamps;
            // reference ≥ rated × percent / 100, in µA: rated × 10^6 × percent / 100 = rated × percent × 10^4.
            if (reference < (long)RatedCurrentAmps * MinCorrectionLoadPercent * 10000)
            {
                error = CalibrationError.ReferenceLoadTooSmall;
                return false;
            }

            // Readings are at most ~2^31 µA and the correction ~10^6, so the product fits before the division.
            long result = SensorMath.MulDivRound(CorrectionPpm * reference, 1, measured);
            if (result < MinCorrectionPpm || result > MaxCorrectionPpm)
            {
                error = CalibrationError.CorrectionOutOfRange;
                return false;
            }

            correctionPpm = (int)result;
            error = CalibrationError.None;
            return true;
        }

        /// <summary>Shunt voltage register count (sign-extended) to nV.</summary>
        /// <param name="count">VSHUNT (INA228, 20-bit) or SHUNT_VOLTAGE (INA226, 16-bit) as a signed count.</param>
        /// <returns>Shunt voltage in nV.</returns>
        public long ShuntCountToNanovolts(long count)
        {
            return SensorMath.MulDivRound(count, _vshuntLsbPicovolts, 1000);
        }

        /// <summary>CURRENT register count (sign-extended) to µA, corrected, before any sign inversion.</summary>
        /// <param name="count">CURRENT as a signed count.</param>
        /// <returns>Current in µA.</returns>
        public long CurrentCountToMicroamps(long count)
        {
            // count ≤ 2^19, numerator ≤ 625 × 2000 (INA228) or 2500 × 2000 (INA226): the product fits easily.
            return SensorMath.MulDivRound(count * _lsbNumerator, CorrectionPpm, _lsbDenominator * PpmScale);
        }

        /// <summary>POWER register count (unsigned) to mW, corrected.</summary>
        /// <param name="count">POWER.</param>
        /// <returns>Power in mW (a magnitude).</returns>
        public long PowerCountToMilliwatts(long count)
        {
            long microwatts = SensorMath.MulDivRound(count * _powerFactorNumerator, _lsbNumerator, _powerFactorDenominator * _lsbDenominator);
            return SensorMath.MulDivRound(microwatts, CorrectionPpm, PpmScale * 1000);
        }

        /// <summary>INA228 CHARGE register (sign-extended, in CURRENT_LSB × 1 s) to µAh, corrected.</summary>
        /// <param name="count">CHARGE as a signed count.</param>
        /// <returns>Charge in µAh.</returns>
        public long ChargeCountToMicroampHours(long count)
        {
            // Via nAh so the correction is applied before the last rounding: C = count × CURRENT_LSB[µA] × 1 s,
            // µAh = µAs / 3600, nAh = µAs × 1000 / 3600.
            long nanoampHours = SensorMath.MulDivRound(count * 1000, _lsbNumerator, _lsbDenominator * 3600);
            return SensorMath.MulDivRound(nanoampHours, CorrectionPpm, PpmScale * 1000);
        }

        /// <summary>INA228 ENERGY register (unsigned, 16 × 3.2 × CURRENT_LSB J per count) to mWh, corrected.</summary>
        /// <param name="count">ENERGY.</param>
        /// <returns>Energy in mWh.</returns>
        public long EnergyCountToMilliwattHours(long count)
        {
            // E[µJ] = count × 51.2 × CURRENT_LSB[µA] = count × 256/5 × LSB; µWh = µJ / 3600.
            long microwattHours = SensorMath.MulDivRound(count * 256, _lsbNumerator, 5 * _lsbDenominator * 3600);
            return SensorMath.MulDivRound(microwattHours, CorrectionPpm, PpmScale * 1000);
        }
    }
}
