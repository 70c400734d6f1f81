namespace CydShunt.Firmware.Platform
{
    /// <summary>One GPIO pin configured as a push-pull output (nanoFramework's <c>GpioPin.Write</c>).</summary>
    public interface IGpioOutput
    {
        /// <summary>Drives the pin high (<c>true</c>) or low (<c>false</c>).</summary>
        /// <param name="high">The level to drive.</param>
        void Write(bool high);
    }
}
