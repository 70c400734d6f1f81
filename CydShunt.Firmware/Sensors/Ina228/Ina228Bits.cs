namespace CydShunt.Firmware.Sensors
{
    /// <summary>INA228 register fields and constants used by the driver and its tests (names as in the datasheet).</summary>
    public static class Ina228Bits
    {
        /// <summary>CONFIG.RST: software reset, self-clearing.</summary>
        public const int ConfigRst = 1 << 15;

        /// <summary>CONFIG.RSTACC: clears ENERGY and CHARGE, self-clearing.</summary>
        public const int ConfigRstAcc = 1 << 14;

        /// <summary>CONFIG.ADCRANGE: 0 = ±163.84 mV, 1 = ±40.96 mV shunt full scale.</summary>
        public const int ConfigAdcRange = 1 << 4;

        /// <summary>DIAG_ALRT.SLOWALERT: alert limits compare averaged values. Set by the driver; its loss reveals a chip reset.</summary>
        public const int DiagSlowAlert = 1 << 13;

        /// <summary>DIAG_ALRT.ENERGYOF: the 40-bit ENERGY register overflowed; clears when ENERGY is read.</summary>
        public const int DiagEnergyOf = 1 << 11;

        /// <summary>DIAG_ALRT.CHARGEOF: the 40-bit CHARGE register overflowed; clears when CHARGE is read.</summary>
        public const int DiagChargeOf = 1 << 10;

        /// <summary>DIAG_ALRT.MATHOF: arithmetic overflow, current and power may be invalid.</summary>
        public const int DiagMathOf = 1 << 9;

        /// <summary>DIAG_ALRT.CNVRF: conversion completed.</summary>
        public const int DiagCnvrf = 1 << 1;

        /// <summary>DIAG_ALRT.MEMSTAT: 1 = trim memory checksum OK.</summary>
        public const int DiagMemStat = 1 << 0;

        /// <summary>
        /// ADC_CONFIG written by the driver: MODE=0xF (continuous bus, shunt and temperature), VBUSCT=VSHCT=VTCT=0x5
        /// (1052 µs each), AVG=0x2 (16 samples): a fresh averaged result about every 50 ms.
        /// </summary>
        public const int AdcConfigContinuousAvg16 = (0xF << 12) | (0x5 << 9) | (0x5 << 6) | (0x5 << 3) | 0x2;

        /// <summary>Value of MANUFACTURER_ID: "TI" in ASCII.</summary>
        public const int ManufacturerTexasInstruments = 0x5449;

        /// <summary>DEVICE_ID.DIEID (bits 15:4) of the INA228.</summary>
        public const int DieId = 0x228;

        /// <summary>SHUNT_CAL that makes CURRENT equal VSHUNT count for count (see <see cref="ShuntCalibration"/>).</summary>
        public const int UnityShuntCal = 4096;

        /// <summary>Shunt voltage LSB in pV with ADCRANGE=0 (312.5 nV).</summary>
        public const long VshuntLsbPicovoltsWide = 312500;

        /// <summary>Shunt voltage LSB in pV with ADCRANGE=1 (78.125 nV).</summary>
        public const long VshuntLsbPicovoltsNarrow = 78125;

        /// <summary>Shunt input full scale in µV with ADCRANGE=0.</summary>
        public const int FullScaleMicrovoltsWide = 163840;

        /// <summary>Shunt input full scale in µV with ADCRANGE=1.</summary>
        public const int FullScaleMicrovoltsNarrow = 40960;
    }
}
