namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// Opens the on-screen keyboard for a page (the user interface owns the one <see cref="KeyboardPage"/> and returns to
    /// the page that asked when the keyboard closes).
    /// </summary>
    /// <param name="title">What is edited.</param>
    /// <param name="text">The text to start from.</param>
    /// <param name="maximumBytes">Longest text in UTF-8 bytes.</param>
    /// <param name="client">Checks the text (a refusal is shown on the keyboard) and gets it after OK.</param>
    public delegate void TextEntryRequest(string title, string text, int maximumBytes, ITextEntryClient client);
}
