namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>Where text sits inside a text field's cells.</summary>
    public enum TextAlignment
    {
        /// <summary>From the first cell.</summary>
        Left = 0,

        /// <summary>Centred (an odd spare cell goes to the right).</summary>
        Center = 1,

        /// <summary>Up to the last cell: digits of changing values stay in place.</summary>
        Right = 2,
    }
}
