namespace CydShunt.Firmware.Touch
{
    /// <summary>
    /// Receives the gestures <see cref="TouchInput"/> recognises, in screen pixels (landscape 320×240). One press gives,
    /// in order: <see cref="OnPressed"/>; at most one <see cref="OnLongPress"/>; <see cref="OnReleased"/>; then
    /// <see cref="OnTap"/> only if the press was short and stayed in place. Called from <see cref="TouchInput.Poll"/>.
    /// </summary>
    public interface ITouchListener
    {
        /// <summary>A press was confirmed (debounced): e.g. highlight the control under it, or wake the backlight.</summary>
        /// <param name="x">x in pixels.</param>
        /// <param name="y">y in pixels.</param>
        void OnPressed(int x, int y);

        /// <summary>The press has been held for <see cref="TouchInput.LongPressMilliseconds"/>; sent once per press, never repeated.</summary>
        /// <param name="x">x where the press began.</param>
        /// <param name="y">y where the press began.</param>
        void OnLongPress(int x, int y);

        /// <summary>The finger has been off the panel for <see cref="TouchInput.ReleaseMilliseconds"/>.</summary>
        /// <param name="x">Last x seen.</param>
        /// <param name="y">Last y seen.</param>
        void OnReleased(int x, int y);

        /// <summary>A short press that stayed within <see cref="TouchInput.TapSlopPixels"/> ended: act on the control.</summary>
        /// <param name="x">x where the press began.</param>
        /// <param name="y">y where the press began.</param>
        void OnTap(int x, int y);
    }
}
