using System.Threading;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary><see cref="IDelay"/> as <c>Thread.Sleep</c> (the main loop is the only caller).</summary>
    public sealed class Esp32Delay : IDelay
    {
        /// <inheritdoc/>
        public void Sleep(int milliseconds)
        {
            Thread.Sleep(milliseconds);
        }
    }
}
