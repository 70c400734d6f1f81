using System;
using System.Collections.Generic;
using CydShunt.Firmware.Monitor;

namespace CydShunt.Firmware.Host.Simulation;

/// <summary>
/// The physical description of a simulated battery bank: chemistry, cells in series, capacity, the open-circuit
/// voltage curve of one cell, internal resistance and polarisation, and the charger set points that go with it.
/// The presets describe common DIY banks; <see cref="WithCapacity"/> scales one to another size.
/// </summary>
public sealed class BatteryPreset
{
    // LiFePO4 resting OCV per cell (V) against SOC: the long flat plateau around 3.3 V, the knee below 10 % and the
    // steep rise above 99 % that ends a CV charge. Typical of prismatic LFP cells after a few minutes of rest.
    private static readonly double[] LithiumSoc = [0.00, 0.05, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 0.95, 0.99, 1.00];
    private static readonly double[] LithiumVolts = [2.80, 3.05, 3.20, 3.25, 3.28, 3.29, 3.30, 3.31, 3.32, 3.33, 3.35, 3.38, 3.45, 3.60];

    // Lead-acid (AGM) resting OCV per cell: nearly linear from 1.95 V (empty) to 2.13 V (full), with a surface-charge
    // rise at the very top so that a CV charge tapers.
    private static readonly double[] LeadAcidSoc = [0.00, 0.10, 0.20, 0.30, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90, 0.98, 1.00];
    private static readonly double[] LeadAcidVolts = [1.950, 1.970, 1.988, 2.005, 2.022, 2.040, 2.057, 2.075, 2.092, 2.110, 2.140, 2.400];

    /// <summary>12 V 200 Ah LiFePO4 (4 cells), 600 W of solar: the simulator's default.</summary>
    public static BatteryPreset LiFePO4_12V_200Ah { get; } = Lithium("lifepo4-12v", 4, 200, 0.0040, 600);

    /// <summary>24 V 200 Ah LiFePO4 (8 cells), 1200 W of solar.</summary>
    public static BatteryPreset LiFePO4_24V_200Ah { get; } = Lithium("lifepo4-24v", 8, 200, 0.0080, 1200);

    /// <summary>48 V 100 Ah LiFePO4 (16 cells), 1200 W of solar.</summary>
    public static BatteryPreset LiFePO4_48V_100Ah { get; } = Lithium("lifepo4-48v", 16, 100, 0.0300, 1200);

    /// <summary>12 V 200 Ah AGM lead-acid (6 cells), 600 W of solar.</summary>
    public static BatteryPreset LeadAcid_12V_200Ah { get; } = new(
        "agm-12v", "12 V 200 Ah AGM lead-acid, 600 W solar", BatteryChemistry.LeadAcid, 6, 200,
        LeadAcidSoc, LeadAcidVolts, 0.0080, 0.0060, 600, 2.40, 2.27, 0.95, 1.25, 1.75);

    /// <summary>Every preset, by <see cref="Name"/>.</summary>
    public static IReadOnlyList<BatteryPreset> All { get; } = [LiFePO4_12V_200Ah, LiFePO4_24V_200Ah, LiFePO4_48V_100Ah, LeadAcid_12V_200Ah];

    private BatteryPreset(
        string name,
        string description,
        BatteryChemistry chemistry,
        int cellsInSeries,
        int capacityAmpHours,
        double[] ocvSoc,
        double[] ocvCellVolts,
        double internalResistanceOhms,
        double polarisationResistanceOhms,
        double solarPeakWatts,
        double absorptionCellVolts,
        double floatCellVolts,
        double chargeEfficiency,
        double peukertExponent,
        double emptyCellVolts)
    {
        Name = name;
        Description = description;
        Chemistry = chemistry;
        CellsInSeries = cellsInSeries;
        CapacityAmpHours = capacityAmpHours;
        OcvSoc = ocvSoc;
        OcvCellVolts = ocvCellVolts;
        InternalResistanceOhms = internalResistanceOhms;
        PolarisationResistanceOhms = polarisationResistanceOhms;
        SolarPeakWatts = solarPeakWatts;
        AbsorptionCellVolts = absorptionCellVolts;
        FloatCellVolts = floatCellVolts;
        ChargeEfficiency = chargeEfficiency;
        PeukertExponent = peukertExponent;
        EmptyCellVolts = emptyCellVolts;
    }

    /// <summary>Command-line name, e.g. "lifepo4-12v".</summary>
    public string Name { get; }

