namespace CydShunt.Firmware.Touch
{
    /// <summary>Where <see cref="TouchInput"/>'s debouncing stands.</summary>
    public enum TouchPhase : byte
    {
        /// <summary>No touch.</summary>
        Idle = 0,

        /// <summary>A touch was seen but not yet for long enough to count (a spike ends here).</summary>
        Pending = 1,

        /// <summary>A confirmed press; it ends after <see cref="TouchInput.ReleaseMilliseconds"/> without touch.</summary>
        Pressed = 2,
    }
}
