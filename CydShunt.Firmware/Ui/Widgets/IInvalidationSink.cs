namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>Where a widget reports the part of the screen that must be redrawn (its page, then the screen).</summary>
    public interface IInvalidationSink
    {
        /// <summary>Marks a rectangle of the screen for redrawing.</summary>
        /// <param name="x">Left column.</param>
        /// <param name="y">Top row.</param>
        /// <param name="width">Width.</param>
        /// <param name="height">Height.</param>
        void Invalidate(int x, int y, int width, int height);
    }
}
