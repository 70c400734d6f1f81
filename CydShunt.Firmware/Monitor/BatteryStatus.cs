using System;

namespace CydShunt.Firmware.Monitor
{
    /// <summary>
    /// Monitor status. The bit values equal the BLE protocol's <c>CydShunt.Protocol.StatusFlags</c>
    /// (spec/gatt.md, "Status flags"), so the BLE service maps them with a cast.
    /// </summary>
    [Flags]
    public enum BatteryStatus : byte
    {
        /// <summary>No flag set.</summary>
        None = 0,

        /// <summary>State of charge is anchored to a full battery: SOC, consumed charge and time to go are valid.</summary>
        Synchronised = 0x01,

        /// <summary>At least one alarm is active.</summary>
        AlarmActive = 0x02,

        /// <summary>Current above the current threshold.</summary>
        Charging = 0x04,

        /// <summary>Current below minus the current threshold.</summary>
        Discharging = 0x08,

        /// <summary>The shunt sensor does not answer; voltage, current, power and temperature are not available.</summary>
        SensorFault = 0x10,
    }
}
