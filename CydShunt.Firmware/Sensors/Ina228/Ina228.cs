using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// Driver for the TI INA228 (85 V, 20-bit, I2C): bus and shunt voltage, current, power, die temperature, and the
    /// hardware CHARGE/ENERGY accumulators, which integrate every conversion so no charge is lost between reads.
    /// Register facts are from the INA228 datasheet (SBOSA20/SLYS021); see <see cref="Ina228Register"/>.
    /// </summary>
    public sealed class Ina228 : InaSensor
    {
        // Bits of CONFIG the driver sets and expects to read back (CONVDLY, TEMPCOMP, ADCRANGE); RST/RSTACC self-clear.
        private const int ConfigReadBackMask = 0x3FF0;
        // DIAG_ALRT bits that are configuration (ALATCH, CNVR, SLOWALERT, APOL); the rest are flags.
        private const int DiagConfigMask = 0xF000;

        // Overflow flags seen in DIAG_ALRT but not yet delivered (a later register read of the same TryRead failed).
        private bool _pendingAccumulatorOverflow;

        /// <summary>Creates the driver; nothing is sent until <see cref="InaSensor.TryConfigure"/>.</summary>
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

        /// <summary>
        /// Writes CONFIG (ADCRANGE), ADC_CONFIG (continuous, 16 averages), SHUNT_CAL and DIAG_ALRT (SLOWALERT, which
        /// also serves as the "still configured" marker checked by every read), each verified by reading it back.
        /// </summary>
        private protected override bool TryWriteConfiguration(ShuntCalibration calibration, out SensorError error)
        {
            int config = calibration.AdcRangeNarrow ? Ina228Bits.ConfigAdcRange : 0;
            if (!_port.TryWriteVerified16((int)Ina228Register.CONFIG, config, ConfigReadBackMask, out error)
                || !_port.TryWriteVerified16((int)Ina228Register.ADC_CONFIG, Ina228Bits.AdcConfigContinuousAvg16, 0xFFFF, out error)
                || !_port.TryWriteVerified16((int)Ina228Register.SHUNT_CAL, calibration.CalibrationRegister, 0x7FFF, out error)
                || !_port.TryWriteVerified16((int)Ina228Register.DIAG_ALRT, Ina228Bits.DiagSlowAlert, DiagConfigMask, out error))
            {
                return false;
            }

            return true;
        }

        /// <summary>
        /// Reads DIAG_ALRT first (reading CHARGE/ENERGY clears their overflow flags), then VSHUNT, VBUS, DIETEMP,
        /// CURRENT, POWER, ENERGY and CHARGE. Does not allocate.
        /// </summary>
        /// <inheritdoc/>
        public override bool TryRead(out ShuntMeasurement measurement, out SensorError error)
        {
            measurement = default(ShuntMeasurement);
            ShuntCalibration? calibration = _calibration;
            if (!_configured || calibration == null)
            {
                error = SensorError.NotConfigured;
                return false;
            }

            int diag;
            if (!_port.TryRead16((int)Ina228Register.DIAG_ALRT, out diag, out error))
            {
                return false;
            }

            if ((diag & Ina228Bits.DiagSlowAlert) == 0)
            {
                // Our marker is gone: the chip went through a power-on or software reset and lost ADCRANGE/SHUNT_CAL.
                _configured = false;
                error = SensorError.DeviceReset;
                return false;
            }

            if ((diag & (Ina228Bits.DiagChargeOf | Ina228Bits.DiagEnergyOf)) != 0)
            {
                _pendingAccumulatorOverflow = true;
            }

            if ((diag & Ina228Bits.DiagMathOf) != 0)
            {
                error = SensorError.MathOverflow;
                return false;
            }

            long vshunt, vbus, dietemp, current, power, energy, charge;
            if (!_port.TryRead((int)Ina228Register.VSHUNT, 3, out vshunt, out error)
                || !_port.TryRead((int)Ina228Register.VBUS, 3, out vbus, out error)
                || !_port.TryRead((int)Ina228Register.DIETEMP, 2, out dietemp, out error)
                || !_port.TryRead((int)Ina228Register.CURRENT, 3, out current, out error)
                || !_port.TryRead((int)Ina228Register.POWER, 3, out power, out error)
                || !_port.TryRead((int)Ina228Register.ENERGY, 5, out energy, out error)
                || !_port.TryRead((int)Ina228Register.CHARGE, 5, out charge, out error))
            {
                return false;
            }

            // 24-bit results hold a 20-bit two's complement value in bits 23:4; bits 3:0 are reserved.
            long busCount = SensorMath.SignExtend(vbus >> 4, 20);
            long microamps = calibration.CurrentCountToMicroamps(SensorMath.SignExtend(current >> 4, 20));
            long microampHours = calibration.ChargeCountToMicroampHours(SensorMath.SignExtend(charge, 40));
            if (_invert)
            {
                microamps = -microamps;
                microampHours = -microampHours;
            }

            long milliwatts = calibration.PowerCountToMilliwatts(power);
            measurement.VoltageMicrovolts = busCount <= 0 ? 0 : SensorMath.ClampToInt(SensorMath.MulDivRound(busCount, 3125, 16)); // 195.3125 µV
            measurement.CurrentMicroamps = SensorMath.ClampToInt(microamps);
            measurement.TemperatureCentidegrees = (int)SensorMath.MulDivRound(SensorMath.SignExtend(dietemp, 16), 25, 32); // 7.8125 m°C
            measurement.ShuntNanovolts = SensorMath.ClampToInt(calibration.ShuntCountToNanovolts(SensorMath.SignExtend(vshunt >> 4, 20)));
            measurement.PowerMilliwatts = SensorMath.ClampToInt(microamps < 0 ? -milliwatts : milliwatts);
            measurement.HasAccumulators = true;
            measurement.ChargeMicroampHours = microampHours;
            measurement.EnergyMilliwattHours = calibration.EnergyCountToMilliwattHours(energy);
            measurement.AccumulatorOverflow = _pendingAccumulatorOverflow;
            _pendingAccumulatorOverflow = false;
            return true;
        }

        /// <summary>Sets CONFIG.RSTACC (keeping ADCRANGE and the other CONFIG fields): ENERGY and CHARGE restart at 0, MATHOF clears.</summary>
        /// <inheritdoc/>
        public override bool TryResetAccumulators(out SensorError error)
        {
            int config;
            if (!_port.TryRead16((int)Ina228Register.CONFIG, out config, out error))
            {
                return false;
            }

            if (!_port.TryWrite16((int)Ina228Register.CONFIG, (config & ConfigReadBackMask) | Ina228Bits.ConfigRstAcc, out error))
            {
                return false;
            }

            _pendingAccumulatorOverflow = false;
            return true;
        }

        /// <inheritdoc/>
        public override bool TryReset(out SensorError error)
        {
            if (!_port.TryWrite16((int)Ina228Register.CONFIG, Ina228Bits.ConfigRst, out error))
            {
                return false;
            }

            _configured = false;
            _pendingAccumulatorOverflow = false;
            return true;
        }
    }
}
