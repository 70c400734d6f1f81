namespace CydShunt.Firmware.Sensors
{
    /// <summary>INA226 register fields and constants used by the driver and its tests (names as in the datasheet).</summary>
    public static class Ina226Bits
    {
        /// <summary>Configuration.RST: software reset, self-clearing.</summary>
        public const int ConfigurationRst = 1 << 15;

        /// <summary>
        /// Configuration written by the driver: bit 14 as the reset value has it, AVG=0x2 (16 samples),
        /// VBUSCT=VSHCT=0x4 (1.1 ms), MODE=0x7 (shunt and bus, continuous): a fresh averaged result about every 35 ms.
        /// </summary>
        public const int ConfigurationContinuousAvg16 = 0x4000 | (0x2 << 9) | (0x4 << 6) | (0x4 << 3) | 0x7;

        /// <summary>Mask/Enable.CVRF: conversion ready.</summary>
        public const int MaskConversionReady = 1 << 3;

        /// <summary>Mask/Enable.OVF: math overflow, current and power may be invalid.</summary>
        public const int MaskMathOverflow = 1 << 2;

        /// <summary>Value of MANUFACTURER_ID: "TI" in ASCII.</summary>
        public const int ManufacturerTexasInstruments = 0x5449;

        /// <summary>DIE_ID.DID (bits 15:4) of the INA226.</summary>
        public const int DieId = 0x226;

        /// <summary>CALIBRATION that makes CURRENT equal SHUNT_VOLTAGE count for count (see <see cref="ShuntCalibration"/>).</summary>
        public const int UnityCalibration = 2048;

        /// <summary>Shunt voltage LSB in pV (2.5 µV).</summary>
        public const long ShuntLsbPicovolts = 2500000;

        /// <summary>Shunt input full scale in µV.</summary>
        public const int FullScaleMicrovolts = 81920;

        /// <summary>Bus voltage LSB in µV.</summary>
        public const int BusLsbMicrovolts = 1250;
    }
}
