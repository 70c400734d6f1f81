using System;

namespace CydShunt.Protocol
{
    /// <summary>GATT characteristic properties used by the protocol (Core spec Vol 3 Part G 3.3.1.1 bit values).</summary>
    [Flags]
    public enum CharacteristicProperties : byte
    {
        /// <summary>No property.</summary>
        None = 0,

        /// <summary>Read.</summary>
        Read = 0x02,

        /// <summary>Write with response.</summary>
        Write = 0x08,

        /// <summary>Notify.</summary>
        Notify = 0x10,

        /// <summary>Indicate.</summary>
        Indicate = 0x20,
    }
}
