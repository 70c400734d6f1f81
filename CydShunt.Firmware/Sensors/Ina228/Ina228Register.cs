namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// INA228 register addresses (TI SBOSA20/SLYS021, "INA228 Registers" table). Widths: 16 bits unless noted;
    /// all registers are transferred MSB first.
    /// </summary>
    public enum Ina228Register : byte
    {
        /// <summary>Configuration: RST(15), RSTACC(14), CONVDLY(13:6), TEMPCOMP(5), ADCRANGE(4). Reset 0x0000.</summary>
        CONFIG = 0x00,

        /// <summary>ADC configuration: MODE(15:12), VBUSCT(11:9), VSHCT(8:6), VTCT(5:3), AVG(2:0). Reset 0xFB68.</summary>
        ADC_CONFIG = 0x01,

        /// <summary>Shunt calibration, bits 14:0 (bit 15 reserved). Reset 0x1000.</summary>
        SHUNT_CAL = 0x02,

        /// <summary>Shunt temperature coefficient in ppm/°C, bits 13:0. Reset 0x0000.</summary>
        SHUNT_TEMPCO = 0x03,

        /// <summary>24 bits: shunt voltage, 20-bit two's complement in 23:4; 312.5 nV/LSB (ADCRANGE=0) or 78.125 nV/LSB (ADCRANGE=1).</summary>
        VSHUNT = 0x04,

        /// <summary>24 bits: bus voltage, 20-bit two's complement (always positive) in 23:4; 195.3125 µV/LSB.</summary>
        VBUS = 0x05,

        /// <summary>Die temperature, 16-bit two's complement; 7.8125 m°C/LSB.</summary>
        DIETEMP = 0x06,

        /// <summary>24 bits: current, 20-bit two's complement in 23:4; CURRENT_LSB A/LSB.</summary>
        CURRENT = 0x07,

        /// <summary>24 bits: power, unsigned; 3.2 × CURRENT_LSB W/LSB.</summary>
        POWER = 0x08,

        /// <summary>40 bits: energy, unsigned; 16 × 3.2 × CURRENT_LSB J/LSB.</summary>
        ENERGY = 0x09,

        /// <summary>40 bits: charge, two's complement; CURRENT_LSB C/LSB.</summary>
        CHARGE = 0x0A,

        /// <summary>Diagnostic flags and alert configuration. Reset 0x0001 (MEMSTAT).</summary>
        DIAG_ALRT = 0x0B,

        /// <summary>Shunt overvoltage threshold. Reset 0x7FFF.</summary>
        SOVL = 0x0C,

        /// <summary>Shunt undervoltage threshold. Reset 0x8000.</summary>
        SUVL = 0x0D,

        /// <summary>Bus overvoltage threshold. Reset 0x7FFF.</summary>
        BOVL = 0x0E,

        /// <summary>Bus undervoltage threshold. Reset 0x0000.</summary>
        BUVL = 0x0F,

        /// <summary>Temperature over-limit threshold. Reset 0x7FFF.</summary>
        TEMP_LIMIT = 0x10,

        /// <summary>Power over-limit threshold. Reset 0xFFFF.</summary>
        PWR_LIMIT = 0x11,

        /// <summary>Manufacturer id, 0x5449 ("TI").</summary>
        MANUFACTURER_ID = 0x3E,

        /// <summary>Device id: DIEID(15:4) = 0x228, REV_ID(3:0). Reset 0x2281.</summary>
        DEVICE_ID = 0x3F,
    }
}
