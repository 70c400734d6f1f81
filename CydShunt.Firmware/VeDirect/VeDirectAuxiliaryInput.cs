namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// What the battery monitor's auxiliary input measures, which decides the optional field of the main block
    /// (a BMV/SmartShunt has one auxiliary input, so it sends at most one of <c>VS</c> and <c>T</c>).
    /// </summary>
    public enum VeDirectAuxiliaryInput
    {
        /// <summary>No auxiliary input: neither <c>VS</c> nor <c>T</c> is sent.</summary>
        None = 0,

        /// <summary>Starter battery voltage: the block carries <c>VS</c> (mV).</summary>
        StarterVoltage = 1,

        /// <summary>Battery temperature: the block carries <c>T</c> (°C), <c>---</c> while no sensor reading exists.</summary>
        Temperature = 2,
    }
}
