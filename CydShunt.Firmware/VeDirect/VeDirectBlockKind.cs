namespace CydShunt.Firmware.VeDirect
{
    /// <summary>Which text block is due.</summary>
    public enum VeDirectBlockKind
    {
        /// <summary>No block is due yet.</summary>
        None = 0,

        /// <summary>The main block (live values).</summary>
        Main = 1,

        /// <summary>The history block (H1–H18).</summary>
        History = 2,
    }
}
