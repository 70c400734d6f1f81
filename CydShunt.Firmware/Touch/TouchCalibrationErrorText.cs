namespace CydShunt.Firmware.Touch
{
    /// <summary>Words for each <see cref="TouchCalibrationError"/>, for the calibration page and logs.</summary>
    public static class TouchCalibrationErrorText
    {
        /// <summary>Describes an error in a short sentence.</summary>
        /// <param name="error">The error.</param>
        /// <returns>The words.</returns>
        public static string Describe(TouchCalibrationError error)
        {
            switch (error)
            {
                case TouchCalibrationError.None:
                    return "no error";
                case TouchCalibrationError.WrongLength:
                    return "stored calibration has the wrong length";
                case TouchCalibrationError.UnknownVersion:
                    return "stored calibration has an unknown version";
                case TouchCalibrationError.ScreenPointOutsideScreen:
                    return "a target is outside the screen";
                case TouchCalibrationError.RawValueOutOfRange:
                    return "a touch reading is out of range";
                case TouchCalibrationError.ScreenPointsCollinear:
                    return "the targets are in a line";
                case TouchCalibrationError.RawPointsCollinear:
                    return "the touches were in a line: touch each target";
                case TouchCalibrationError.ImplausibleMapping:
                    return "the touches do not match the targets: try again";
                case TouchCalibrationError.NotCalibrated:
                    return "the panel is not calibrated";
                default:
                    return "unknown touch calibration error";
            }
        }
    }
}
