using CydShunt.Firmware.Monitor;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>A battery-monitor view whose every value a test sets, for screens in states the firmware rarely reaches.</summary>
internal sealed class FakeMonitorView : IBatteryMonitorView
{
    private const int NA = Measurement.NotAvailable;

    public BatteryStatus Status { get; set; }
    public bool Synchronised { get; set; } = true;
    public bool SensorFault { get; set; }
    public int VoltageMillivolts { get; set; } = NA;
    public int CurrentMilliamps { get; set; } = NA;
    public int PowerMilliwatts { get; set; } = NA;
    public int TemperatureCentidegrees { get; set; } = NA;
    public int ConsumedMilliampHours { get; set; } = NA;
    public int StateOfChargeCentipercent { get; set; } = NA;
    public int LastKnownStateOfChargeCentipercent { get; set; } = 10000;
    public int TimeToGoMinutes { get; set; } = NA;
    public int EnergyChargedWattHours { get; set; } = NA;
    public int EnergyDischargedWattHours { get; set; } = NA;
    public BatteryAlarms ActiveAlarms { get; set; }
    public int DeepestDischargeMilliampHours { get; set; } = NA;
    public int LastDischargeMilliampHours { get; set; } = NA;
    public int AverageDischargeMilliampHours { get; set; } = NA;
    public int ChargeCycles { get; set; } = NA;
    public int FullDischarges { get; set; } = NA;
    public int CumulativeDrawnMilliampHours { get; set; } = NA;
    public int MinimumVoltageMillivolts { get; set; } = NA;
    public int MaximumVoltageMillivolts { get; set; } = NA;
    public int SecondsSinceFullCharge { get; set; } = NA;
    public int AutomaticSynchronisations { get; set; } = NA;
    public int LowVoltageAlarms { get; set; } = NA;
    public int HighVoltageAlarms { get; set; } = NA;
    public int LowStateOfChargeAlarms { get; set; } = NA;
    public int HighTemperatureAlarms { get; set; } = NA;
    public int LowTemperatureAlarms { get; set; } = NA;
    public int MinimumAuxVoltageMillivolts { get; set; } = NA;
    public int MaximumAuxVoltageMillivolts { get; set; } = NA;
    public int DischargedEnergyHundredthsKilowattHour { get; set; } = NA;
    public int ChargedEnergyHundredthsKilowattHour { get; set; } = NA;

    /// <summary>A 200 Ah bank at 87.34 %, discharging 12.34 A at 13.27 V (a typical evening).</summary>
    public static FakeMonitorView Discharging() => new()
    {
        Status = BatteryStatus.Synchronised | BatteryStatus.Discharging,
        VoltageMillivolts = 13270,
        CurrentMilliamps = -12340,
        PowerMilliwatts = -163752,
        TemperatureCentidegrees = 2350,
        ConsumedMilliampHours = -25320,
        StateOfChargeCentipercent = 8734,
        LastKnownStateOfChargeCentipercent = 8734,
        TimeToGoMinutes = 754,
        EnergyChargedWattHours = 145230,
        EnergyDischargedWattHours = 71310,
        DeepestDischargeMilliampHours = -152300,
        LastDischargeMilliampHours = -61200,
        AverageDischargeMilliampHours = -48700,
        ChargeCycles = 41,
        FullDischarges = 2,
        CumulativeDrawnMilliampHours = -5412300,
        MinimumVoltageMillivolts = 11820,
        MaximumVoltageMillivolts = 14610,
        SecondsSinceFullCharge = 3 * 3600 + 25 * 60,
        AutomaticSynchronisations = 37,
        LowVoltageAlarms = 1,
        HighVoltageAlarms = 0,
        DischargedEnergyHundredthsKilowattHour = 7131,
        ChargedEnergyHundredthsKilowattHour = 14523,
    };
}
