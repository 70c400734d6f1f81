using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// The home page: state of charge (large, with a bar), voltage, current with its direction, power, consumed
    /// charge, time to go and the energy counters. Not-available values read "---", never 0.
    /// </summary>
    public sealed class DashboardPage : Page
    {
        private const int Right = 168;

        private readonly IBatteryMonitorView _monitor;
        private readonly TextBuffer _text = new TextBuffer(12);
        private readonly TextField _soc;
        private readonly BarGauge _socBar;
        private readonly TextField _voltage;
        private readonly TextField _current;
        private readonly TextField _direction;
        private readonly TextField _power;
        private readonly TextField _consumed;
        private readonly TextField _timeToGo;
        private readonly TextField _charged;
        private readonly TextField _discharged;

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="monitor">The battery monitor.</param>
        public DashboardPage(UiFonts fonts, IBatteryMonitorView monitor)
            : base(26, false)
        {
            _monitor = monitor ?? throw new System.ArgumentNullException("monitor");
            var small = fonts.Small;
            var large = fonts.Large;

            Add(new Label(6, 26, 16, small, 1, "State of charge", Theme.TextDim));
            _soc = new TextField(6, 42, 5, large, 2, TextAlignment.Right, Theme.Text, Theme.Background);
            Add(_soc);
            Add(new Label(108, 62, 1, large, 1, "%", Theme.TextDim));
            _socBar = new BarGauge(6, 88, 150, 18, Theme.Good);
            Add(_socBar);

            Add(new Label(Right, 26, 10, small, 1, "Voltage", Theme.TextDim));
            _voltage = new TextField(Right, 39, 7, large, 1, TextAlignment.Right, Theme.Text, Theme.Background);
            Add(_voltage);
            Add(new Label(Right + 74, 45, 1, small, 1, "V", Theme.TextDim));

            Add(new Label(Right, 62, 10, small, 1, "Current", Theme.TextDim));
            _direction = new TextField(Right + 64, 62, 11, small, 1, TextAlignment.Right, Theme.TextDim, Theme.Background);
            Add(_direction);
            _current = new TextField(Right, 75, 7, large, 1, TextAlignment.Right, Theme.Text, Theme.Background);
            Add(_current);
            Add(new Label(Right + 74, 81, 1, small, 1, "A", Theme.TextDim));

            Add(new Label(Right, 98, 10, small, 1, "Power", Theme.TextDim));
            _power = new TextField(Right, 111, 7, large, 1, TextAlignment.Right, Theme.Text, Theme.Background);
            Add(_power);
            Add(new Label(Right + 74, 117, 1, small, 1, "W", Theme.TextDim));

            Add(new Panel(6, 138, 308, 1, Theme.Outline));

            Add(new Label(6, 144, 10, small, 1, "Consumed", Theme.TextDim));
            _consumed = new TextField(6, 158, 7, large, 1, TextAlignment.Right, Theme.Text, Theme.Background);
            Add(_consumed);
            Add(new Label(78, 164, 2, small, 1, "Ah", Theme.TextDim));

            Add(new Label(104, 144, 10, small, 1, "Time to go", Theme.TextDim));
            _timeToGo = new TextField(104, 158, 6, large, 1, TextAlignment.Right, Theme.Text, Theme.Background);
            Add(_timeToGo);
            Add(new Label(166, 164, 1, small, 1, "h", Theme.TextDim));

            Add(new Label(186, 144, 10, small, 1, "Energy", Theme.TextDim));
            Add(new Label(186, 162, 3, small, 1, "In", Theme.TextDim));
            _charged = new TextField(212, 162, 11, small, 1, TextAlignment.Right, Theme.Text, Theme.Background);
            Add(_charged);
            Add(new Label(186, 178, 3, small, 1, "Out", Theme.TextDim));
            _discharged = new TextField(212, 178, 11, small, 1, TextAlignment.Right, Theme.Text, Theme.Background);
            Add(_discharged);
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
            _soc.Color = soc == BatteryMonitor.NotAvailable ? Theme.TextDisabled : Theme.Text;
            _socBar.SetLevel(soc == BatteryMonitor.NotAvailable ? -1 : soc);
            _socBar.Color = soc == BatteryMonitor.NotAvailable ? Theme.TextDisabled : soc < 2000 ? Theme.Alarm : soc < 5000 ? Theme.Warning : Theme.Good;

            ValueText.Volts(_text, monitor.VoltageMillivolts);
            _voltage.SetText(_text);

            int current = monitor.CurrentMilliamps;
            ValueText.Amperes(_text, current);
            _current.SetText(_text);
            if (current == BatteryMonitor.NotAvailable)
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
            _power.SetText(_text);

            ValueText.AmpHours(_text, monitor.ConsumedMilliampHours);
            _consumed.SetText(_text);

            ValueText.HoursMinutes(_text, monitor.TimeToGoMinutes);
            _timeToGo.SetText(_text);

            ValueText.KilowattHours(_text, monitor.EnergyChargedWattHours);
            _text.Append(" kWh");
            _charged.SetText(_text);
            ValueText.KilowattHours(_text, monitor.EnergyDischargedWattHours);
            _text.Append(" kWh");
            _discharged.SetText(_text);
        }
    }
}
