using System;
using System.Collections.Generic;
using CydShunt.Firmware.Host.Sensors;

namespace CydShunt.Firmware.Host.Simulation;

/// <summary>
/// The physical world around the shunt: a battery bank, a day of loads and solar, a solar charger and the shunt
/// resistor. <see cref="Step"/> moves it forward; <see cref="DriveSensor"/> puts the shunt voltage, bus voltage and
/// temperature on a simulated INA228/INA226's inputs, as the wires of a real installation would.
/// </summary>
public sealed class PhysicalWorld
{
    private const double MinimumStepSeconds = 0.001;

    private bool _loadsDisconnected;

    /// <summary>A world starting <paramref name="startMilliseconds"/> after midnight of day 0.</summary>
    /// <param name="preset">The battery bank.</param>
    /// <param name="profile">Loads and sun.</param>
    /// <param name="initialStateOfCharge">True state of charge at the start, 0..1.</param>
    /// <param name="startMilliseconds">Time of day at the start, ms after midnight.</param>
    /// <param name="shuntRatedAmps">Shunt rating, A (e.g. 500).</param>
    /// <param name="shuntRatedMillivolts">Shunt voltage at the rated current, mV (e.g. 50).</param>
    public PhysicalWorld(BatteryPreset preset, DayProfile profile, double initialStateOfCharge, long startMilliseconds, int shuntRatedAmps, int shuntRatedMillivolts)
    {
        ArgumentNullException.ThrowIfNull(preset);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentOutOfRangeException.ThrowIfNegative(startMilliseconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(shuntRatedAmps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shuntRatedMillivolts, 1);
        Battery = new BatteryModel(preset, initialStateOfCharge);
        Charger = new SolarCharger(preset);
        Profile = profile;
        Milliseconds = startMilliseconds;
        StartMilliseconds = startMilliseconds;
        ShuntRatedAmps = shuntRatedAmps;
        ShuntRatedMillivolts = shuntRatedMillivolts;
        AmbientCelsius = DayProfile.AmbientCelsius(startMilliseconds);
    }

    /// <summary>The battery bank.</summary>
    public BatteryModel Battery { get; }

    /// <summary>The solar charge controller.</summary>
    public SolarCharger Charger { get; }

    /// <summary>Loads and sun.</summary>
    public DayProfile Profile { get; }

    /// <summary>Shunt rating, A.</summary>
    public int ShuntRatedAmps { get; }

    /// <summary>Shunt voltage at the rated current, mV.</summary>
    public int ShuntRatedMillivolts { get; }

    /// <summary>Simulated time, ms after midnight of day 0.</summary>
    public long Milliseconds { get; private set; }

    /// <summary>Time of the start, ms after midnight of day 0.</summary>
    public long StartMilliseconds { get; }

    /// <summary>Power the loads draw in the last step, W (0 while the battery protection has cut them).</summary>
    public double LoadWatts { get; private set; }

    /// <summary>Power the array could give in the last step, W.</summary>
    public double SolarAvailableWatts { get; private set; }

    /// <summary>Power the charger delivered in the last step, W.</summary>
    public double ChargerWatts { get; private set; }

    /// <summary>Air temperature, °C.</summary>
    public double AmbientCelsius { get; private set; }

    /// <summary>Whether the battery protection has disconnected the loads (empty battery); they return above 5 %.</summary>
    public bool LoadsDisconnected => _loadsDisconnected;

    /// <summary>Charge that went into the battery since the start, Ah (measured at the terminals).</summary>
    public double ChargedAmpHours { get; private set; }

    /// <summary>Charge drawn from the battery since the start, Ah (≥ 0).</summary>
    public double DischargedAmpHours { get; private set; }

    /// <summary>Energy charged into the battery since the start, Wh.</summary>
    public double ChargedWattHours { get; private set; }

    /// <summary>Energy drawn from the battery since the start, Wh (≥ 0).</summary>
    public double DischargedWattHours { get; private set; }

    /// <summary>Battery current, A (+ = charging).</summary>
    public double CurrentAmps => Battery.CurrentAmps;

    /// <summary>Battery terminal voltage, V.</summary>
    public double Volts => Battery.TerminalVolts;

    /// <summary>Voltage across the shunt, V (+ while charging).</summary>
    public double ShuntVolts => CurrentAmps * ShuntRatedMillivolts / 1000.0 / ShuntRatedAmps;

    /// <summary>Appliances that are on now (names with their power).</summary>
    public IReadOnlyList<string> ActiveLoads
    {
        get
        {
            var names = new List<string>();
            if (!_loadsDisconnected)
            {
                Profile.Loads(Milliseconds, names);
            }

            return names;
        }
    }

    /// <summary>Moves the world forward by <paramref name="milliseconds"/> (one step; keep it ≤ 1 s for the dynamics).</summary>
    public void Step(long milliseconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(milliseconds, 1);
        double seconds = Math.Max(milliseconds / 1000.0, MinimumStepSeconds);
        Milliseconds += milliseconds;
        AmbientCelsius = DayProfile.AmbientCelsius(Milliseconds);

        double volts = Math.Max(Battery.TerminalVolts, 1);
        double emptyVolts = Battery.Preset.EmptyCellVolts * Battery.Preset.CellsInSeries;
        if (!_loadsDisconnected && (Battery.StateOfCharge <= 0 || volts < emptyVolts * 0.9))
        {
            _loadsDisconnected = true; // BMS low-voltage cut-off
        }
        else if (_loadsDisconnected && Battery.StateOfCharge > 0.05)
        {
            _loadsDisconnected = false;
        }

        LoadWatts = _loadsDisconnected ? 0 : Profile.LoadWatts(Milliseconds);
        double loadAmps = LoadWatts / volts;
        SolarAvailableWatts = Battery.Preset.SolarPeakWatts * Profile.SolarFraction(Milliseconds);
        double chargerAmps = Charger.Output(Battery, SolarAvailableWatts, loadAmps, seconds);
        double batteryAmps = chargerAmps - loadAmps;
        Battery.Step(batteryAmps, seconds);
        ChargerWatts = chargerAmps * Battery.TerminalVolts;

        double ampHours = batteryAmps * seconds / 3600;
        double wattHours = ampHours * Battery.TerminalVolts;
        if (batteryAmps >= 0)
        {
            ChargedAmpHours += ampHours;
            ChargedWattHours += wattHours;
        }
        else
        {
            DischargedAmpHours -= ampHours;
            DischargedWattHours -= wattHours;
        }
    }

    /// <summary>
    /// Puts the present physics on the chip's inputs and lets it convert and integrate over <paramref name="milliseconds"/>
    /// (INA228: CHARGE/ENERGY accumulate; INA226: one conversion).
    /// </summary>
    public void DriveSensor(SimulatedRegisterChip chip, long milliseconds)
    {
        ArgumentNullException.ThrowIfNull(chip);
        long shuntNanovolts = (long)Math.Round(ShuntVolts * 1e9);
        long busMicrovolts = (long)Math.Round(Volts * 1e6);
        switch (chip)
        {
            case SimulatedIna228 ina228:
                ina228.ShuntNanovolts = shuntNanovolts;
                ina228.BusMicrovolts = busMicrovolts;
                // The die sits on the shunt board: a little above the air, warmer under heavy current.
                ina228.DieMillidegrees = (long)Math.Round((AmbientCelsius + 3 + (Math.Abs(CurrentAmps) * 0.01)) * 1000);
                ina228.Advance(milliseconds);
                break;
            case SimulatedIna226 ina226:
                ina226.ShuntNanovolts = shuntNanovolts;
                ina226.BusMicrovolts = busMicrovolts;
                ina226.Convert();
                break;
            default:
                throw new ArgumentException("Unknown simulated chip " + chip.GetType().Name + ".", nameof(chip));
        }
    }
}
