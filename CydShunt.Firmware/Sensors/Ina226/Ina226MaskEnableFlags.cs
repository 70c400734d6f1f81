namespace CydShunt.Firmware.Sensors
{
    /// <summary>Flags of the INA226 Mask/Enable Register (<see cref="Ina226Register.MaskEnable"/>) that the binding checks.</summary>
    [System.Flags]
    internal enum Ina226MaskEnableFlags : ushort
    {
        /// <summary>No bit set.</summary>
        None = 0,

        /// <summary>OVF, math overflow flag: current and power may be invalid.</summary>
        MathOverflow = 1 << 2,
    }
}
