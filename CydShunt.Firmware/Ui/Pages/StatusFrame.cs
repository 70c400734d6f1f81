using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// What surrounds every ordinary page: the status bar (page title; BLE, VE.Direct, synchronisation, alarm and
    /// sensor badges) and the tab bar (Home, History, Setup, Actions).
    /// </summary>
    public sealed class StatusFrame : Page
    {
        /// <summary>Height of the status bar.</summary>
        public const int StatusBarHeight = 22;

        /// <summary>Top row of the tab bar.</summary>
        public const int TabBarTop = 198;

        /// <summary>Height of the tab bar.</summary>
        public const int TabBarHeight = 42;

        /// <summary>VE.Direct counts as active this long after the last block.</summary>
        public const int VeDirectActivityMilliseconds = 3000;

        private const int BadgeTop = 4;

        private readonly IBatteryMonitorView _monitor;
        private readonly IDeviceStatus _status;
        private readonly Label _title;
        private readonly TextField _ble;
        private readonly TextField _veDirect;
        private readonly TextField _synchronised;
        private readonly TextField _alarm;
        private readonly TextField _sensor;
        private readonly Button[] _tabs = new Button[4];
        private int _lastBlocks = -1;
        private long _lastBlockAt = long.MinValue;

        /// <summary>Builds the frame.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="monitor">The battery monitor.</param>
        /// <param name="status">Links and sensor.</param>
        /// <param name="showHome">Tab action.</param>
        /// <param name="showHistory">Tab action.</param>
        /// <param name="showSetup">Tab action.</param>
        /// <param name="showActions">Tab action.</param>
        public StatusFrame(UiFonts fonts, IBatteryMonitorView monitor, IDeviceStatus status, System.Action showHome, System.Action showHistory, System.Action showSetup, System.Action showActions)
            : base(12, false)
        {
            _monitor = monitor ?? throw new System.ArgumentNullException("monitor");
            _status = status ?? throw new System.ArgumentNullException("status");
            Add(new Panel(0, 0, 320, StatusBarHeight, Theme.TitleBar));
            _title = new Label(4, BadgeTop, 14, fonts.Small, 1, string.Empty, Theme.Text);
            Add(_title);

            // Badges, right to left; a hidden badge leaves its slot empty so the others never move.
            _sensor = Badge(fonts, 276, 7);
            _alarm = Badge(fonts, 236, 6);
            _synchronised = Badge(fonts, 184, 8);
            _veDirect = Badge(fonts, 156, 4);
            _ble = Badge(fonts, 122, 5);
            SetBadgeWords();

            Add(new Panel(0, TabBarTop, 320, TabBarHeight, Theme.TitleBar));
            _tabs[0] = Tab(fonts, 0, "HOME", showHome);
            _tabs[1] = Tab(fonts, 1, "HISTORY", showHistory);
            _tabs[2] = Tab(fonts, 2, "SETUP", showSetup);
            _tabs[3] = Tab(fonts, 3, "ACTIONS", showActions);
        }

        /// <inheritdoc />
        public override string Title
        {
            get { return "frame"; }
        }

        /// <summary>Shows a page's title and highlights its tab.</summary>
        /// <param name="title">The page's title.</param>
        /// <param name="tab">0..3, or -1 for none.</param>
        public void SetPage(string title, int tab)
        {
            _title.Text = title;
            for (int i = 0; i < _tabs.Length; i++)
            {
                _tabs[i].Highlighted = i == tab;
            }
        }

        /// <inheritdoc />
        public override void Update(long now)
        {
            bool bleOn = _status.BleEnabled;
            _ble.Visible = bleOn;
            _ble.Background = !_status.BleRunning ? Theme.TextDisabled : _status.BleConnected ? Theme.Good : Theme.Accent;
            _ble.Color = Theme.Background;

            int blocks = _status.VeDirectBlocksSent;
            if (blocks != _lastBlocks)
            {
                // The first reading only sets the baseline: a block counts as traffic once the counter moves.
                if (_lastBlocks >= 0)
                {
                    _lastBlockAt = now;
                }

                _lastBlocks = blocks;
            }

            _veDirect.Visible = _status.VeDirectEnabled;
            _veDirect.Background = _lastBlockAt != long.MinValue && now - _lastBlockAt <= VeDirectActivityMilliseconds ? Theme.Good : Theme.TextDisabled;

            bool fault = _status.SensorError != SensorError.None || _status.SensorType == ShuntSensorType.None;
            _sensor.Visible = fault;
            _alarm.Visible = _monitor.ActiveAlarms != BatteryAlarms.None;
            _synchronised.Visible = !fault && !_monitor.Synchronised;
        }

        private TextField Badge(UiFonts fonts, int x, int cells)
        {
            var badge = new TextField(x, BadgeTop - 1, cells, fonts.Small, 1, TextAlignment.Center, Theme.Background, Theme.TextDisabled);
            Add(badge);
            badge.Visible = false;
            return badge;
        }

        private Button Tab(UiFonts fonts, int index, string text, System.Action action)
        {
            var tab = new Button((index * 80) + 2, TabBarTop + 3, 76, TabBarHeight - 6, fonts.Large, 1, text, action);
            Add(tab);
            return tab;
        }

        // The badge words never change; badges only show, hide and change colour.
        private void SetBadgeWords()
        {
            _ble.SetText("BLE");
            _veDirect.SetText("VE");
            _synchronised.SetText("NO SYNC");
            _alarm.SetText("ALARM");
            _sensor.SetText("SENSOR");
            _alarm.Background = Theme.Alarm;
            _sensor.Background = Theme.Alarm;
            _synchronised.Background = Theme.Warning;
        }
    }
}
