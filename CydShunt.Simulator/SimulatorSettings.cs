using System;
using CydShunt.Firmware.Host.Simulation;

namespace CydShunt.Simulator;

/// <summary>How one simulator run is set up (the parsed command line).</summary>
internal sealed record SimulatorSettings
{
    /// <summary>Simulated seconds per wall-clock second; <see cref="double.PositiveInfinity"/> runs as fast as the CPU allows.</summary>
    public double Acceleration { get; init; } = 1;

    /// <summary>Simulated time to run; null runs until Ctrl+C.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Seed of the random details of the day (appliance times, clouds, pump runs).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The battery bank.</summary>
    public BatteryPreset Battery { get; init; } = BatteryPreset.LiFePO4_12V_200Ah;

    /// <summary>Load and solar profile name (<see cref="DayProfile.Names"/>).</summary>
    public string Profile { get; init; } = "day";

    /// <summary>True state of charge at the start, 0..1.</summary>
    public double InitialStateOfCharge { get; init; } = 1.0;

    /// <summary>Time of day at the start.</summary>
    public TimeSpan StartTimeOfDay { get; init; } = new(15, 0, 0);

    /// <summary>The shunt sensor chip on the firmware's I2C bus: "ina228" or "ina226".</summary>
    public string Sensor { get; init; } = "ina228";

    /// <summary>Write JSON lines instead of the dashboard.</summary>
    public bool Json { get; init; }

    /// <summary>Simulated time between two JSON lines.</summary>
    public TimeSpan JsonInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Where VE.Direct goes besides the dashboard; null for nowhere.</summary>
    public VeDirectTarget? VeDirect { get; init; }

    /// <summary>Folder for the firmware's flash (settings and battery state survive the run); null keeps it in memory.</summary>
    public string? StorageFolder { get; init; }

    /// <summary>Whether the simulated BLE client stays connected instead of alternating between connecting and scanning.</summary>
    public bool BleStayConnected { get; init; }

    /// <summary>No progress or notes on stderr (errors are still reported).</summary>
    public bool Quiet { get; init; }

    /// <summary>Folder for PNG snapshots of the simulated screen; null writes none.</summary>
    public string? ScreenSnapshotFolder { get; init; }

    /// <summary>Simulated time between screen snapshots (one more is written when the run ends).</summary>
    public TimeSpan ScreenSnapshotInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Taps on the simulated touch screen, in simulated time since boot.</summary>
    public System.Collections.Generic.IReadOnlyList<ScriptedTap> Taps { get; init; } = [];
}
