using System;

namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Active battery alarms. The bit values equal the BLE protocol's <c>CydShunt.Protocol.AlarmFlags</c>
    /// (spec/gatt.md, "Alarms"), so the BLE service maps them with a cast.
    /// </summary>
    [Flags]
    public enum BatteryAlarms : ushort
    {
        /// <summary>No alarm.</summary>
        None = 0,

        /// <summary>Battery voltage fell below the low-voltage set level and has not yet risen above its clear level.</summary>
        LowVoltage = 0x0001,

        /// <summary>Battery voltage rose above the high-voltage set level and has not yet fallen below its clear level.</summary>
        HighVoltage = 0x0002,

        /// <summary>State of charge fell below the low-SOC set level and has not yet risen above its clear level.</summary>
        LowStateOfCharge = 0x0004,

        /// <summary>Temperature rose above the high-temperature set level and has not yet fallen below its clear level.</summary>
        HighTemperature = 0x0008,

        /// <summary>Temperature fell below the low-temperature set level and has not yet risen above its clear level.</summary>
        LowTemperature = 0x0010,
    }
}
