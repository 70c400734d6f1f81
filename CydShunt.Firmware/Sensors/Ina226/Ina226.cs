using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// Binding for the TI INA226 (36 V, 16-bit, I2C shunt monitor; datasheet SBOS547). It has no temperature sensor and
    /// no accumulators: the battery monitor integrates current itself. <see cref="TryRead"/> is the per-sample read:
    /// Calibration (reset check), Mask/Enable (overflow check), Bus Voltage and Current, four transfers. Shunt voltage and
    /// power are read on demand. Wiring, registers and calibration math: README.md in this folder.
    /// </summary>
    public sealed class Ina226 : InaSensor
    {
        /// <summary>Die ID Register DID field (bits 15:4) of the INA226.</summary>
        internal const int DieId = 0x226;

        /// <summary>Calibration Register value that makes Current equal Shunt Voltage count for count (see <see cref="ShuntCalibration"/>).</summary>
        internal const int UnityCalibration = 2048;

        /// <summary>Shunt voltage LSB in pV (2.5 µV).</summary>
        internal const long ShuntLsbPicovolts = 2500000;

        /// <summary>Shunt input full scale in µV.</summary>
        internal const int FullScaleMicrovolts = 81920;

        private const int BusLsbMicrovolts = 1250;

        // Configuration: bit 14 as the reset value has it, AVG=0x2 (16 samples), VBUSCT=VSHCT=0x4 (1.1 ms), MODE=0x7
        // (shunt and bus, continuous): a fresh averaged result about every 35 ms.
        private const int ConfigurationContinuousAverage16 = 0x4000 | (0x2 << 9) | (0x4 << 6) | (0x4 << 3) | 0x7;

        // The fields the binding sets and expects to read back (bit 14 is fixed, RST self-clears).
        private const int ConfigurationReadBackMask = (int)(Ina226ConfigurationFlags.AveragingMask | Ina226ConfigurationFlags.BusConversionTimeMask | Ina226ConfigurationFlags.ShuntConversionTimeMask | Ina226ConfigurationFlags.ModeMask);

        /// <summary>Creates the binding; nothing is sent until <see cref="InaSensor.TryConfigure"/>.</summary>
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

        /// <summary>Reads Calibration (reset check), Mask/Enable (OVF), Bus Voltage and Current. Does not allocate.</summary>
        /// <inheritdoc/>
        public override bool TryRead(out ShuntMeasurement measurement, out SensorError error)
        {
            measurement = default(ShuntMeasurement);
            ShuntCalibration? calibration;
            long bus, current;
            if (!TryCheckConfigured(true, out calibration, out error)
                || !_port.TryRead((int)Ina226Register.BusVoltage, 2, out bus, out error)
                || !_port.TryRead((int)Ina226Register.Current, 2, out current, out error))
            {
                return false;
            }

            long microamps = calibration!.CurrentCountToMicroamps(SensorMath.SignExtend(current, 16));
            measurement.VoltageMicrovolts = (int)((bus & 0x7FFF) * BusLsbMicrovolts); // bit 15 always reads 0
            measurement.CurrentMicroamps = SensorMath.ClampToInt(_invert ? -microamps : microamps);
            return true;
        }

        /// <summary>Reads Calibration (reset check) and Shunt Voltage: the raw IN+ − IN−, not inverted, not corrected.</summary>
        /// <param name="nanovolts">The shunt voltage in nV; 0 when it failed.</param>
        /// <param name="error">Why it failed.</param>
        /// <returns>Whether <paramref name="nanovolts"/> is valid.</returns>
        public bool TryReadShuntVoltage(out int nanovolts, out SensorError error)
        {
            nanovolts = 0;
            ShuntCalibration? calibration;
            long shunt;
            if (!TryCheckConfigured(false, out calibration, out error)
                || !_port.TryRead((int)Ina226Register.ShuntVoltage, 2, out shunt, out error))
            {
                return false;
            }

            nanovolts = SensorMath.ClampToInt(calibration!.ShuntCountToNanovolts(SensorMath.SignExtend(shunt, 16)));
            return true;
        }

        /// <summary>Reads Calibration, Mask/Enable and Power: the chip's |I|·V, corrected. A magnitude: the sign is the current's.</summary>
        /// <param name="milliwatts">The power in mW; 0 when it failed.</param>
        /// <param name="error">Why it failed; <see cref="SensorError.MathOverflow"/> when OVF is set.</param>
        /// <returns>Whether <paramref name="milliwatts"/> is valid.</returns>
        public bool TryReadPower(out int milliwatts, out SensorError error)
        {
            milliwatts = 0;
            ShuntCalibration? calibration;
            long power;
            if (!TryCheckConfigured(true, out calibration, out error)
                || !_port.TryRead((int)Ina226Register.Power, 2, out power, out error))
            {
                return false;
            }

            milliwatts = SensorMath.ClampToInt(calibration!.PowerCountToMilliwatts(power));
            return true;
        }

        /// <inheritdoc/>
        public override bool TryReset(out SensorError error)
        {
            if (!_port.TryWrite16((int)Ina226Register.Configuration, (int)Ina226ConfigurationFlags.Reset, out error))
            {
                return false;
            }

            _configured = false;
            return true;
        }

        /// <summary>
        /// Writes Configuration (continuous shunt+bus, 16 averages) and Calibration, each verified by reading it back.
        /// Calibration is 0 after a power-on reset, so every read checks it to notice a reset.
        /// </summary>
        private protected override bool TryWriteConfiguration(ShuntCalibration calibration, out SensorError error)
        {
            return _port.TryWriteVerified16((int)Ina226Register.Configuration, ConfigurationContinuousAverage16, ConfigurationReadBackMask, out error)
                && _port.TryWriteVerified16((int)Ina226Register.Calibration, calibration.CalibrationRegister, 0x7FFF, out error);
        }

        // Every read starts here: the binding must be configured and the Calibration Register must still hold its value
        // (0 after a power-on reset). Reads of current or power also refuse a set OVF flag.
        private bool TryCheckConfigured(bool refuseMathOverflow, out ShuntCalibration? calibration, out SensorError error)
        {
            int calibrationRegister;
            if (!TryGetCalibration(out calibration, out error)
                || !_port.TryRead16((int)Ina226Register.Calibration, out calibrationRegister, out error))
            {
                return false;
            }

            if ((calibrationRegister & 0x7FFF) != calibration!.CalibrationRegister)
            {
                _configured = false;
                error = SensorError.DeviceReset;
                return false;
            }

            if (!refuseMathOverflow)
            {
                return true;
            }

            int mask;
            if (!_port.TryRead16((int)Ina226Register.MaskEnable, out mask, out error))
            {
                return false;
            }

            if ((mask & (int)Ina226MaskEnableFlags.MathOverflow) != 0)
            {
                error = SensorError.MathOverflow;
                return false;
            }

            return true;
        }
    }
}
