using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Ui.Widgets;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// The home page: shows state of charge (large, with a bar), voltage, current with its direction, power, consumed
    /// charge, time to go and the energy counters. Not-available values read "---", never 0.
    /// </summary>
    public sealed class DashboardPage : Page
    {
        private const int Right = 168;

        private readonly IBatteryMonitorView _monitor;
        private readonly TextBuffer _text = new TextBuffer(12);
        private readonly TextField _soc;
        private readonly BarGauge _socBar;
        private const int Voltage = 0;
        private const int Current = 1;
        private const int Power = 2;
        private const int Consumed = 3;
        private const int TimeToGo = 4;
        private const int Charged = 0;
        private const int Discharged = 1;

        private readonly FieldList _values;
        private readonly FieldList _energy;
        private readonly TextField _direction;

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="monitor">The battery monitor.</param>
        public DashboardPage(UiFonts fonts, IBatteryMonitorView monitor)
            : base(14, false)
        {
            _monitor = monitor ?? throw new System.ArgumentNullException("monitor");
            var small = fonts.Small;
            var large = fonts.Large;
            var captions = new CaptionList(small, 16);
            Add(captions);
            _values = new FieldList(large, 5, 34, Theme.Text);
            Add(_values);
            _energy = new FieldList(small, 2, 22, Theme.Text);
            Add(_energy);

            captions.Add(6, 26, 16, "State of charge", Theme.TextDim);
            _soc = new TextField(6, 42, 5, large, 2, TextAlignment.Right, Theme.Text, Theme.Background);
            Add(_soc);
            Add(new Label(108, 62, 1, large, 1, "%", Theme.TextDim));
            _socBar = new BarGauge(6, 88, 150, 18, Theme.Good);
            Add(_socBar);

            captions.Add(Right, 26, 10, "Voltage", Theme.TextDim);
            _values.Add(Right, 39, 7);
            captions.Add(Right + 74, 45, 1, "V", Theme.TextDim);

            captions.Add(Right, 62, 10, "Current", Theme.TextDim);
            _direction = new TextField(Right + 64, 62, 11, small, 1, TextAlignment.Right, Theme.TextDim, Theme.Background);
            Add(_direction);
            _values.Add(Right, 75, 7);
            captions.Add(Right + 74, 81, 1, "A", Theme.TextDim);

            captions.Add(Right, 98, 10, "Power", Theme.TextDim);
            _values.Add(Right, 111, 7);
            captions.Add(Right + 74, 117, 1, "W", Theme.TextDim);

            Add(new Panel(6, 138, 308, 1, Theme.Outline));

            captions.Add(6, 144, 10, "Consumed", Theme.TextDim);
            _values.Add(6, 158, 7);
            captions.Add(78, 164, 2, "Ah", Theme.TextDim);

            captions.Add(104, 144, 10, "Time to go", Theme.TextDim);
            _values.Add(104, 158, 6);
            captions.Add(166, 164, 1, "h", Theme.TextDim);

            captions.Add(186, 144, 10, "Energy", Theme.TextDim);
            captions.Add(186, 162, 3, "In", Theme.TextDim);
            _energy.Add(212, 162, 11);
            captions.Add(186, 178, 3, "Out", Theme.TextDim);
            _energy.Add(212, 178, 11);
        }

        /// <inheritdoc />
        public override string Title
        {
            get { return "CydShunt"; }
        }

        /// <inheritdoc />
        public override void Update(long now)
        {
            IBatteryMonitorView monitor = _monitor;
            int soc = monitor.StateOfChargeCentipercent;
            ValueText.Percent(_text, soc);
            _soc.SetText(_text);
            _soc.Color = soc == Measurement.NotAvailable ? Theme.TextDisabled : Theme.Text;
            _socBar.SetLevel(soc == Measurement.NotAvailable ? -1 : soc);
            _socBar.Color = soc == Measurement.NotAvailable ? Theme.TextDisabled : soc < 2000 ? Theme.Alarm : soc < 5000 ? Theme.Warning : Theme.Good;

            ValueText.Volts(_text, monitor.VoltageMillivolts);
            _values.SetText(Voltage, _text);

            int current = monitor.CurrentMilliamps;
            ValueText.Amperes(_text, current);
            _values.SetText(Current, _text);
            if (current == Measurement.NotAvailable)
            {
                _direction.SetText((string?)null);
            }
            else if (current > 0)
            {
                _direction.SetText("charging");
                _direction.Color = Theme.Good;
            }
            else if (current < 0)
            {
                _direction.SetText("discharging");
                _direction.Color = Theme.Warning;
            }
            else
            {
                _direction.SetText("idle");
                _direction.Color = Theme.TextDim;
            }

            ValueText.Watts(_text, monitor.PowerMilliwatts);
            _values.SetText(Power, _text);

            ValueText.AmpHours(_text, monitor.ConsumedMilliampHours);
            _values.SetText(Consumed, _text);

            ValueText.HoursMinutes(_text, monitor.TimeToGoMinutes);
            _values.SetText(TimeToGo, _text);

            ValueText.KilowattHours(_text, monitor.EnergyChargedWattHours);
            _text.Append(" kWh");
            _energy.SetText(Charged, _text);
            ValueText.KilowattHours(_text, monitor.EnergyDischargedWattHours);
            _text.Append(" kWh");
            _energy.SetText(Discharged, _text);
        }
    }
}
