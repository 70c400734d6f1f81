namespace CydShunt.Firmware.Touch
{
    /// <summary>One calibration point: where a target was drawn on the screen and what the panel read when it was touched.</summary>
    public sealed class TouchCalibrationPoint
    {
        /// <summary>Creates a point.</summary>
        /// <param name="screenX">Target x in pixels.</param>
        /// <param name="screenY">Target y in pixels.</param>
        /// <param name="rawX">X-Position code read at the target.</param>
        /// <param name="rawY">Y-Position code read at the target.</param>
        public TouchCalibrationPoint(int screenX, int screenY, int rawX, int rawY)
        {
            ScreenX = screenX;
            ScreenY = screenY;
            RawX = rawX;
            RawY = rawY;
        }

        /// <summary>Target x in pixels.</summary>
        public int ScreenX { get; }

        /// <summary>Target y in pixels.</summary>
        public int ScreenY { get; }

        /// <summary>X-Position code read at the target.</summary>
        public int RawX { get; }

        /// <summary>Y-Position code read at the target.</summary>
        public int RawY { get; }
    }
}
