namespace CydShunt.Firmware.Monitor
{
    /// <summary>The battery type; it selects the Peukert exponent and charge efficiency of a settings preset.</summary>
    public enum BatteryChemistry : byte
    {
        /// <summary>Flooded, AGM or gel lead-acid (Peukert 1.25, charge efficiency 95 %).</summary>
        LeadAcid = 0,

        /// <summary>Lithium iron phosphate and other lithium-ion types (Peukert 1.05, charge efficiency 99 %).</summary>
        Lithium = 1,
    }
}
