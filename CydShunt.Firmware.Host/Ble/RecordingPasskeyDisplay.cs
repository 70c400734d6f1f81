using System.Collections.Generic;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host.Ble;

/// <summary>Remembers the passkey the screen would show (tests assert it, the simulator prints it).</summary>
public sealed class RecordingPasskeyDisplay : IPasskeyDisplay
{
    /// <summary>The passkey on screen, or null.</summary>
    public int? Shown { get; private set; }

    public List<int> History { get; } = [];

    public int HideCount { get; private set; }

    public void ShowPasskey(int passkey)
    {
        Shown = passkey;
        History.Add(passkey);
    }

    public void HidePasskey()
    {
        Shown = null;
        HideCount++;
    }
}
