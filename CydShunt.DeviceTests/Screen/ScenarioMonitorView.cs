using CydShunt.Firmware.Monitor;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Screen
{
    /// <summary>A battery-monitor view with values the screen self-test sets (a typical evening: 87.34 %, -12.34 A).</summary>
    public sealed class ScenarioMonitorView : IBatteryMonitorView
    {
        private const int NA = Measurement.NotAvailable;

        /// <inheritdoc />
        public BatteryStatus Status { get; set; } = BatteryStatus.Synchronised | BatteryStatus.Discharging;

        /// <inheritdoc />
        public bool Synchronised { get; set; } = true;

        /// <inheritdoc />
        public bool SensorFault { get; set; }

        /// <inheritdoc />
        public int VoltageMillivolts { get; set; } = 13270;

        /// <inheritdoc />
        public int CurrentMilliamps { get; set; } = -12340;

        /// <inheritdoc />
        public int PowerMilliwatts { get; set; } = -163752;

        /// <inheritdoc />
        public int TemperatureCentidegrees { get; set; } = 2350;

        /// <inheritdoc />
        public int ConsumedMilliampHours { get; set; } = -25320;

        /// <inheritdoc />
        public int StateOfChargeCentipercent { get; set; } = 8734;

        /// <inheritdoc />
        public int LastKnownStateOfChargeCentipercent { get; set; } = 8734;

        /// <inheritdoc />
        public int TimeToGoMinutes { get; set; } = 754;

        /// <inheritdoc />
        public int EnergyChargedWattHours { get; set; } = 145230;

        /// <inheritdoc />
        public int EnergyDischargedWattHours { get; set; } = 71310;

        /// <inheritdoc />
        public BatteryAlarms ActiveAlarms { get; set; }

        /// <inheritdoc />
        public int DeepestDischargeMilliampHours { get; set; } = -152300;

        /// <inheritdoc />
        public int LastDischargeMilliampHours { get; set; } = -61200;

        /// <inheritdoc />
        public int AverageDischargeMilliampHours { get; set; } = -48700;

        /// <inheritdoc />
        public int ChargeCycles { get; set; } = 41;

        /// <inheritdoc />
        public int FullDischarges { get; set; } = 2;

        /// <inheritdoc />
        public int CumulativeDrawnMilliampHours { get; set; } = -5412300;

        /// <inheritdoc />
        public int MinimumVoltageMillivolts { get; set; } = 11820;

        /// <inheritdoc />
        public int MaximumVoltageMillivolts { get; set; } = 14610;

        /// <inheritdoc />
        public int SecondsSinceFullCharge { get; set; } = 12300;

        /// <inheritdoc />
        public int AutomaticSynchronisations { get; set; } = 37;

        /// <inheritdoc />
        public int LowVoltageAlarms { get; set; } = 1;

        /// <inheritdoc />
        public int HighVoltageAlarms { get; set; }

        /// <inheritdoc />
        public int LowStateOfChargeAlarms { get; set; }

        /// <inheritdoc />
        public int HighTemperatureAlarms { get; set; }

        /// <inheritdoc />
        public int LowTemperatureAlarms { get; set; }

        /// <inheritdoc />
        public int MinimumAuxVoltageMillivolts { get; set; } = NA;

        /// <inheritdoc />
        public int MaximumAuxVoltageMillivolts { get; set; } = NA;

        /// <inheritdoc />
        public int DischargedEnergyHundredthsKilowattHour { get; set; } = 7131;

        /// <inheritdoc />
        public int ChargedEnergyHundredthsKilowattHour { get; set; } = 14523;
    }
}
