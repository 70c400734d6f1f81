using System;
using System.Globalization;
using System.IO;
using CydShunt.Firmware.Host.Display;

namespace CydShunt.Simulator;

/// <summary>
/// Writes PNG snapshots of the simulated screen: one every interval of simulated time (named by the time since boot,
/// <c>screen-000130.png</c> at 1 min 30 s... as hhmmss) and <c>screen-final.png</c> when the run ends.
/// </summary>
public sealed class ScreenSnapshotWriter
{
    private readonly string _folder;
    private readonly long _intervalMilliseconds;
    private long _nextAt;

    /// <summary>Creates the folder if needed.</summary>
    /// <param name="folder">Where the PNGs go.</param>
    /// <param name="interval">Simulated time between snapshots, at least one second.</param>
    public ScreenSnapshotWriter(string folder, TimeSpan interval)
    {
        if (interval < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(interval), "Snapshots are at least a second apart.");
        }

        Directory.CreateDirectory(folder);
        _folder = folder;
        _intervalMilliseconds = (long)interval.TotalMilliseconds;
        _nextAt = _intervalMilliseconds;
    }

    /// <summary>Snapshots written so far.</summary>
    public int Written { get; private set; }

    /// <summary>Writes a snapshot when the next one is due.</summary>
    /// <param name="screen">The screen.</param>
    /// <param name="elapsedMilliseconds">Simulated time since boot.</param>
    public void OnStep(EmulatedScreen screen, long elapsedMilliseconds)
    {
        if (elapsedMilliseconds < _nextAt)
        {
            return;
        }

        _nextAt += _intervalMilliseconds;
        TimeSpan at = TimeSpan.FromMilliseconds(elapsedMilliseconds);
        Save(screen, "screen-" + ((int)at.TotalHours).ToString("00", CultureInfo.InvariantCulture) + at.ToString("mmss", CultureInfo.InvariantCulture) + ".png");
    }

    /// <summary>Writes screen-final.png.</summary>
    /// <param name="screen">The screen.</param>
    /// <returns>The file written.</returns>
    public string Finish(EmulatedScreen screen) => Save(screen, "screen-final.png");

    private string Save(EmulatedScreen screen, string name)
    {
        string path = Path.Combine(_folder, name);
        screen.SavePng(path);
        Written++;
        return path;
    }
}
