using System.Collections.Generic;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host;

/// <summary>
/// The host's device restart: records each restart the firmware asks for and returns (the firmware then idles, as the
/// ESP32 would while rebooting). Tests assert it; the simulator shows it.
/// </summary>
public sealed class RecordingDeviceRestart : IDeviceRestart
{
    /// <summary>The reasons of the restarts asked for, oldest first.</summary>
    public List<RestartReason> Restarts { get; } = [];

    /// <summary>Whether the firmware asked for a restart.</summary>
    public bool Restarted => Restarts.Count > 0;

    /// <summary>Optional: what else should happen at the restart (e.g. the simulator notes the time).</summary>
    public System.Action<RestartReason>? OnRestart { get; set; }

    public void Restart(RestartReason reason)
    {
        Restarts.Add(reason);
        OnRestart?.Invoke(reason);
    }
}
