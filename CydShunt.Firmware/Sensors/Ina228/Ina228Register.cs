namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// The INA228 registers this binding uses (TI SBOSA20, "INA228 Registers"). 16 bits unless noted; every register is
    /// transferred MSB first.
    /// </summary>
    internal enum Ina228Register : byte
    {
        /// <summary>CONFIG, configuration: RST(15), RSTACC(14), CONVDLY(13:6), TEMPCOMP(5), ADCRANGE(4). Reset 0x0000.</summary>
        Config = 0x00,

        /// <summary>ADC_CONFIG, ADC configuration: MODE(15:12), VBUSCT(11:9), VSHCT(8:6), VTCT(5:3), AVG(2:0). Reset 0xFB68.</summary>
        AdcConfig = 0x01,

        /// <summary>SHUNT_CAL, shunt calibration in bits 14:0 (bit 15 reserved). Reset 0x1000.</summary>
        ShuntCal = 0x02,

        /// <summary>VSHUNT, shunt voltage, 24 bits: 20-bit two's complement in 23:4; 312.5 nV/LSB (ADCRANGE=0) or 78.125 nV/LSB (ADCRANGE=1).</summary>
        VShunt = 0x04,

        /// <summary>VBUS, bus voltage, 24 bits: 20-bit two's complement (always positive) in 23:4; 195.3125 µV/LSB.</summary>
        VBus = 0x05,

        /// <summary>DIETEMP, die temperature, 16-bit two's complement; 7.8125 m°C/LSB.</summary>
        DieTemp = 0x06,

        /// <summary>CURRENT, current result, 24 bits: 20-bit two's complement in 23:4; CURRENT_LSB A/LSB.</summary>
        Current = 0x07,

        /// <summary>POWER, power result, 24 bits unsigned; 3.2 × CURRENT_LSB W/LSB.</summary>
        Power = 0x08,

        /// <summary>ENERGY, energy result, 40 bits unsigned; 16 × 3.2 × CURRENT_LSB J/LSB. Reading it clears DIAG_ALRT.ENERGYOF.</summary>
        Energy = 0x09,

        /// <summary>CHARGE, charge result, 40-bit two's complement; CURRENT_LSB C/LSB. Reading it clears DIAG_ALRT.CHARGEOF.</summary>
        Charge = 0x0A,

        /// <summary>DIAG_ALRT, diagnostic flags and alert configuration (<see cref="Ina228DiagnosticFlags"/>). Reset 0x0001.</summary>
        DiagAlrt = 0x0B,

        /// <summary>MANUFACTURER_ID, 0x5449 ("TI").</summary>
        ManufacturerId = 0x3E,

        /// <summary>DEVICE_ID: DIEID(15:4) = 0x228, REV_ID(3:0). Reset 0x2281.</summary>
        DeviceId = 0x3F,
    }
}
