namespace CydShunt.Firmware.Touch
{
    /// <summary>Where a <see cref="TouchCalibration"/> came from.</summary>
    public enum TouchCalibrationState : byte
    {
        /// <summary>
        /// The documented default for a typical CYD panel (<see cref="TouchCalibration.CreateDefault"/>): taps work roughly,
        /// and the screen should offer the calibration page.
        /// </summary>
        Uncalibrated = 0,

        /// <summary>Computed from three points the user touched.</summary>
        Calibrated = 1,
    }
}
