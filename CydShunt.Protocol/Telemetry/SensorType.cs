namespace CydShunt.Protocol
{
    /// <summary>The shunt-sensor IC (Device Info byte 4). Unknown values are passed through unchanged.</summary>
    public enum SensorType : byte
    {
        /// <summary>No sensor detected, or not known.</summary>
        Unknown = 0,

        /// <summary>Texas Instruments INA226 (36 V, 16-bit).</summary>
        Ina226 = 1,

        /// <summary>Texas Instruments INA228 (85 V, 20-bit).</summary>
        Ina228 = 2,
    }
}
