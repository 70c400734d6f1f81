using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// What the INA226 and INA228 drivers share: the register port, the calibration in force, the "configured" state and
    /// the current-sign setting, and the checks around configuring. Each driver writes its own registers.
    /// </summary>
    public abstract class InaSensor : IShuntSensor
    {
        private protected readonly RegisterPort _port;
        private protected ShuntCalibration? _calibration;
        private protected bool _configured;
        private protected bool _invert;

        private protected InaSensor(II2cDevice device)
        {
            _port = new RegisterPort(device);
        }

        /// <inheritdoc/>
        public abstract ShuntSensorType Type { get; }

        /// <inheritdoc/>
        public bool IsConfigured
        {
            get { return _configured; }
        }

        /// <inheritdoc/>
        public ShuntCalibration? Calibration
        {
            get { return _calibration; }
        }

        /// <summary>
        /// Writes the chip's configuration for <paramref name="calibration"/>, each register verified by reading it back.
        /// A failure leaves <see cref="IsConfigured"/> false because the chip may hold a partial configuration.
        /// </summary>
        /// <inheritdoc/>
        public bool TryConfigure(ShuntCalibration calibration, bool invertCurrent, out SensorError error)
        {
            if (calibration == null)
            {
                throw new System.ArgumentNullException("calibration");
            }

            if (calibration.Chip != Type)
            {
                error = SensorError.CalibrationForOtherChip;
                return false;
            }

            _configured = false;
            if (!TryWriteConfiguration(calibration, out error))
            {
                return false;
            }

            _calibration = calibration;
            _invert = invertCurrent;
            _configured = true;
            return true;
        }

        /// <inheritdoc/>
        public abstract bool TryRead(out ShuntMeasurement measurement, out SensorError error);

        /// <inheritdoc/>
        public abstract bool TryReset(out SensorError error);

        /// <summary>The calibration in force, or <see cref="SensorError.NotConfigured"/> before a successful configure or after a reset.</summary>
        private protected bool TryGetCalibration(out ShuntCalibration? calibration, out SensorError error)
        {
            calibration = _calibration;
            if (!_configured || calibration == null)
            {
                error = SensorError.NotConfigured;
                return false;
            }

            error = SensorError.None;
            return true;
        }

        /// <summary>Writes and verifies the chip's configuration registers for <paramref name="calibration"/>.</summary>
        private protected abstract bool TryWriteConfiguration(ShuntCalibration calibration, out SensorError error);
    }
}
