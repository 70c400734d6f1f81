using System;

namespace CydShunt.Firmware.Host.Simulation;

/// <summary>
/// An equivalent-circuit model of a battery bank: open-circuit voltage from the true state of charge, an ohmic
/// resistance and one RC polarisation branch. The true charge integrates the current exactly (in double precision),
/// with the charge efficiency applied to charging and Peukert's law to discharging, so it is the reference the
/// battery monitor's coulomb counting is judged against. Current is positive while charging.
/// </summary>
public sealed class BatteryModel
{
    private double _polarisationVolts;

    /// <summary>A bank described by <paramref name="preset"/> at <paramref name="stateOfCharge"/> (0..1), at rest.</summary>
    public BatteryModel(BatteryPreset preset, double stateOfCharge)
    {
        ArgumentNullException.ThrowIfNull(preset);
        if (double.IsNaN(stateOfCharge) || stateOfCharge < 0 || stateOfCharge > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(stateOfCharge), stateOfCharge, "The state of charge must be 0..1.");
        }

        Preset = preset;
        RemainingAmpHours = stateOfCharge * preset.CapacityAmpHours;
        TerminalVolts = OpenCircuitVolts;
    }

    /// <summary>The bank's description.</summary>
    public BatteryPreset Preset { get; }

    /// <summary>Charge left in the bank, Ah (0..capacity).</summary>
    public double RemainingAmpHours { get; private set; }

    /// <summary>True state of charge, 0..1.</summary>
    public double StateOfCharge => RemainingAmpHours / Preset.CapacityAmpHours;

    /// <summary>Resting voltage at the present state of charge, V.</summary>
    public double OpenCircuitVolts => Preset.OpenCircuitVolts(StateOfCharge);

    /// <summary>Voltage across the polarisation branch, V (positive while charging).</summary>
    public double PolarisationVolts => _polarisationVolts;

    /// <summary>Current of the last step, A (+ = charging).</summary>
    public double CurrentAmps { get; private set; }

    /// <summary>Terminal voltage at the end of the last step, V.</summary>
    public double TerminalVolts { get; private set; }

    /// <summary>The terminal voltage a current of <paramref name="amps"/> would give now, V.</summary>
    public double TerminalVoltsAt(double amps) => OpenCircuitVolts + _polarisationVolts + (amps * Preset.InternalResistanceOhms);

    /// <summary>The current that would hold the terminal at <paramref name="volts"/> now, A (negative when it is below the resting voltage).</summary>
    public double CurrentForTerminalVolts(double volts) => (volts - OpenCircuitVolts - _polarisationVolts) / Preset.InternalResistanceOhms;

    /// <summary>Lets <paramref name="amps"/> flow for <paramref name="seconds"/>.</summary>
    public void Step(double amps, double seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        double capacity = Preset.CapacityAmpHours;
        double effective;
        if (amps >= 0)
        {
            effective = amps * Preset.ChargeEfficiency;
        }
        else
        {
            // Peukert: a discharge current I drains like I × (I / I20)^(n − 1), I20 = capacity / 20 h.
            double ratedAmps = capacity / 20;
            effective = amps * Math.Pow(-amps / ratedAmps, Preset.PeukertExponent - 1);
        }

        RemainingAmpHours = Math.Clamp(RemainingAmpHours + (effective * seconds / 3600), 0, capacity);

        // First-order RC branch, exact for a constant current over the step.
        double target = amps * Preset.PolarisationResistanceOhms;
        double decay = Math.Exp(-seconds / Preset.PolarisationSeconds);
        _polarisationVolts = target + ((_polarisationVolts - target) * decay);

        CurrentAmps = amps;
        TerminalVolts = TerminalVoltsAt(amps);
    }
}
