namespace CydShunt.Firmware.Sensors
{
    /// <summary>Which shunt monitor chip answered on the I2C bus.</summary>
    public enum ShuntSensorType
    {
        /// <summary>No supported chip (not detected yet, or detection failed).</summary>
        None = 0,

        /// <summary>TI INA226: 36 V bus, 16-bit, ±81.92 mV shunt input, no temperature, no accumulators.</summary>
        Ina226 = 1,

        /// <summary>TI INA228: 85 V bus, 20-bit, ±163.84/±40.96 mV shunt input, die temperature, charge/energy accumulators.</summary>
        Ina228 = 2,
    }
}
