namespace CydShunt.Firmware.Sensors
{
    /// <summary>INA226 register addresses (TI SBOS547, "Register Maps"). All registers are 16 bits, MSB first.</summary>
    public enum Ina226Register : byte
    {
        /// <summary>Configuration: RST(15), AVG(11:9), VBUSCT(8:6), VSHCT(5:3), MODE(2:0). Reset 0x4127.</summary>
        CONFIGURATION = 0x00,

        /// <summary>Shunt voltage, two's complement; 2.5 µV/LSB; ±81.92 mV full scale.</summary>
        SHUNT_VOLTAGE = 0x01,

        /// <summary>Bus voltage, positive only; 1.25 mV/LSB; 40.96 V register full scale (36 V input range).</summary>
        BUS_VOLTAGE = 0x02,

        /// <summary>Power, unsigned; 25 × Current_LSB W/LSB.</summary>
        POWER = 0x03,

        /// <summary>Current, two's complement; Current_LSB A/LSB.</summary>
        CURRENT = 0x04,

        /// <summary>Calibration FS14..FS0 (bit 15 reserved). Reset 0x0000: current and power read 0 until programmed.</summary>
        CALIBRATION = 0x05,

        /// <summary>Mask/Enable: alert functions and flags (CVRF bit 3, OVF bit 2).</summary>
        MASK_ENABLE = 0x06,

        /// <summary>Alert limit.</summary>
        ALERT_LIMIT = 0x07,

        /// <summary>Manufacturer id, 0x5449 ("TI").</summary>
        MANUFACTURER_ID = 0xFE,

        /// <summary>Die id: DID(15:4) = 0x226, RID(3:0) = 0. Reads 0x2260.</summary>
        DIE_ID = 0xFF,
    }
}
