using System;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// <see cref="IClock"/> over <c>Environment.TickCount64</c>: milliseconds since boot, monotonic. On nanoFramework
    /// <c>System.Environment</c> lives in nanoFramework.Runtime.Native (mscorlib has no Environment type).
    /// </summary>
    public sealed class Esp32Clock : IClock
    {
        /// <inheritdoc/>
        public long MillisecondsSinceBoot
        {
            get { return Environment.TickCount64; }
        }
    }
}
