namespace CydShunt.Protocol
{
    /// <summary>The integer type of a scalar characteristic value on the air.</summary>
    public enum ScalarWireType
    {
        /// <summary>Unsigned 8-bit.</summary>
        UInt8 = 0,

        /// <summary>Unsigned 16-bit, little-endian.</summary>
        UInt16 = 1,

        /// <summary>Signed 16-bit, little-endian.</summary>
        Int16 = 2,

        /// <summary>Unsigned 32-bit, little-endian.</summary>
        UInt32 = 3,

        /// <summary>Signed 32-bit, little-endian.</summary>
        Int32 = 4,
    }
}
