using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// Driver for the TI INA226 (36 V, 16-bit, I2C): bus and shunt voltage, current and power. It has no temperature
    /// sensor and no accumulators: the battery monitor integrates current itself. Register facts are from the INA226
    /// datasheet (SBOS547); see <see cref="Ina226Register"/>.
    /// </summary>
    public sealed class Ina226 : InaSensor
    {

        /// <summary>Creates the driver; nothing is sent until <see cref="InaSensor.TryConfigure"/>.</summary>
        /// <param name="device">The chip's I2C device (default address 0x40).</param>
        public Ina226(II2cDevice device)
            : base(device)
        {
        }

        /// <inheritdoc/>
        public override ShuntSensorType Type
        {
            get { return ShuntSensorType.Ina226; }
        }

        /// <summary>
        /// Writes CONFIGURATION (continuous shunt+bus, 16 averages) and CALIBRATION, each verified by reading it back.
        /// CALIBRATION is 0 after a power-on reset, so every read checks it to notice a reset.
        /// </summary>
        private protected override bool TryWriteConfiguration(ShuntCalibration calibration, out SensorError error)
        {
            if (!_port.TryWriteVerified16((int)Ina226Register.CONFIGURATION, Ina226Bits.ConfigurationContinuousAvg16, 0x0FFF, out error)
                || !_port.TryWriteVerified16((int)Ina226Register.CALIBRATION, calibration.CalibrationRegister, 0x7FFF, out error))
            {
                return false;
            }

            return true;
        }

        /// <summary>Reads CALIBRATION (reset check), MASK_ENABLE (OVF), SHUNT_VOLTAGE, BUS_VOLTAGE, CURRENT and POWER. Does not allocate.</summary>
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

            int calibrationRegister;
            if (!_port.TryRead16((int)Ina226Register.CALIBRATION, out calibrationRegister, out error))
            {
                return false;
            }

            if ((calibrationRegister & 0x7FFF) != calibration.CalibrationRegister)
            {
                _configured = false;
                error = SensorError.DeviceReset;
                return false;
            }

            int mask;
            if (!_port.TryRead16((int)Ina226Register.MASK_ENABLE, out mask, out error))
            {
                return false;
            }

            if ((mask & Ina226Bits.MaskMathOverflow) != 0)
            {
                error = SensorError.MathOverflow;
                return false;
            }

            long shunt, bus, current, power;
            if (!_port.TryRead((int)Ina226Register.SHUNT_VOLTAGE, 2, out shunt, out error)
                || !_port.TryRead((int)Ina226Register.BUS_VOLTAGE, 2, out bus, out error)
                || !_port.TryRead((int)Ina226Register.CURRENT, 2, out current, out error)
                || !_port.TryRead((int)Ina226Register.POWER, 2, out power, out error))
            {
                return false;
            }

            long microamps = calibration.CurrentCountToMicroamps(SensorMath.SignExtend(current, 16));
            if (_invert)
            {
                microamps = -microamps;
            }

            long milliwatts = calibration.PowerCountToMilliwatts(power);
            measurement.VoltageMicrovolts = (int)((bus & 0x7FFF) * Ina226Bits.BusLsbMicrovolts); // bit 15 always reads 0
            measurement.CurrentMicroamps = SensorMath.ClampToInt(microamps);
            measurement.TemperatureCentidegrees = ShuntMeasurement.TemperatureNotAvailable;
            measurement.ShuntNanovolts = SensorMath.ClampToInt(calibration.ShuntCountToNanovolts(SensorMath.SignExtend(shunt, 16)));
            measurement.PowerMilliwatts = SensorMath.ClampToInt(microamps < 0 ? -milliwatts : milliwatts);
            return true;
        }

        /// <summary>The INA226 has no accumulators.</summary>
        /// <inheritdoc/>
        public override bool TryResetAccumulators(out SensorError error)
        {
            error = SensorError.NotSupported;
            return false;
        }

        /// <inheritdoc/>
        public override bool TryReset(out SensorError error)
        {
            if (!_port.TryWrite16((int)Ina226Register.CONFIGURATION, Ina226Bits.ConfigurationRst, out error))
            {
                return false;
            }

            _configured = false;
            return true;
        }
    }
}
