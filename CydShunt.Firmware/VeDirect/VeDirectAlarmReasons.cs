using System;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// The <c>AR</c> (alarm reason) bits of the VE.Direct text protocol for a battery monitor. Several alarms can be
    /// active at once; the field carries the sum of their bits in decimal.
    /// </summary>
    [Flags]
    public enum VeDirectAlarmReasons
    {
        /// <summary>No alarm.</summary>
        None = 0,

        /// <summary>Low (main battery) voltage.</summary>
        LowVoltage = 1,

        /// <summary>High (main battery) voltage.</summary>
        HighVoltage = 2,

        /// <summary>Low state of charge.</summary>
        LowStateOfCharge = 4,

        /// <summary>Low starter (auxiliary) voltage.</summary>
        LowStarterVoltage = 8,

        /// <summary>High starter (auxiliary) voltage.</summary>
        HighStarterVoltage = 16,

        /// <summary>Low temperature.</summary>
        LowTemperature = 32,

        /// <summary>High temperature.</summary>
        HighTemperature = 64,

        /// <summary>Mid-point voltage deviation.</summary>
        MidVoltage = 128,
    }
}
