namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// A shunt monitor chip on I2C. Obtain one from <see cref="ShuntSensorDetector"/>, configure it with a
    /// <see cref="ShuntCalibration"/> made for its <see cref="Type"/>, then call <see cref="TryRead"/> every tick.
    /// Every method reports failures through a <see cref="SensorError"/> instead of throwing, and a failure never
    /// changes the driver's calibration or configured state except where documented.
    /// </summary>
    public interface IShuntSensor
    {
        /// <summary>The chip this driver talks to.</summary>
        ShuntSensorType Type { get; }

        /// <summary>Whether the chip holds the calibration last given to <see cref="TryConfigure"/> (as far as the driver knows).</summary>
        bool IsConfigured { get; }

        /// <summary>The calibration in use, or null before the first successful <see cref="TryConfigure"/>.</summary>
        ShuntCalibration? Calibration { get; }

        /// <summary>
        /// Writes the calibration and ADC settings to the chip and reads them back. The INA228's hardware accumulators
        /// are not cleared (<see cref="Ina228.TryResetAccumulators"/> does that), so a reconfiguration after a glitch keeps counting.
        /// </summary>
        /// <param name="calibration">A calibration created for <see cref="Type"/>.</param>
        /// <param name="invertCurrent">Flip the current sign (for a shunt wired so that charging reads negative).</param>
        /// <param name="error">Why it failed.</param>
        /// <returns>Whether the chip is configured.</returns>
        bool TryConfigure(ShuntCalibration calibration, bool invertCurrent, out SensorError error);

        /// <summary>Reads the latest bus voltage and current, the two values the firmware samples every second. Does not allocate.</summary>
        /// <param name="measurement">The reading; default when it failed.</param>
        /// <param name="error">Why it failed; <see cref="SensorError.DeviceReset"/> means "configure again".</param>
        /// <returns>Whether <paramref name="measurement"/> is valid.</returns>
        bool TryRead(out ShuntMeasurement measurement, out SensorError error);

        /// <summary>Software-resets the chip (CONFIG.RST): every register returns to its power-on value, so the driver becomes unconfigured.</summary>
        /// <param name="error">Why it failed.</param>
        /// <returns>Whether the reset command was sent.</returns>
        bool TryReset(out SensorError error);
    }
}
