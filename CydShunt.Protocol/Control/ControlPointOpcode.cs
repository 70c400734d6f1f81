namespace CydShunt.Protocol
{
    /// <summary>Control-point request opcodes of protocol version 1 (spec/gatt.md, "Control point").</summary>
    public enum ControlPointOpcode : byte
    {
        /// <summary>Not an opcode: used in the response to an empty write.</summary>
        None = 0x00,

        /// <summary>Set energy charged and energy discharged to 0. No parameter.</summary>
        ResetEnergyCounters = 0x01,

        /// <summary>Set the state of charge to 100 % and consumed charge to 0 (manual synchronisation). No parameter.</summary>
        SynchroniseStateOfCharge = 0x02,

        /// <summary>Set the battery capacity. Parameter: uint16 ampere hours, 1–65534.</summary>
        SetBatteryCapacity = 0x03,

        /// <summary>Set the notification interval. Parameter: uint16 milliseconds, 200–10000.</summary>
        SetNotificationInterval = 0x04,

        /// <summary>The code that starts every control-point response (indication).</summary>
        Response = 0x80,
    }
}
