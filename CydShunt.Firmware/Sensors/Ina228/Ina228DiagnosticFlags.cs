namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// Bits of the INA228 DIAG_ALRT register (<see cref="Ina228Register.DiagAlrt"/>): alert configuration in 15:12, which
    /// the binding writes, and flags below, which only the chip sets.
    /// </summary>
    [System.Flags]
    internal enum Ina228DiagnosticFlags : ushort
    {
        /// <summary>No bit set.</summary>
        None = 0,

        /// <summary>ALATCH: the ALERT pin latches until DIAG_ALRT is read.</summary>
        AlertLatch = 1 << 15,

        /// <summary>CNVR: the ALERT pin also signals "conversion ready".</summary>
        ConversionReadyAlert = 1 << 14,

        /// <summary>
        /// SLOWALERT: alert limits compare averaged values. The binding sets it when configuring; a power-on or software
        /// reset clears it, so its absence reveals that the chip lost its configuration.
        /// </summary>
        SlowAlert = 1 << 13,

        /// <summary>APOL: ALERT pin polarity.</summary>
        AlertPolarity = 1 << 12,

        /// <summary>The alert configuration bits (15:12), as written and read back; the rest are flags.</summary>
        AlertConfigurationMask = AlertLatch | ConversionReadyAlert | SlowAlert | AlertPolarity,

        /// <summary>ENERGYOF: the 40-bit ENERGY register overflowed; clears when ENERGY is read.</summary>
        EnergyOverflow = 1 << 11,

        /// <summary>CHARGEOF: the 40-bit CHARGE register overflowed; clears when CHARGE is read.</summary>
        ChargeOverflow = 1 << 10,

        /// <summary>MATHOF: an arithmetic overflow; CURRENT, POWER and the accumulators may be invalid.</summary>
        MathOverflow = 1 << 9,
    }
}
