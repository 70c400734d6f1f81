namespace CydShunt.Firmware.Touch.Xpt2046
{
    /// <summary>
    /// The control byte's PD1..PD0 bits (bits 1..0), from the data sheet's power-down selection table (TSC2046 SBAS265,
    /// "Power-Down and Internal Reference Selection"). The mode takes effect at the end of the conversion the byte starts.
    /// </summary>
    public enum Xpt2046PowerDownMode : byte
    {
        /// <summary>PD1..PD0 = 00: power down between conversions; PENIRQ enabled (the pin goes low while the panel is touched).</summary>
        PowerDownBetweenConversions = 0x0,

        /// <summary>PD1..PD0 = 01: reference off, ADC on; PENIRQ disabled.</summary>
        ReferenceOffAdcOn = 0x1,

        /// <summary>PD1..PD0 = 10: reference on, ADC off; PENIRQ enabled.</summary>
        ReferenceOnAdcOff = 0x2,

        /// <summary>PD1..PD0 = 11: device always powered, reference and ADC on; PENIRQ disabled.</summary>
        AlwaysPowered = 0x3,
    }
}
