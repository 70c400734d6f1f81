namespace CydShunt.Firmware.Sensors
{
    /// <summary>Fields of the INA226 Configuration Register (<see cref="Ina226Register.Configuration"/>).</summary>
    [System.Flags]
    internal enum Ina226ConfigurationFlags : ushort
    {
        /// <summary>No bit set.</summary>
        None = 0,

        /// <summary>RST: software reset, every register returns to its power-on value; self-clearing.</summary>
        Reset = 1 << 15,

        /// <summary>AVG (bits 11:9): number of averages.</summary>
        AveragingMask = 0x7 << 9,

        /// <summary>VBUSCT (bits 8:6): bus voltage conversion time.</summary>
        BusConversionTimeMask = 0x7 << 6,

        /// <summary>VSHCT (bits 5:3): shunt voltage conversion time.</summary>
        ShuntConversionTimeMask = 0x7 << 3,

        /// <summary>MODE (bits 2:0): operating mode.</summary>
        ModeMask = 0x7,
    }
}
