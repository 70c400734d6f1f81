using System;

namespace CydShunt.Firmware.Host.Simulation;

/// <summary>Stage of a three-stage charger.</summary>
public enum ChargerStage
{
    /// <summary>No solar power: the charger is idle.</summary>
    Off,

    /// <summary>Constant current: everything the array gives goes to loads and battery.</summary>
    Bulk,

    /// <summary>Constant voltage at the absorption set point until the current tails off (or the absorption time is used up).</summary>
    Absorption,

    /// <summary>Constant voltage at the float set point, covering the loads, until the next morning or a re-bulk.</summary>
    Float,
}

/// <summary>
/// An MPPT solar charge controller modelled on Victron's (BlueSolar/SmartSolar MPPT manuals, "Battery charging
/// information"): a new cycle every morning; bulk until the absorption voltage is reached; absorption, whose timer
/// runs only while the voltage is held and resumes after an interruption the same day, until the tail current or the
/// maximum absorption time; float, where the loads are supplied from the array and the bank is held at float voltage.
/// When the battery voltage stays below the re-bulk voltage (float voltage minus the re-bulk offset) for one minute,
/// a new charge cycle starts (SmartSolar MPPT manual: "When the battery voltage drops below float voltage during at
/// least 1 minute a new charge cycle will be triggered"; Victron's later firmware sets that threshold with the
/// "re-bulk voltage offset", 0.1 V per 12 V here). In every stage the array supplies the loads first, up to the power
/// it has; only what is left charges the battery, up to the stage's set point.
/// </summary>
public sealed class SolarCharger
{
    /// <summary>How long the voltage must stay below the re-bulk voltage before a new cycle starts, s.</summary>
    public const double ReBulkSeconds = 60;

    /// <summary>Re-bulk voltage offset per 12 V of nominal bank voltage, V.</summary>
    public const double ReBulkOffsetVoltsPer12V = 0.1;

    private const double ConversionEfficiency = 0.97;
    private const double MaximumAbsorptionSeconds = 2 * 3600;
    private const double MinimumAbsorptionSeconds = 600;

    private double _absorptionSeconds;
    private double _belowReBulkSeconds;

    /// <summary>A charger for <paramref name="preset"/>'s bank.</summary>
    public SolarCharger(BatteryPreset preset)
    {
        Preset = preset ?? throw new ArgumentNullException(nameof(preset));
    }

    /// <summary>The bank it charges.</summary>
    public BatteryPreset Preset { get; }

    /// <summary>Present stage.</summary>
    public ChargerStage Stage { get; private set; } = ChargerStage.Off;

    /// <summary>Set point of the present stage, V.</summary>
    public double SetPointVolts => Preset.CellsInSeries * (Stage == ChargerStage.Float ? Preset.FloatCellVolts : Preset.AbsorptionCellVolts);

    /// <summary>Below this battery voltage for <see cref="ReBulkSeconds"/>, float gives way to a new bulk stage, V.</summary>
    public double ReBulkVolts => (Preset.CellsInSeries * Preset.FloatCellVolts) - (ReBulkOffsetVoltsPer12V * Preset.NominalVolts / 12.0);

    /// <summary>
    /// Decides the charger's output current for one step and advances the stage machine.
    /// </summary>
    /// <param name="battery">The battery, before the step.</param>
    /// <param name="solarWatts">Power the array could deliver now, W.</param>
    /// <param name="loadAmps">Current the loads draw, A.</param>
    /// <param name="seconds">Length of the step, s.</param>
    /// <returns>Charger output current, A (≥ 0).</returns>
    public double Output(BatteryModel battery, double solarWatts, double loadAmps, double seconds)
    {
        ArgumentNullException.ThrowIfNull(battery);
        if (solarWatts <= 0)
        {
            // Night: the next sunrise starts a new charge cycle.
            Stage = ChargerStage.Off;
            _absorptionSeconds = 0;
            _belowReBulkSeconds = 0;
            return 0;
        }

        if (Stage == ChargerStage.Off)
        {
            Stage = ChargerStage.Bulk;
        }

        // The battery voltage a float-stage charger watches: below the re-bulk voltage for a minute, a new cycle starts.
        _belowReBulkSeconds = battery.TerminalVolts < ReBulkVolts ? _belowReBulkSeconds + seconds : 0;
        if (Stage == ChargerStage.Float && _belowReBulkSeconds >= ReBulkSeconds)
        {
            Stage = ChargerStage.Bulk;
        }

        double available = solarWatts * ConversionEfficiency / Math.Max(battery.TerminalVolts, 1);

        // Loads first; the battery gets what the set point lets it take. A bank resting above the set point takes
        // nothing but is not left to carry the loads while the array can: the model's LiFePO4 curve rests above the
        // float voltage from about 95 % (surface charge a real bank loses within minutes under load), and a charger
        // holding float voltage supplies the loads.
        double batteryLimit = Math.Max(battery.CurrentForTerminalVolts(SetPointVolts), 0);
        double output = Math.Min(loadAmps + batteryLimit, available);
        bool holdingSetPoint = output < available;
        double batteryAmps = output - loadAmps;

        switch (Stage)
        {
            case ChargerStage.Bulk when holdingSetPoint:
                // The set point, not the array, limits the current: the absorption voltage is reached.
                Stage = ChargerStage.Absorption;
                break;
            case ChargerStage.Absorption:
                if (holdingSetPoint)
                {
                    _absorptionSeconds += seconds; // paused while clouds or loads pull the voltage below the set point
                }

                double tailAmps = Preset.CapacityAmpHours * 0.01;
                if (_absorptionSeconds >= MaximumAbsorptionSeconds || (holdingSetPoint && batteryAmps < tailAmps && _absorptionSeconds > MinimumAbsorptionSeconds))
                {
                    Stage = ChargerStage.Float;
                }

                break;
        }

        return Math.Max(output, 0);
    }
}
