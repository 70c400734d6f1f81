namespace CydShunt.Firmware.Sensors
{
    /// <summary>The INA226 registers this binding uses (TI SBOS547, "Register Maps"). All are 16 bits, MSB first.</summary>
    internal enum Ina226Register : byte
    {
        /// <summary>Configuration Register: RST(15), AVG(11:9), VBUSCT(8:6), VSHCT(5:3), MODE(2:0). Reset 0x4127.</summary>
        Configuration = 0x00,

        /// <summary>Shunt Voltage Register, two's complement; 2.5 µV/LSB; ±81.92 mV full scale.</summary>
        ShuntVoltage = 0x01,

        /// <summary>Bus Voltage Register, positive only (bit 15 reads 0); 1.25 mV/LSB; 36 V input range.</summary>
        BusVoltage = 0x02,

        /// <summary>Power Register, unsigned; 25 × Current_LSB W/LSB.</summary>
        Power = 0x03,

        /// <summary>Current Register, two's complement; Current_LSB A/LSB.</summary>
        Current = 0x04,

        /// <summary>Calibration Register, FS14..FS0 (bit 15 reserved). Reset 0x0000: current and power read 0 until programmed.</summary>
        Calibration = 0x05,

        /// <summary>Mask/Enable Register: alert functions and flags (<see cref="Ina226MaskEnableFlags"/>).</summary>
        MaskEnable = 0x06,

        /// <summary>Manufacturer ID Register, 0x5449 ("TI").</summary>
        ManufacturerId = 0xFE,

        /// <summary>Die ID Register: DID(15:4) = 0x226, RID(3:0) = 0. Reads 0x2260.</summary>
        DieId = 0xFF,
    }
}
