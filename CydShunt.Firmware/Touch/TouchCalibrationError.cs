namespace CydShunt.Firmware.Touch
{
    /// <summary>Why a touch calibration was refused (by <see cref="TouchCalibration.TryCreate"/> or <see cref="TouchCalibration.TryReadFrom"/>).</summary>
    public enum TouchCalibrationError : byte
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>The serialized calibration is not exactly <see cref="TouchCalibration.SerializedSize"/> bytes long.</summary>
        WrongLength = 1,

        /// <summary>The serialized calibration carries a version byte this firmware does not know.</summary>
        UnknownVersion = 2,

        /// <summary>A target point lies outside the 320×240 screen.</summary>
        ScreenPointOutsideScreen = 3,

        /// <summary>A raw reading lies outside the 12-bit range 0..4095.</summary>
        RawValueOutOfRange = 4,

        /// <summary>The three targets lie (nearly) on one line, so they cannot define a mapping.</summary>
        ScreenPointsCollinear = 5,

        /// <summary>The three readings lie (nearly) on one line: the same spot touched twice, or the panel not touched.</summary>
        RawPointsCollinear = 6,

        /// <summary>
        /// The mapping the points give is not one a real panel has: the panel's full range would not cover the screen,
        /// or the screen would use less than a quarter of it, or the mapping would squash the screen (a misread point).
        /// </summary>
        ImplausibleMapping = 7,

        /// <summary>The calibration is the uncalibrated default, which is not stored.</summary>
        NotCalibrated = 8,
    }
}
