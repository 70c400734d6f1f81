namespace CydShunt.Firmware.Ui.Widgets
{
    /// <summary>A key of the on-screen keyboard was tapped (a non-generic delegate: see ITextEntryClient).</summary>
    /// <param name="key">The character, or a control code for SHIFT, symbols, DEL, CANCEL and OK.</param>
    public delegate void KeyPressedHandler(char key);
}
