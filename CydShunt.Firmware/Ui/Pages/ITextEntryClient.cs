namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// What the on-screen keyboard asks of the page that opened it: is this text acceptable, and here it is. An
    /// interface rather than Func/Action delegates: generic delegates are outside what the project runs on nanoCLR.
    /// </summary>
    public interface ITextEntryClient
    {
        /// <summary>Checks a text with the same rule SAVE applies.</summary>
        /// <param name="text">The typed text.</param>
        /// <returns><c>null</c> when acceptable, else the refusal in words.</returns>
        string? ValidateText(string text);

        /// <summary>Takes the accepted text (after OK; the keyboard has closed).</summary>
        /// <param name="text">The text.</param>
        void AcceptText(string text);
    }
}
