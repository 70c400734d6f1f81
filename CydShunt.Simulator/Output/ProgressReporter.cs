using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace CydShunt.Simulator;

/// <summary>
/// Progress of a non-interactive run on stderr (stdout carries the JSON lines): one line every few seconds of wall
/// time while an accelerated run with a duration is under way, and a summary at the end.
/// </summary>
internal sealed class ProgressReporter
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);
    private readonly SimulatorSettings _settings;
    private readonly TextWriter _error;
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _next = Period;

    /// <summary>Reports on <paramref name="error"/> for a run of <paramref name="settings"/>.</summary>
    public ProgressReporter(SimulatorSettings settings, TextWriter error)
    {
        _settings = settings;
        _error = error;
    }

    private bool Enabled => !_settings.Quiet && _settings.Duration != null && _settings.Acceleration > 1;

    /// <summary>Called about once per wall-clock second.</summary>
    public void Report(SimulationRig rig)
    {
        if (!Enabled || _wall.Elapsed < _next)
        {
            return;
        }

        _next = _wall.Elapsed + Period;
        TimeSpan done = TimeSpan.FromMilliseconds(rig.ElapsedMilliseconds);
        TimeSpan total = _settings.Duration!.Value;
        double share = Math.Min(done / total, 1);
        double speed = done.TotalSeconds / Math.Max(_wall.Elapsed.TotalSeconds, 1e-3);
        double etaSeconds = speed > 0 ? (total - done).TotalSeconds / speed : double.NaN;
        _error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[{share * 100,5:0.0} %] simulated {ValueParsers.Format(done)} of {ValueParsers.Format(total)} at ×{speed:0}, about {etaSeconds:0} s left"));
    }

    /// <summary>The closing line.</summary>
    public void Finish(SimulationRig rig, bool completed)
    {
        if (_settings.Quiet)
        {
            return;
        }

        _error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{(completed ? "done" : "stopped")}: simulated {ValueParsers.Format(TimeSpan.FromMilliseconds(rig.ElapsedMilliseconds))} in {_wall.Elapsed.TotalSeconds:0.0} s; BLE {rig.Client.NotificationCount} notifications, {rig.Client.ScanCount} advertisements; VE.Direct {rig.VeDirect.TextBlocks} blocks, {rig.VeDirect.Errors} errors"));
        _error.WriteLine(ScreenTraffic.Describe(rig));
    }
}
