using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Ui.Widgets;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// Shows the history a SmartShunt keeps (VE.Direct H1–H18), in words and units, two columns of nine. H13 and H14
    /// (auxiliary-input alarms) read "---": this monitor has no auxiliary input.
    /// </summary>
    public sealed class HistoryPage : Page
    {
        /// <summary>History entries shown.</summary>
        public const int EntryCount = 18;

        private const int RowTop = 28;
        private const int RowHeight = 19;
        private const int ValueCells = 10;

        private readonly IBatteryMonitorView _monitor;
        private readonly TextBuffer _text = new TextBuffer(ValueCells);
        private readonly FieldList _values;

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="monitor">The battery monitor.</param>
        public HistoryPage(UiFonts fonts, IBatteryMonitorView monitor)
            : base(3, false)
        {
            _monitor = monitor ?? throw new System.ArgumentNullException("monitor");
            Add(new Panel(159, RowTop, 1, 9 * RowHeight, Theme.Outline));
            var captions = new CaptionList(fonts.Small, EntryCount);
            Add(captions);
            _values = new FieldList(fonts.Small, EntryCount, EntryCount * ValueCells, Theme.Text);
            Add(_values);
            for (int i = 0; i < EntryCount; i++)
            {
                int column = i / 9;
                int x = 4 + (column * 160);
                int y = RowTop + ((i % 9) * RowHeight);
                captions.Add(x, y, 15, Caption(i), Theme.TextDim);
                _values.Add(x + 90, y, ValueCells);
            }
        }

        /// <inheritdoc />
        public override string Title
        {
            get { return "History"; }
        }

        /// <summary>The words for entry H(<paramref name="index"/> + 1).</summary>
        /// <param name="index">0..17.</param>
        /// <returns>A caption of at most 15 characters.</returns>
        public static string Caption(int index)
        {
            switch (index)
            {
                case 0: return "Deepest disch.";
                case 1: return "Last discharge";
                case 2: return "Average disch.";
                case 3: return "Charge cycles";
                case 4: return "Full discharges";
                case 5: return "Total drawn";
                case 6: return "Min voltage";
                case 7: return "Max voltage";
                case 8: return "Since full";
                case 9: return "Auto syncs";
                case 10: return "Low V alarms";
                case 11: return "High V alarms";
                case 12: return "Low aux alarms";
                case 13: return "High aux alarms";
                case 14: return "Min aux volt.";
                case 15: return "Max aux volt.";
                case 16: return "Discharged";
                default: return "Charged";
            }
        }

        /// <inheritdoc />
        public override void Update(long now)
        {
            IBatteryMonitorView m = _monitor;
            AmpHours(0, m.DeepestDischargeMilliampHours);
            AmpHours(1, m.LastDischargeMilliampHours);
            AmpHours(2, m.AverageDischargeMilliampHours);
            Count(3, m.ChargeCycles);
            Count(4, m.FullDischarges);
            AmpHours(5, m.CumulativeDrawnMilliampHours);
            Volts(6, m.MinimumVoltageMillivolts);
            Volts(7, m.MaximumVoltageMillivolts);
            Elapsed(8, m.SecondsSinceFullCharge);
            Count(9, m.AutomaticSynchronisations);
            Count(10, m.LowVoltageAlarms);
            Count(11, m.HighVoltageAlarms);
            Count(12, Measurement.NotAvailable);
            Count(13, Measurement.NotAvailable);
            Volts(14, m.MinimumAuxVoltageMillivolts);
            Volts(15, m.MaximumAuxVoltageMillivolts);
            KilowattHours(16, m.DischargedEnergyHundredthsKilowattHour);
            KilowattHours(17, m.ChargedEnergyHundredthsKilowattHour);
        }

        private void AmpHours(int index, int milliampHours)
        {
            ValueText.AmpHours(_text, milliampHours);
            Show(index, milliampHours, " Ah");
        }

        private void Volts(int index, int millivolts)
        {
            ValueText.Volts(_text, millivolts);
            Show(index, millivolts, " V");
        }

        private void Count(int index, int count)
        {
            _text.Clear();
            if (count == Measurement.NotAvailable)
            {
                _text.Append(ValueText.Missing);
            }
            else
            {
                _text.Append(count);
            }

            Show(index, count, null);
        }

        private void KilowattHours(int index, int hundredths)
        {
            _text.Clear();
            if (hundredths == Measurement.NotAvailable)
            {
                _text.Append(ValueText.Missing);
            }
            else
            {
                _text.AppendFixed(hundredths, 2, 1);
            }

            Show(index, hundredths, " kWh");
        }

        private void Elapsed(int index, int seconds)
        {
            _text.Clear();
            if (seconds == Measurement.NotAvailable || seconds < 0)
            {
                _text.Append(ValueText.Missing);
            }
            else if (seconds < 86400)
            {
                _text.Append(seconds / 3600).Append(" h ").AppendPadded((seconds / 60) % 60, 2).Append(" m");
            }
            else
            {
                _text.Append(seconds / 86400).Append(" d ").Append((seconds / 3600) % 24).Append(" h");
            }

            _values.SetText(index, _text);
        }

        private void Show(int index, int value, string? unit)
        {
            if (value != Measurement.NotAvailable && unit != null)
            {
                _text.Append(unit);
            }

            _values.SetText(index, _text);
        }
    }
}
