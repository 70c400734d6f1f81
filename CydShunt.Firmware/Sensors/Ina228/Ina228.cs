using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// Binding for the TI INA228 (85 V, 20-bit, I2C shunt monitor; datasheet SBOSA20). <see cref="TryRead"/> is the
    /// per-sample read: DIAG_ALRT (reset and overflow check), VBUS and CURRENT, three transfers. Shunt voltage, die
    /// temperature, power and the hardware CHARGE/ENERGY accumulators are read on demand by their own methods.
    /// Wiring, registers and calibration math: README.md in this folder.
    /// </summary>
    public sealed class Ina228 : InaSensor
    {
        /// <summary>DEVICE_ID.DIEID (bits 15:4) of the INA228.</summary>
        internal const int DieId = 0x228;

        /// <summary>SHUNT_CAL that makes CURRENT equal VSHUNT count for count (see <see cref="ShuntCalibration"/>).</summary>
        internal const int UnityShuntCal = 4096;

        /// <summary>Shunt voltage LSB in pV with ADCRANGE=0 (312.5 nV).</summary>
        internal const long VShuntLsbPicovoltsWide = 312500;

        /// <summary>Shunt voltage LSB in pV with ADCRANGE=1 (78.125 nV).</summary>
        internal const long VShuntLsbPicovoltsNarrow = 78125;

        /// <summary>Shunt input full scale in µV with ADCRANGE=0.</summary>
        internal const int FullScaleMicrovoltsWide = 163840;

        /// <summary>Shunt input full scale in µV with ADCRANGE=1.</summary>
        internal const int FullScaleMicrovoltsNarrow = 40960;

        // ADC_CONFIG: MODE=0xF (continuous bus, shunt and temperature), VBUSCT=VSHCT=VTCT=0x5 (1052 µs each), AVG=0x2
        // (16 samples): a fresh averaged result about every 50 ms.
        private const int AdcConfigContinuousAverage16 = (0xF << 12) | (0x5 << 9) | (0x5 << 6) | (0x5 << 3) | 0x2;

        // CONFIG bits the binding sets and expects to read back; RST and RSTACC self-clear.
        private const int ConfigReadBackMask = (int)(Ina228ConfigFlags.ConversionDelayMask | Ina228ConfigFlags.TemperatureCompensation | Ina228ConfigFlags.AdcRange);

        // Overflow flags seen in DIAG_ALRT but not yet delivered (a later read of the same TryReadAccumulators failed).
        private bool _pendingAccumulatorOverflow;

        /// <summary>Creates the binding; nothing is sent until <see cref="InaSensor.TryConfigure"/>.</summary>
        /// <param name="device">The chip's I2C device (default address 0x40).</param>
        public Ina228(II2cDevice device)
            : base(device)
        {
        }

        /// <inheritdoc/>
        public override ShuntSensorType Type
        {
            get { return ShuntSensorType.Ina228; }
        }

        /// <summary>Reads DIAG_ALRT, VBUS and CURRENT. Does not allocate.</summary>
        /// <inheritdoc/>
        public override bool TryRead(out ShuntMeasurement measurement, out SensorError error)
        {
            measurement = default(ShuntMeasurement);
            ShuntCalibration? calibration;
            Ina228DiagnosticFlags flags;
            long vbus, current;
            if (!TryReadDiagnostics(true, out calibration, out flags, out error)
                || !_port.TryRead((int)Ina228Register.VBus, 3, out vbus, out error)
                || !_port.TryRead((int)Ina228Register.Current, 3, out current, out error))
            {
                return false;
            }

            // 24-bit results hold a 20-bit two's complement value in bits 23:4; bits 3:0 are reserved.
            long busCount = SensorMath.SignExtend(vbus >> 4, 20);
            long microamps = calibration!.CurrentCountToMicroamps(SensorMath.SignExtend(current >> 4, 20));
            measurement.VoltageMicrovolts = busCount <= 0 ? 0 : SensorMath.ClampToInt(SensorMath.MulDivRound(busCount, 3125, 16)); // 195.3125 µV
            measurement.CurrentMicroamps = SensorMath.ClampToInt(_invert ? -microamps : microamps);
            return true;
        }

        /// <summary>Reads DIAG_ALRT and VSHUNT: the raw shunt voltage IN+ − IN−, not inverted, not corrected.</summary>
        /// <param name="nanovolts">The shunt voltage in nV; 0 when it failed.</param>
        /// <param name="error">Why it failed.</param>
        /// <returns>Whether <paramref name="nanovolts"/> is valid.</returns>
        public bool TryReadShuntVoltage(out int nanovolts, out SensorError error)
        {
            nanovolts = 0;
            ShuntCalibration? calibration;
            long vshunt;
            if (!TryReadAfterDiagnostics(Ina228Register.VShunt, 3, false, out calibration, out vshunt, out error))
            {
                return false;
            }

            nanovolts = SensorMath.ClampToInt(calibration!.ShuntCountToNanovolts(SensorMath.SignExtend(vshunt >> 4, 20)));
            return true;
        }

        /// <summary>Reads DIAG_ALRT and DIETEMP: the chip's own temperature (not the battery's).</summary>
        /// <param name="centidegrees">The die temperature in 0.01 °C; 0 when it failed.</param>
        /// <param name="error">Why it failed.</param>
        /// <returns>Whether <paramref name="centidegrees"/> is valid.</returns>
        public bool TryReadDieTemperature(out int centidegrees, out SensorError error)
        {
            centidegrees = 0;
            ShuntCalibration? calibration;
            long dietemp;
            if (!TryReadAfterDiagnostics(Ina228Register.DieTemp, 2, false, out calibration, out dietemp, out error))
            {
                return false;
            }

            centidegrees = (int)SensorMath.MulDivRound(SensorMath.SignExtend(dietemp, 16), 25, 32); // 7.8125 m°C
            return true;
        }

        /// <summary>Reads DIAG_ALRT and POWER: the chip's |I|·V, corrected. A magnitude: the sign is the current's.</summary>
        /// <param name="milliwatts">The power in mW; 0 when it failed.</param>
        /// <param name="error">Why it failed; <see cref="SensorError.MathOverflow"/> when MATHOF is set.</param>
        /// <returns>Whether <paramref name="milliwatts"/> is valid.</returns>
        public bool TryReadPower(out int milliwatts, out SensorError error)
        {
            milliwatts = 0;
            ShuntCalibration? calibration;
            long power;
            if (!TryReadAfterDiagnostics(Ina228Register.Power, 3, true, out calibration, out power, out error))
            {
                return false;
            }

            milliwatts = SensorMath.ClampToInt(calibration!.PowerCountToMilliwatts(power));
            return true;
        }

        /// <summary>
        /// Reads DIAG_ALRT, then ENERGY and CHARGE (in that order: reading them clears ENERGYOF and CHARGEOF, so the flags
        /// are taken first). An overflow seen before a failed read is delivered with the next good one.
        /// </summary>
        /// <param name="accumulators">Charge and energy since the last accumulator reset; default when it failed.</param>
        /// <param name="error">Why it failed; <see cref="SensorError.MathOverflow"/> when MATHOF is set.</param>
        /// <returns>Whether <paramref name="accumulators"/> is valid.</returns>
        public bool TryReadAccumulators(out Ina228Accumulators accumulators, out SensorError error)
        {
            accumulators = default(Ina228Accumulators);
            ShuntCalibration? calibration;
            Ina228DiagnosticFlags flags;
            if (!TryReadDiagnostics(false, out calibration, out flags, out error))
            {
                return false;
            }

            if ((flags & (Ina228DiagnosticFlags.ChargeOverflow | Ina228DiagnosticFlags.EnergyOverflow)) != 0)
            {
                _pendingAccumulatorOverflow = true;
            }

            if ((flags & Ina228DiagnosticFlags.MathOverflow) != 0)
            {
                error = SensorError.MathOverflow;
                return false;
            }

            long energy, charge;
            if (!_port.TryRead((int)Ina228Register.Energy, 5, out energy, out error)
                || !_port.TryRead((int)Ina228Register.Charge, 5, out charge, out error))
            {
                return false;
            }

            long microampHours = calibration!.ChargeCountToMicroampHours(SensorMath.SignExtend(charge, 40));
            accumulators.ChargeMicroampHours = _invert ? -microampHours : microampHours;
            accumulators.EnergyMilliwattHours = calibration.EnergyCountToMilliwattHours(energy);
            accumulators.Overflow = _pendingAccumulatorOverflow;
            _pendingAccumulatorOverflow = false;
            return true;
        }

        /// <summary>Sets CONFIG.RSTACC (keeping ADCRANGE and the other CONFIG fields): ENERGY and CHARGE restart at 0, MATHOF clears.</summary>
        /// <param name="error">Why it failed.</param>
        /// <returns>Whether the accumulators were cleared.</returns>
        public bool TryResetAccumulators(out SensorError error)
        {
            int config;
            if (!_port.TryRead16((int)Ina228Register.Config, out config, out error))
            {
                return false;
            }

            if (!_port.TryWrite16((int)Ina228Register.Config, (config & ConfigReadBackMask) | (int)Ina228ConfigFlags.ResetAccumulators, out error))
            {
                return false;
            }

            _pendingAccumulatorOverflow = false;
            return true;
        }

        /// <inheritdoc/>
        public override bool TryReset(out SensorError error)
        {
            if (!_port.TryWrite16((int)Ina228Register.Config, (int)Ina228ConfigFlags.Reset, out error))
            {
                return false;
            }

            _configured = false;
            _pendingAccumulatorOverflow = false;
            return true;
        }

        /// <summary>
        /// Writes CONFIG (ADCRANGE), ADC_CONFIG (continuous, 16 averages), SHUNT_CAL and DIAG_ALRT (SLOWALERT, which
        /// also serves as the "still configured" marker checked by every read), each verified by reading it back.
        /// </summary>
        private protected override bool TryWriteConfiguration(ShuntCalibration calibration, out SensorError error)
        {
            int config = calibration.AdcRangeNarrow ? (int)Ina228ConfigFlags.AdcRange : 0;
            return _port.TryWriteVerified16((int)Ina228Register.Config, config, ConfigReadBackMask, out error)
                && _port.TryWriteVerified16((int)Ina228Register.AdcConfig, AdcConfigContinuousAverage16, 0xFFFF, out error)
                && _port.TryWriteVerified16((int)Ina228Register.ShuntCal, calibration.CalibrationRegister, 0x7FFF, out error)
                && _port.TryWriteVerified16((int)Ina228Register.DiagAlrt, (int)Ina228DiagnosticFlags.SlowAlert, (int)Ina228DiagnosticFlags.AlertConfigurationMask, out error);
        }

        // Every read starts here: the binding must be configured, and DIAG_ALRT must still hold the SLOWALERT marker
        // (without it the chip was reset and lost ADCRANGE and SHUNT_CAL, so every scale would be wrong).
        // An on-demand read: DIAG_ALRT (reset and overflow checks), then one register of `width` bytes.
        private bool TryReadAfterDiagnostics(Ina228Register register, int width, bool refuseMathOverflow, out ShuntCalibration? calibration, out long raw, out SensorError error)
        {
            raw = 0;
            Ina228DiagnosticFlags flags;
            return TryReadDiagnostics(refuseMathOverflow, out calibration, out flags, out error)
                && _port.TryRead((int)register, width, out raw, out error);
        }

        private bool TryReadDiagnostics(bool refuseMathOverflow, out ShuntCalibration? calibration, out Ina228DiagnosticFlags flags, out SensorError error)
        {
            flags = Ina228DiagnosticFlags.None;
            int diag;
            if (!TryGetCalibration(out calibration, out error)
                || !_port.TryRead16((int)Ina228Register.DiagAlrt, out diag, out error))
            {
                return false;
            }

            flags = (Ina228DiagnosticFlags)diag;
            if ((flags & Ina228DiagnosticFlags.SlowAlert) == 0)
            {
                _configured = false;
                error = SensorError.DeviceReset;
                return false;
            }

            if (refuseMathOverflow && (flags & Ina228DiagnosticFlags.MathOverflow) != 0)
            {
                error = SensorError.MathOverflow;
                return false;
            }

            return true;
        }
    }
}
