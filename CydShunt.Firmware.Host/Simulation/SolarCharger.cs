using System;

namespace CydShunt.Firmware.Host.Simulation;

/// <summary>Stage of a three-stage charger.</summary>
public enum ChargerStage
{
    /// <summary>No solar power: the charger is idle.</summary>
    Off,

    /// <summary>Constant current: everything the array gives goes to loads and battery.</summary>
    Bulk,

    /// <summary>Constant voltage at the absorption set point until the current tails off (or two hours pass).</summary>
    Absorption,

    /// <summary>Constant voltage at the float set point until the next morning (or a deep discharge).</summary>
    Float,
}

/// <summary>
/// An MPPT solar charge controller: it supplies the loads first and charges the battery with what is left, up to the
/// CV set point of its stage (bulk → absorption → float), like the controllers DIY systems use.
/// </summary>
public sealed class SolarCharger
{
    private const double ConversionEfficiency = 0.97;
    private const double MaximumAbsorptionSeconds = 2 * 3600;

    private double _absorptionSeconds;

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
            return 0;
        }

        if (Stage == ChargerStage.Off || (Stage == ChargerStage.Float && battery.StateOfCharge < 0.85))
        {
            Stage = ChargerStage.Bulk;
            _absorptionSeconds = 0;
        }

        double available = solarWatts * ConversionEfficiency / Math.Max(battery.TerminalVolts, 1);
        double batteryLimit = battery.CurrentForTerminalVolts(SetPointVolts);
        double output = Math.Clamp(loadAmps + batteryLimit, 0, available);
        double batteryAmps = output - loadAmps;

        switch (Stage)
        {
            case ChargerStage.Bulk when output < available:
                // The CV limit is what holds the current back: the set point is reached.
                Stage = ChargerStage.Absorption;
                break;
            case ChargerStage.Absorption:
                _absorptionSeconds += seconds;
                double tailAmps = Preset.CapacityAmpHours * 0.01;
                if (_absorptionSeconds >= MaximumAbsorptionSeconds || (output < available && batteryAmps < tailAmps && _absorptionSeconds > 600))
                {
                    Stage = ChargerStage.Float;
                }

                break;
        }

        return output;
    }
}
