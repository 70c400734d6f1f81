using CydShunt.Firmware.Platform;

namespace CydShunt.Simulator;

/// <summary>Shows the pairing passkey on two displays: the simulated screen and the recorder the dashboard reads.</summary>
internal sealed class PasskeyFanOut(IPasskeyDisplay first, IPasskeyDisplay second) : IPasskeyDisplay
{
    public void ShowPasskey(int passkey)
    {
        first.ShowPasskey(passkey);
        second.ShowPasskey(passkey);
    }

    public void HidePasskey()
    {
        first.HidePasskey();
        second.HidePasskey();
    }
}
