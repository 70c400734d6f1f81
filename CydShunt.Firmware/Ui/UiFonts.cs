using CydShunt.Firmware.Display;

namespace CydShunt.Firmware.Ui
{
    /// <summary>The screen's fonts, created once by whoever builds the user interface and shared by every page.</summary>
    public sealed class UiFonts
    {
        /// <summary>Collects the fonts.</summary>
        /// <param name="small">Labels, units, lists: full printable ASCII.</param>
        /// <param name="large">Values: digits, signs, upper case (lower case falls back).</param>
        public UiFonts(BitmapFont small, BitmapFont large)
        {
            Small = small ?? throw new System.ArgumentNullException("small");
            Large = large ?? throw new System.ArgumentNullException("large");
        }

        /// <summary>Labels, units, lists.</summary>
        public BitmapFont Small { get; }

        /// <summary>Values.</summary>
        public BitmapFont Large { get; }
    }
}
