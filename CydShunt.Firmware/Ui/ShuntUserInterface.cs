using CydShunt.Firmware.Application;
using CydShunt.Firmware.Display;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Ui.Pages;

namespace CydShunt.Firmware.Ui
{
    /// <summary>
    /// The device's screen: builds the pages once, keeps the shown one up to date from the battery monitor, routes taps
    /// and shows the pairing passkey over everything (it is the firmware's <see cref="IPasskeyDisplay"/>), then the
    /// pairing's result. Called from the main loop only: <see cref="Update"/> after each firmware tick, taps through
    /// <see cref="ITouchListener"/>.
    /// </summary>
    public sealed class ShuntUserInterface : IPasskeyDisplay, ITouchListener, IPageNavigator
    {
        /// <summary>
        /// Pixels of the band buffer: 4 screen rows, 2,560 bytes. A region is one display window whatever the band size,
        /// so a smaller band costs no SPI bytes, only more drawing passes; with the fonts it keeps the screen's arrays at
        /// 6.2 KB, inside the 8 KB docs/nanoframework-notes.md budgets for it.
        /// </summary>
        public const int BandPixels = 320 * 4;

        /// <summary>How often shown values are refreshed: the monitor samples once a second.</summary>
        public const int RefreshIntervalMilliseconds = 500;

        /// <summary>How long the pairing result stays on the screen.</summary>
        public const int PairingResultMilliseconds = 3000;

        private const int TabHome = 0;
        private const int TabHistory = 1;
        private const int TabSetup = 2;
        private const int TabActions = 3;

        private readonly Screen _screen;
        private readonly UiFonts _fonts;
        private readonly PairingPage _pairing;
        private IDeviceStatus? _status;
        private StatusFrame? _frame;
        private DashboardPage? _dashboard;
        private HistoryPage? _history;
        private SetupMenuPage? _setup;
        private BatterySettingsPage? _battery;
        private ShuntSettingsPage? _shunt;
        private ActionsPage? _actions;
        private ConfirmPage? _confirm;
        private AboutPage? _about;
        private Page? _beforePairing;
        private bool _passkeyHidden;
        private int _pairingsSeen;
        private long _pairingResultUntil = long.MinValue;
        private long _now;
        private long _nextRefreshAt = long.MinValue;

        /// <summary>Creates the screen; pages that show the battery come with <see cref="Attach"/>.</summary>
        /// <param name="display">The display, initialised.</param>
        /// <param name="fonts">The fonts.</param>
        public ShuntUserInterface(IDisplay display, UiFonts fonts)
        {
            _screen = new Screen(display, BandPixels);
            _fonts = fonts ?? throw new System.ArgumentNullException("fonts");
            _pairing = new PairingPage(fonts);
        }

        /// <summary>The screen (shown page, renderer counters).</summary>
        public Screen Screen
        {
            get { return _screen; }
        }

        /// <summary>The passkey page (shown while a central pairs).</summary>
        public PairingPage Pairing
        {
            get { return _pairing; }
        }

        /// <summary>The battery settings page, once the firmware is attached.</summary>
        public BatterySettingsPage? BatterySettings
        {
            get { return _battery; }
        }

        /// <summary>The shunt settings page, once the firmware is attached.</summary>
        public ShuntSettingsPage? ShuntSettings
        {
            get { return _shunt; }
        }

        /// <summary>The actions page, once the firmware is attached.</summary>
        public ActionsPage? Actions
        {
            get { return _actions; }
        }

        /// <summary>Builds the pages that only read the monitor and the status (dashboard, history) and shows the dashboard.</summary>
        /// <param name="monitor">The battery monitor.</param>
        /// <param name="status">Links and sensor.</param>
        public void Attach(IBatteryMonitorView monitor, IDeviceStatus status)
        {
            _status = status ?? throw new System.ArgumentNullException("status");
            _pairingsSeen = status.PairingsCompleted;
            _frame = new StatusFrame(_fonts, monitor, status, ShowDashboard, ShowHistory, ShowSetup, ShowActions);
            _dashboard = new DashboardPage(_fonts, monitor);
            _history = new HistoryPage(_fonts, monitor);
            _screen.SetFrame(_frame);
            if (_screen.Page != _pairing)
            {
                ShowDashboard();
            }
        }

        /// <summary>
        /// Builds every page over the booted firmware (settings, actions, boot report) and shows the dashboard, or the
        /// boot report first when the boot found a problem.
        /// </summary>
        /// <param name="firmware">The booted firmware.</param>
        /// <param name="identity">Firmware version and serial number.</param>
        /// <param name="report">What <see cref="ShuntFirmware.Boot"/> returned.</param>
        public void AttachFirmware(ShuntFirmware firmware, FirmwareIdentity identity, BootReport report)
        {
            if (firmware == null)
            {
                throw new System.ArgumentNullException("firmware");
            }

            Attach(firmware.Monitor, new FirmwareDeviceStatus(firmware));
            _battery = new BatterySettingsPage(_fonts, firmware);
            _shunt = new ShuntSettingsPage(_fonts, firmware);
            _about = new AboutPage(_fonts, identity, report);
            _setup = new SetupMenuPage(_fonts, ShowBatterySettings, ShowShuntSettings, null, null, ShowAbout);
            _confirm = new ConfirmPage(_fonts);
            _actions = new ActionsPage(_fonts, firmware, _confirm, this);
            if (_about.HasProblems && _screen.Page != _pairing)
            {
                ShowAbout();
            }
        }

