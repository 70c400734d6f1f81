namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>Where the touch calibration page stands.</summary>
    public enum TouchCalibrationStep : byte
    {
        /// <summary>Waiting for a touch on one of the three calibration targets.</summary>
        Target = 0,

        /// <summary>Calibrated and saved; waiting for a touch on the check target in the centre.</summary>
        Check = 1,

        /// <summary>The check was measured: OK or REDO.</summary>
        Result = 2,
    }
}
