using System;

namespace CydShunt.Protocol
{
    /// <summary>
    /// The status byte carried by the glance frame (byte 4), the live snapshot (byte 1) and the alarms characteristic (byte 0).
    /// Bits 5–7 are reserved: senders write 0, receivers ignore them.
    /// </summary>
    [Flags]
    public enum StatusFlags : byte
    {
        /// <summary>No flag set.</summary>
        None = 0,

        /// <summary>The battery monitor is synchronised: state of charge and consumed charge are valid.</summary>
        Synchronised = 0x01,

        /// <summary>At least one alarm is active (see <see cref="AlarmFlags"/>).</summary>
        AlarmActive = 0x02,

        /// <summary>The battery is charging: current above the monitor's current threshold.</summary>
        Charging = 0x04,

        /// <summary>The battery is discharging: current below minus the monitor's current threshold.</summary>
        Discharging = 0x08,

        /// <summary>The shunt sensor does not answer; measured values are not available.</summary>
        SensorFault = 0x10,
    }
}
