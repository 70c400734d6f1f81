namespace CydShunt.Firmware.Sensors
{
    /// <summary>Fields of the INA228 CONFIG register (<see cref="Ina228Register.Config"/>) that the binding writes or keeps.</summary>
    [System.Flags]
    internal enum Ina228ConfigFlags : ushort
    {
        /// <summary>No bit set: the power-on value (no conversion delay, no temperature compensation, ±163.84 mV).</summary>
        None = 0,

        /// <summary>RST: software reset, every register returns to its power-on value; self-clearing.</summary>
        Reset = 1 << 15,

        /// <summary>RSTACC: ENERGY and CHARGE restart at 0; self-clearing.</summary>
        ResetAccumulators = 1 << 14,

        /// <summary>CONVDLY (bits 13:6): delay before the first conversion, in 2 ms steps.</summary>
        ConversionDelayMask = 0xFF << 6,

        /// <summary>TEMPCOMP: shunt temperature compensation with SHUNT_TEMPCO.</summary>
        TemperatureCompensation = 1 << 5,

        /// <summary>ADCRANGE: 0 = ±163.84 mV, 1 = ±40.96 mV shunt full scale (4× finer LSB).</summary>
        AdcRange = 1 << 4,
    }
}
