namespace CydShunt.Firmware.Platform
{
    /// <summary>One GPIO pin configured as an input (nanoFramework's <c>GpioPin.Read</c>).</summary>
    public interface IGpioInput
    {
        /// <summary>Reads the pin's level.</summary>
        /// <returns><c>true</c> when the pin is high.</returns>
        bool Read();
    }
}