        /// <summary>Shows the home page.</summary>
        public void ShowDashboard()
        {
            Show(_dashboard, TabHome);
        }

        /// <summary>Shows the history page.</summary>
        public void ShowHistory()
        {
            Show(_history, TabHistory);
        }

        /// <summary>Shows the setup menu.</summary>
        public void ShowSetup()
        {
            Show(_setup, TabSetup);
        }

        /// <summary>Shows the actions page.</summary>
        public void ShowActions()
        {
            Show(_actions, TabActions);
        }

        /// <summary>Shows the battery settings.</summary>
        public void ShowBatterySettings()
        {
            Show(_battery, TabSetup);
        }

        /// <summary>Shows the shunt settings.</summary>
        public void ShowShuntSettings()
        {
            Show(_shunt, TabSetup);
        }

        /// <summary>Shows the boot report and versions.</summary>
        public void ShowAbout()
        {
            Show(_about, TabSetup);
        }

        /// <inheritdoc />
        public void Show(Page page)
        {
            Show(page, page == _actions ? TabActions : page == _dashboard ? TabHome : page == _history ? TabHistory : TabSetup);
        }

        /// <summary>Refreshes the shown values (at most every <see cref="RefreshIntervalMilliseconds"/>) and redraws what changed.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        public void Update(long now)
        {
            _now = now;
            UpdatePairing(now);
            if (now >= _nextRefreshAt)
            {
                _nextRefreshAt = now + RefreshIntervalMilliseconds;
                Refresh(now);
            }

            _screen.Render();
        }

        /// <summary>Refreshes every shown value now (tests and snapshots), then redraws what changed.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        public void Refresh(long now)
        {
            _now = now;
            Page? page = _screen.Page;
            if (page == null)
            {
                return;
            }

            if (!page.FullScreen && _frame != null)
            {
                _frame.Update(now);
            }

            page.Update(now);
            _screen.Render();
        }

        /// <summary>A confirmed tap at a screen point.</summary>
        /// <param name="x">Column.</param>
        /// <param name="y">Row.</param>
        /// <returns><c>true</c> when something reacted.</returns>
        public bool Tap(int x, int y)
        {
            bool used = _screen.Tap(x, y);
            if (used)
            {
                // Show the effect at once, not at the next refresh.
                Refresh(_now);
            }

            return used;
        }

        /// <inheritdoc />
        public void OnPressed(int x, int y)
        {
        }

        /// <inheritdoc />
        public void OnLongPress(int x, int y)
        {
        }

        /// <inheritdoc />
        public void OnReleased(int x, int y)
        {
        }

        /// <inheritdoc />
        public void OnTap(int x, int y)
        {
            Tap(x, y);
        }

        /// <inheritdoc />
        public void ShowPasskey(int passkey)
        {
            _pairing.SetPasskey(passkey);
            _passkeyHidden = false;
            _pairingResultUntil = long.MinValue;
            if (_screen.Page != _pairing)
            {
                _beforePairing = _screen.Page;
                _screen.Show(_pairing);
            }

            _screen.Render();
        }

        /// <inheritdoc />
        public void HidePasskey()
        {
            // The result (if pairing completed) is shown by the next Update; without one the page goes at once.
            if (_screen.Page == _pairing)
            {
                _passkeyHidden = true;
            }
        }

        private void UpdatePairing(long now)
        {
            if (_status != null && _status.PairingsCompleted != _pairingsSeen)
            {
                _pairingsSeen = _status.PairingsCompleted;
                if (_screen.Page == _pairing)
                {
                    _pairing.ShowResult(_status.LastPairingSucceeded);
                    _pairingResultUntil = now + PairingResultMilliseconds;
                }
            }

            if (_passkeyHidden && (_pairingResultUntil == long.MinValue || now >= _pairingResultUntil))
            {
                _passkeyHidden = false;
                _pairingResultUntil = long.MinValue;
                Page? back = _beforePairing ?? _dashboard;
                _beforePairing = null;
                if (back != null)
                {
                    Show(back);
                }
            }
        }

        private void Show(Page? page, int tab)
        {
            if (page == null)
            {
                return;
            }

            _screen.Show(page);
            if (_frame != null)
            {
                _frame.SetPage(page.Title, tab);
            }

            _nextRefreshAt = long.MinValue;
        }
    }
}
