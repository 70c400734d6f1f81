using System;

namespace CydShunt.Protocol
{
    /// <summary>Active alarms, as carried by bytes 1–2 of the alarms characteristic. Bits 5–15 are reserved.</summary>
    [Flags]
    public enum AlarmFlags : ushort
    {
        /// <summary>No alarm.</summary>
        None = 0,

        /// <summary>Battery voltage below the low-voltage alarm level.</summary>
        LowVoltage = 0x0001,

        /// <summary>Battery voltage above the high-voltage alarm level.</summary>
        HighVoltage = 0x0002,

        /// <summary>State of charge below the low-SOC alarm level.</summary>
        LowStateOfCharge = 0x0004,

        /// <summary>Battery temperature above the high-temperature alarm level.</summary>
        HighTemperature = 0x0008,

        /// <summary>Battery temperature below the low-temperature alarm level.</summary>
        LowTemperature = 0x0010,
    }
}
