namespace CydShunt.Simulator;

/// <summary>The simulation's truth at one instant: what a perfect instrument would have shown.</summary>
/// <param name="At">Simulated time, ms since boot.</param>
/// <param name="VoltageMillivolts">Battery terminal voltage, mV.</param>
/// <param name="CurrentMilliamps">Battery current, mA (+ = charging).</param>
/// <param name="PowerMilliwatts">Battery power, mW (+ = charging).</param>
/// <param name="StateOfChargeCentipercent">True state of charge, 0.01 %.</param>
internal readonly record struct TruthSample(long At, double VoltageMillivolts, double CurrentMilliamps, double PowerMilliwatts, double StateOfChargeCentipercent);
