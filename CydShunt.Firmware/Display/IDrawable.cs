namespace CydShunt.Firmware.Display
{
    /// <summary>Something that draws itself into the current band (in screen coordinates; the canvas clips).</summary>
    public interface IDrawable
    {
        /// <summary>Draws whatever part of itself falls into the canvas's band.</summary>
        /// <param name="canvas">The band being drawn, already cleared by whoever owns the background.</param>
        void Draw(Canvas canvas);
    }
}
