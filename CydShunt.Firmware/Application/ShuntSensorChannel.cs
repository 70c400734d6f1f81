using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Settings;

namespace CydShunt.Firmware.Application
{
    /// <summary>
    /// Finds, configures and reads the shunt sensor, taking the zero offset off every reading. Main loop only (see
    /// <see cref="ShuntFirmware"/>).
    /// </summary>
    internal sealed class ShuntSensorChannel
    {
        private readonly II2cDevice _device;
        private IShuntSensor? _sensor;
        private ShuntSensorType _type;
        private SensorError _error = SensorError.NotConfigured;
        private long _nextAttemptAt;
        private int _rawCurrentMicroamps;
        private bool _hasRawCurrent;

        /// <summary>Creates the channel; nothing is read until <see cref="TryStart"/>.</summary>
        /// <param name="device">The I2C device the sensor answers on.</param>
        public ShuntSensorChannel(II2cDevice device)
        {
            _device = device;
        }

        /// <summary>The detected sensor, or <see cref="ShuntSensorType.None"/>.</summary>
        public ShuntSensorType Type
        {
            get { return _type; }
        }

        /// <summary>Why the last reading or configuration failed, or <see cref="SensorError.None"/>.</summary>
        public SensorError Error
        {
            get { return _error; }
        }

        /// <summary>Whether a sensor was found.</summary>
        public bool IsFound
        {
            get { return _sensor != null; }
        }

        /// <summary>The last reading's current before the zero offset came off, µA (valid when <see cref="HasRawCurrent"/>).</summary>
        public int RawCurrentMicroamps
        {
            get { return _rawCurrentMicroamps; }
        }

        /// <summary>Whether the last sample read a current that is still a ground for zeroing.</summary>
        public bool HasRawCurrent
        {
            get { return _hasRawCurrent; }
        }

        /// <summary>Whether no sensor is found yet and the next attempt to find one is due.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        /// <returns><see langword="true"/> when <see cref="TryStart"/> should run.</returns>
        public bool IsStartDue(long now)
        {
            return _sensor == null && now >= _nextAttemptAt;
        }

        /// <summary>Looks for a sensor and configures it; the next attempt is due <see cref="ShuntFirmware.SensorRetryIntervalMilliseconds"/> later.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        /// <param name="settings">The shunt settings in force.</param>
        /// <returns>Whether a sensor was found.</returns>
        public bool TryStart(long now, ShuntSettings settings)
        {
            IShuntSensor? sensor;
            SensorError error;
            _nextAttemptAt = now + ShuntFirmware.SensorRetryIntervalMilliseconds;
            if (!ShuntSensorDetector.TryCreate(_device, out sensor, out error) || sensor == null)
            {
                _error = error;
                return false;
            }

            _sensor = sensor;
            _type = sensor.Type;
            Configure(settings);
            return true;
        }

        /// <summary>Configures the found sensor for <paramref name="settings"/>; without a sensor nothing happens.</summary>
        /// <param name="settings">The shunt settings in force.</param>
        public void Configure(ShuntSettings settings)
        {
            if (_sensor == null)
            {
                return;
            }

            ShuntCalibration? calibration;
            CalibrationError calibrationError;
            SensorError error;
            if (!ShuntCalibration.TryCreate(_sensor.Type, settings, out calibration, out calibrationError) || calibration == null)
            {
                _error = SensorError.NotConfigured;
                return;
            }

            _error = _sensor.TryConfigure(calibration, settings.InvertCurrent, out error) ? SensorError.None : error;
        }

        /// <summary>The last raw reading was scaled by settings no longer in force: it is no ground for zeroing.</summary>
        public void ForgetRawCurrent()
        {
            _hasRawCurrent = false;
        }

        /// <summary>Reads one measurement; a sensor that lost its configuration is configured again.</summary>
        /// <param name="settings">The shunt settings in force.</param>
        /// <param name="voltageMicrovolts">Bus voltage, µV.</param>
        /// <param name="currentMicroamps">Current minus the zero offset, µA.</param>
        /// <returns>Whether there is a measurement (<see cref="Error"/> says why not).</returns>
        public bool TryRead(ShuntSettings settings, out int voltageMicrovolts, out int currentMicroamps)
        {
            ShuntMeasurement measurement;
            SensorError error = SensorError.NotConfigured;
            if (_sensor != null && _sensor.TryRead(out measurement, out error))
            {
                // The zero offset comes off before the monitor's threshold and integration; the monitor computes power
                // from this corrected current and the voltage, so power stays V x I.
                _rawCurrentMicroamps = measurement.CurrentMicroamps;
                _hasRawCurrent = true;
                currentMicroamps = SubtractClamped(measurement.CurrentMicroamps, settings.ReadingZeroOffsetMicroamps);
                voltageMicrovolts = measurement.VoltageMicrovolts;
                _error = SensorError.None;
                return true;
            }

            _hasRawCurrent = false;
            if (_sensor != null)
            {
                _error = error;
                if (error == SensorError.DeviceReset)
                {
                    // The chip lost its configuration (brown-out): configure it again right away.
                    Configure(settings);
                }
            }

            voltageMicrovolts = 0;
            currentMicroamps = 0;
            return false;
        }

        private static int SubtractClamped(int value, int subtrahend)
        {
            long difference = (long)value - subtrahend;
            return difference > int.MaxValue ? int.MaxValue : difference < int.MinValue ? int.MinValue : (int)difference;
        }
    }
}
