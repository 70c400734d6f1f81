using CydShunt.Protocol;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// The history block (<c>H1</c>–<c>H18</c>) in VE.Direct's units. A field holding <see cref="Measurement.NotAvailable"/> is left
    /// out of the block, which is what Victron's monitors do for statistics they do not keep (a BMV-700 sends no
    /// <c>H13</c>–<c>H16</c> without an auxiliary input).
    /// </summary>
    public sealed class VeDirectHistoryValues
    {
        /// <summary><c>H1</c>: depth of the deepest discharge, mAh (≤ 0).</summary>
        public int DeepestDischargeMilliampHours { get; set; }

        /// <summary><c>H2</c>: depth of the last discharge, mAh (≤ 0).</summary>
        public int LastDischargeMilliampHours { get; set; }

        /// <summary><c>H3</c>: depth of the average discharge, mAh (≤ 0).</summary>
        public int AverageDischargeMilliampHours { get; set; }

        /// <summary><c>H4</c>: number of charge cycles (≥ 0).</summary>
        public int ChargeCycles { get; set; }

        /// <summary><c>H5</c>: number of full discharges (≥ 0).</summary>
        public int FullDischarges { get; set; }

        /// <summary><c>H6</c>: cumulative charge drawn, mAh (≤ 0).</summary>
        public int CumulativeMilliampHoursDrawn { get; set; }

        /// <summary><c>H7</c>: minimum main battery voltage, mV.</summary>
        public int MinimumVoltageMillivolts { get; set; }

        /// <summary><c>H8</c>: maximum main battery voltage, mV.</summary>
        public int MaximumVoltageMillivolts { get; set; }

        /// <summary><c>H9</c>: seconds since the last full charge (≥ 0).</summary>
        public int SecondsSinceLastFullCharge { get; set; }

        /// <summary><c>H10</c>: number of automatic synchronisations (≥ 0).</summary>
        public int AutomaticSynchronisations { get; set; }

        /// <summary><c>H11</c>: number of low main voltage alarms (≥ 0).</summary>
        public int LowVoltageAlarms { get; set; }

        /// <summary><c>H12</c>: number of high main voltage alarms (≥ 0).</summary>
        public int HighVoltageAlarms { get; set; }

        /// <summary><c>H13</c>: number of low auxiliary voltage alarms (≥ 0).</summary>
        public int LowAuxiliaryVoltageAlarms { get; set; }

        /// <summary><c>H14</c>: number of high auxiliary voltage alarms (≥ 0).</summary>
        public int HighAuxiliaryVoltageAlarms { get; set; }

        /// <summary><c>H15</c>: minimum auxiliary (starter) battery voltage, mV.</summary>
        public int MinimumAuxiliaryVoltageMillivolts { get; set; }

        /// <summary><c>H16</c>: maximum auxiliary (starter) battery voltage, mV.</summary>
        public int MaximumAuxiliaryVoltageMillivolts { get; set; }

        /// <summary><c>H17</c>: discharged energy, 0.01 kWh (≥ 0).</summary>
        public int DischargedEnergyHundredthsKilowattHour { get; set; }

        /// <summary><c>H18</c>: charged energy, 0.01 kWh (≥ 0).</summary>
        public int ChargedEnergyHundredthsKilowattHour { get; set; }

        /// <summary>Returns history with every statistic <see cref="Measurement.NotAvailable"/> (an empty history block).</summary>
        public static VeDirectHistoryValues CreateUnavailable()
        {
            VeDirectHistoryValues values = new VeDirectHistoryValues();
            values.SetUnavailable();
            return values;
        }

        /// <summary>Sets every value to "not available" (and flags to false), in place.</summary>
        public void SetUnavailable()
        {
            DeepestDischargeMilliampHours = Measurement.NotAvailable;
            LastDischargeMilliampHours = Measurement.NotAvailable;
            AverageDischargeMilliampHours = Measurement.NotAvailable;
            ChargeCycles = Measurement.NotAvailable;
            FullDischarges = Measurement.NotAvailable;
            CumulativeMilliampHoursDrawn = Measurement.NotAvailable;
            MinimumVoltageMillivolts = Measurement.NotAvailable;
            MaximumVoltageMillivolts = Measurement.NotAvailable;
            SecondsSinceLastFullCharge = Measurement.NotAvailable;
            AutomaticSynchronisations = Measurement.NotAvailable;
            LowVoltageAlarms = Measurement.NotAvailable;
            HighVoltageAlarms = Measurement.NotAvailable;
            LowAuxiliaryVoltageAlarms = Measurement.NotAvailable;
            HighAuxiliaryVoltageAlarms = Measurement.NotAvailable;
            MinimumAuxiliaryVoltageMillivolts = Measurement.NotAvailable;
            MaximumAuxiliaryVoltageMillivolts = Measurement.NotAvailable;
            DischargedEnergyHundredthsKilowattHour = Measurement.NotAvailable;
            ChargedEnergyHundredthsKilowattHour = Measurement.NotAvailable;
        }

        /// <summary>Copies every value of <paramref name="source"/> into this instance.</summary>
        /// <param name="source">The values to copy.</param>
        public void CopyFrom(VeDirectHistoryValues source)
        {
            if (source == null)
            {
                throw new System.ArgumentNullException("source");
            }

            DeepestDischargeMilliampHours = source.DeepestDischargeMilliampHours;
            LastDischargeMilliampHours = source.LastDischargeMilliampHours;
            AverageDischargeMilliampHours = source.AverageDischargeMilliampHours;
            ChargeCycles = source.ChargeCycles;
            FullDischarges = source.FullDischarges;
            CumulativeMilliampHoursDrawn = source.CumulativeMilliampHoursDrawn;
            MinimumVoltageMillivolts = source.MinimumVoltageMillivolts;
            MaximumVoltageMillivolts = source.MaximumVoltageMillivolts;
            SecondsSinceLastFullCharge = source.SecondsSinceLastFullCharge;
            AutomaticSynchronisations = source.AutomaticSynchronisations;
            LowVoltageAlarms = source.LowVoltageAlarms;
            HighVoltageAlarms = source.HighVoltageAlarms;
            LowAuxiliaryVoltageAlarms = source.LowAuxiliaryVoltageAlarms;
            HighAuxiliaryVoltageAlarms = source.HighAuxiliaryVoltageAlarms;
            MinimumAuxiliaryVoltageMillivolts = source.MinimumAuxiliaryVoltageMillivolts;
            MaximumAuxiliaryVoltageMillivolts = source.MaximumAuxiliaryVoltageMillivolts;
            DischargedEnergyHundredthsKilowattHour = source.DischargedEnergyHundredthsKilowattHour;
            ChargedEnergyHundredthsKilowattHour = source.ChargedEnergyHundredthsKilowattHour;
        }
    }
}
