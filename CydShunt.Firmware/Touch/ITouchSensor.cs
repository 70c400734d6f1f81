namespace CydShunt.Firmware.Touch
{
    /// <summary>A touch controller that can be polled for one filtered raw reading (the XPT2046 driver, or a test double).</summary>
    public interface ITouchSensor
    {
        /// <summary>
        /// Reads the panel. Returns <c>false</c>, leaving <paramref name="into"/> unchanged, when the panel is not touched
        /// firmly and steadily enough to give a trustworthy position.
        /// </summary>
        /// <param name="into">Filled with the reading on success.</param>
        /// <returns>Whether the panel is touched and the reading is usable.</returns>
        bool TryRead(RawTouch into);
    }
}
