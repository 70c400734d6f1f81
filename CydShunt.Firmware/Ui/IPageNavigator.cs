using CydShunt.Firmware.Ui.Pages;

namespace CydShunt.Firmware.Ui
{
    /// <summary>Shows pages on behalf of a page (a confirmation, then back); implemented by <see cref="ShuntUserInterface"/>.</summary>
    public interface IPageNavigator
    {
        /// <summary>Shows a page; the tab bar keeps the highlight of the section it belongs to.</summary>
        /// <param name="page">The page.</param>
        void Show(Page page);
    }
}
