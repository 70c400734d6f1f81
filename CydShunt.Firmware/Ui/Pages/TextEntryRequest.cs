namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// Opens the on-screen keyboard for a page (the user interface owns the one <see cref="KeyboardPage"/> and returns to
    /// the page that asked when the keyboard closes).
    /// </summary>
    /// <param name="title">What is edited.</param>
    /// <param name="text">The text to start from.</param>
    /// <param name="maximumBytes">Longest text in UTF-8 bytes.</param>
    /// <param name="validate"><c>null</c> when a text is acceptable, else the refusal in words (shown on the keyboard).</param>
    /// <param name="accepted">Gets the text after OK.</param>
    public delegate void TextEntryRequest(string title, string text, int maximumBytes, System.Func<string, string?> validate, System.Action<string> accepted);
}
