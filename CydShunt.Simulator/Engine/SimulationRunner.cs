using System;
using System.Diagnostics;
using System.Threading;

namespace CydShunt.Simulator;

/// <summary>
/// Runs a <see cref="SimulationRig"/> in simulated time: paced to the wall clock × the acceleration (or as fast as
/// possible), until the duration is reached or the token is cancelled, calling the outputs as it goes.
/// </summary>
internal sealed class SimulationRunner
{
    // Never work longer than this without giving the outputs (dashboard, Ctrl+C) a chance.
    private static readonly TimeSpan SliceBudget = TimeSpan.FromMilliseconds(50);

    private readonly SimulationRig _rig;
    private readonly SimulatorSettings _settings;

    /// <summary>A runner for <paramref name="rig"/>.</summary>
    public SimulationRunner(SimulationRig rig)
    {
        _rig = rig;
        _settings = rig.Settings;
    }

    /// <summary>Called after every step at which a JSON line is due (every <see cref="SimulatorSettings.JsonInterval"/> of simulated time).</summary>
    public Action<SimulationRig>? OnInterval { get; init; }

    /// <summary>Called about <see cref="RefreshesPerSecond"/> times per wall-clock second.</summary>
    public Action<SimulationRig>? OnRefresh { get; init; }

    /// <summary>Wall-clock refresh rate of <see cref="OnRefresh"/>.</summary>
    public double RefreshesPerSecond { get; init; } = 4;

    /// <summary>Runs until the duration or cancellation; returns whether the duration was reached.</summary>
    public bool Run(CancellationToken cancellation)
    {
        long end = _settings.Duration is { } d ? (long)d.TotalMilliseconds : long.MaxValue;
        long interval = Math.Max((long)_settings.JsonInterval.TotalMilliseconds, SimulationRig.StepMilliseconds);
        long nextInterval = _rig.ElapsedMilliseconds + interval;
        var wall = Stopwatch.StartNew();
        long refreshTicks = (long)(Stopwatch.Frequency / RefreshesPerSecond);
        long nextRefresh = 0;
        double acceleration = _settings.Acceleration;
        long startedAt = _rig.ElapsedMilliseconds;

        while (!cancellation.IsCancellationRequested && _rig.ElapsedMilliseconds < end)
        {
            long sliceStart = Stopwatch.GetTimestamp();
            long target = double.IsPositiveInfinity(acceleration)
                ? end
                : startedAt + (long)Math.Min(wall.Elapsed.TotalMilliseconds * acceleration, long.MaxValue / 2.0);
            while (_rig.ElapsedMilliseconds < target && _rig.ElapsedMilliseconds < end
                && Stopwatch.GetElapsedTime(sliceStart) < SliceBudget)
            {
                _rig.Step();
                if (_rig.ElapsedMilliseconds >= nextInterval)
                {
                    nextInterval += interval;
                    OnInterval?.Invoke(_rig);
                }
            }

            if (Stopwatch.GetTimestamp() >= nextRefresh)
            {
                nextRefresh = Stopwatch.GetTimestamp() + refreshTicks;
                OnRefresh?.Invoke(_rig);
            }

            if (_rig.ElapsedMilliseconds < target || _rig.ElapsedMilliseconds >= end)
            {
                continue; // behind schedule (or done): no sleeping
            }

            // Ahead of the wall clock: sleep until the next step is due (at most 20 ms, to stay responsive).
            double dueInMs = (SimulationRig.StepMilliseconds / acceleration) - ((wall.Elapsed.TotalMilliseconds * acceleration) - (_rig.ElapsedMilliseconds - startedAt)) / acceleration;
            cancellation.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(Math.Clamp(dueInMs, 1, 20)));
        }

        OnRefresh?.Invoke(_rig);
        return _rig.ElapsedMilliseconds >= end;
    }
}