    /// <summary>One line for humans.</summary>
    public string Description { get; }

    /// <summary>Chemistry, as the firmware's settings name it.</summary>
    public BatteryChemistry Chemistry { get; }

    /// <summary>Cells in series (4 per 12 V for LiFePO4, 6 for lead-acid).</summary>
    public int CellsInSeries { get; }

    /// <summary>Nominal system voltage: 12, 24 or 48 V.</summary>
    public int NominalVolts => Chemistry == BatteryChemistry.Lithium ? CellsInSeries * 3 : CellsInSeries * 2;

    /// <summary>Rated (20 h) capacity in Ah.</summary>
    public int CapacityAmpHours { get; }

    /// <summary>SOC points (0..1, ascending) of the OCV curve.</summary>
    public IReadOnlyList<double> OcvSoc { get; }

    /// <summary>Resting cell voltage at each <see cref="OcvSoc"/> point, V.</summary>
    public IReadOnlyList<double> OcvCellVolts { get; }

    /// <summary>Ohmic resistance of the whole bank (cells, links, fuse), Ω: the instant voltage step of a load.</summary>
    public double InternalResistanceOhms { get; }

    /// <summary>Polarisation resistance of the whole bank, Ω: the part of the voltage sag that builds up over a minute.</summary>
    public double PolarisationResistanceOhms { get; }

    /// <summary>Time constant of the polarisation, s.</summary>
    public double PolarisationSeconds => 60;

    /// <summary>Peak power of the solar array on a clear day, W.</summary>
    public double SolarPeakWatts { get; }

    /// <summary>Charger absorption (CV) voltage per cell, V.</summary>
    public double AbsorptionCellVolts { get; }

    /// <summary>Charger float voltage per cell, V.</summary>
    public double FloatCellVolts { get; }

    /// <summary>Share of the charge current that is stored (0..1).</summary>
    public double ChargeEfficiency { get; }

    /// <summary>Peukert exponent of the bank (1 = none).</summary>
    public double PeukertExponent { get; }

    /// <summary>Cell voltage at which the battery's protection (BMS or low-voltage disconnect) cuts the loads, V.</summary>
    public double EmptyCellVolts { get; }

    /// <summary>The same bank with another capacity; resistance and solar scale inversely/proportionally.</summary>
    /// <param name="capacityAmpHours">1..65534 Ah.</param>
    public BatteryPreset WithCapacity(int capacityAmpHours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityAmpHours, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacityAmpHours, 65534);
        double scale = (double)capacityAmpHours / CapacityAmpHours;
        return new BatteryPreset(
            Name, Description + " (resized to " + capacityAmpHours + " Ah)", Chemistry, CellsInSeries, capacityAmpHours,
            [.. OcvSoc], [.. OcvCellVolts], InternalResistanceOhms / scale, PolarisationResistanceOhms / scale,
            SolarPeakWatts * scale, AbsorptionCellVolts, FloatCellVolts, ChargeEfficiency, PeukertExponent, EmptyCellVolts);
    }

    /// <summary>Finds a preset by <see cref="Name"/> (case-insensitive).</summary>
    public static BatteryPreset? Find(string name)
    {
        foreach (BatteryPreset preset in All)
        {
            if (string.Equals(preset.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return preset;
            }
        }

        return null;
    }

    /// <summary>Resting bank voltage at <paramref name="stateOfCharge"/> (0..1), V: linear between the curve's points.</summary>
    public double OpenCircuitVolts(double stateOfCharge)
    {
        double soc = Math.Clamp(stateOfCharge, 0, 1);
        IReadOnlyList<double> x = OcvSoc;
        IReadOnlyList<double> y = OcvCellVolts;
        int i = 1;
        while (i < x.Count - 1 && soc > x[i])
        {
            i++;
        }

        double t = (soc - x[i - 1]) / (x[i] - x[i - 1]);
        return CellsInSeries * (y[i - 1] + (t * (y[i] - y[i - 1])));
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static BatteryPreset Lithium(string name, int cells, int capacity, double resistance, double solar) => new(
        name,
        (cells * 3) + " V " + capacity + " Ah LiFePO4, " + solar + " W solar",
        BatteryChemistry.Lithium,
        cells,
        capacity,
        LithiumSoc,
        LithiumVolts,
        resistance,
        resistance * 0.75,
        solar,
        3.55,
        3.375,
        0.99,
        1.05,
        2.80);
}
