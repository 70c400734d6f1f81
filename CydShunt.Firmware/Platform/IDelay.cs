namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// Blocking waits a driver needs between commands (the ILI9341's 120 ms after SLPOUT). On the ESP32 this is
    /// <c>Thread.Sleep</c>; on the host it advances a simulated clock, so tests do not wait.
    /// </summary>
    public interface IDelay
    {
        /// <summary>Blocks for at least <paramref name="milliseconds"/>.</summary>
        /// <param name="milliseconds">0 or more.</param>
        void Sleep(int milliseconds);
    }
}
