namespace CydShunt.Protocol
{
    /// <summary>Which of the two BTHome frames the BTHome advertising format carries (spec/bthome.md, "Two frames").</summary>
    public enum BTHomeFrameKind : byte
    {
        /// <summary>Packet id, battery, temperature, voltage, power and current (at most 23 bytes).</summary>
        Measurements = 0,

        /// <summary>Energy charged and energy discharged (15 bytes), which leaves room for the name in the advertising packet.</summary>
        Energy = 1,
    }
}
