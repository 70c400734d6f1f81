namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// One PWM output at a fixed frequency (nanoFramework's <c>System.Device.Pwm.PwmChannel</c>, whose duty cycle is a
    /// <c>double</c>; the port takes per mille so the portable code stays in integers).
    /// </summary>
    public interface IPwmOutput
    {
        /// <summary>Sets the share of each period the output is high.</summary>
        /// <param name="perMille">0 (always low) to 1000 (always high).</param>
        void SetDutyCycle(int perMille);
    }
}
