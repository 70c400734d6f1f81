using CydShunt.Firmware.Application;
using CydShunt.Firmware.Display;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Ui.Pages;

namespace CydShunt.Firmware.Ui
{
    /// <summary>
    /// The device's screen: keeps the shown page up to date from the battery monitor, routes taps, and shows the
    /// pairing passkey over everything (it is the firmware's <see cref="IPasskeyDisplay"/>), then the pairing's result.
    /// Only the status frame and the shown page exist: a page is built when it is shown and left to the collector when
    /// another replaces it, because every widget is heap on the device (measured on the interpreter: all pages at once
    /// would take several times the screen's budget). Called from the main loop only: <see cref="Update"/> after each
    /// firmware tick, taps through <see cref="ITouchListener"/>.
    /// </summary>
    public sealed partial class ShuntUserInterface : IPasskeyDisplay, ITouchListener, IPageNavigator
    {
        /// <summary>
        /// Pixels of the band buffer: 4 screen rows, 2,560 bytes. A region is one display window whatever the band size,
        /// so a smaller band costs no SPI bytes, only more drawing passes.
        /// </summary>
        public const int BandPixels = 320 * 4;

        /// <summary>How often shown values are refreshed: the monitor samples once a second.</summary>
        public const int RefreshIntervalMilliseconds = 500;

        /// <summary>How long the pairing result stays on the screen.</summary>
        public const int PairingResultMilliseconds = 3000;

        /// <summary>Page: the dashboard (HOME tab).</summary>
        public const int DashboardPageId = 0;

        /// <summary>Page: the history (HISTORY tab).</summary>
        public const int HistoryPageId = 1;

        /// <summary>Page: the setup menu (SETUP tab).</summary>
        public const int SetupPageId = 2;

        /// <summary>Page: the actions (ACTIONS tab).</summary>
        public const int ActionsPageId = 3;

        /// <summary>Page: battery settings.</summary>
        public const int BatteryPageId = 4;

        /// <summary>Page: shunt settings.</summary>
        public const int ShuntPageId = 5;

        /// <summary>Page: integration settings.</summary>
        public const int IntegrationPageId = 6;

        /// <summary>Page: boot report and versions.</summary>
        public const int AboutPageId = 7;

        /// <summary>Page: backlight and touch settings.</summary>
        public const int DisplayPageId = 8;

        private const int NoPage = -1;
        private const int OverlayPage = -2;

        private readonly Screen _screen;
        private readonly UiFonts _fonts;
        private IBatteryMonitorView? _monitor;
        private IDeviceStatus? _status;
        private ShuntFirmware? _firmware;
        private FirmwareIdentity? _identity;
        private BootReport? _report;
        private StatusFrame? _frame;
        private Page? _page;
        private int _pageId = NoPage;
        private PairingPage? _pairing;
        private Page? _beforePairing;
        private int _beforePairingId = NoPage;
        private KeyboardPage? _keyboard;
        private Page? _beforeKeyboard;
        private int _beforeKeyboardId = NoPage;
        private bool _passkeyHidden;
        private int _pairingsSeen;
        private long _pairingResultUntil = long.MinValue;
        private long _now;
        private long _nextRefreshAt = long.MinValue;
        private int _beforeOverlayId = NoPage;

        /// <summary>Creates the screen; the pages come with <see cref="Attach"/> or <see cref="AttachFirmware"/>.</summary>
        /// <param name="display">The display, initialised.</param>
        /// <param name="fonts">The fonts.</param>
        public ShuntUserInterface(IDisplay display, UiFonts fonts)
        {
            _screen = new Screen(display, BandPixels);
            _fonts = fonts ?? throw new System.ArgumentNullException("fonts");
        }

        /// <summary>The screen (the shown page).</summary>
        public Screen Screen
        {
            get { return _screen; }
        }

        /// <summary>The shown page's id (<see cref="DashboardPageId"/> ...), or -2 for a dialog, keyboard or passkey.</summary>
        public int PageId
        {
            get { return _pageId; }
        }

        /// <summary>The passkey page while a central pairs, else <c>null</c>.</summary>
        public PairingPage? Pairing
        {
            get { return _pairing; }
        }

        /// <summary>The battery settings page while it is shown (for tests).</summary>
        public BatterySettingsPage? BatterySettings
        {
            get { return _page as BatterySettingsPage; }
        }

        /// <summary>The shunt settings page while it is shown (for tests).</summary>
        public ShuntSettingsPage? ShuntSettings
        {
            get { return _page as ShuntSettingsPage; }
        }

        /// <summary>The integration settings page while it is shown, or under the keyboard (for tests).</summary>
        public IntegrationSettingsPage? IntegrationSettings
        {
            get { return (_page as IntegrationSettingsPage) ?? (_beforeKeyboard as IntegrationSettingsPage); }
        }

        /// <summary>The actions page while it is shown (for tests).</summary>
        public ActionsPage? Actions
        {
            get { return _page as ActionsPage; }
        }

        /// <summary>The keyboard while it is open (for tests).</summary>
        public KeyboardPage? Keyboard
        {
            get { return _keyboard; }
        }

        /// <summary>Sets up the pages that only read the monitor and the status (dashboard, history) and shows the dashboard.</summary>
        /// <param name="monitor">The battery monitor.</param>
        /// <param name="status">Links and sensor.</param>
        public void Attach(IBatteryMonitorView monitor, IDeviceStatus status)
        {
            _monitor = monitor ?? throw new System.ArgumentNullException("monitor");
            _status = status ?? throw new System.ArgumentNullException("status");
            _pairingsSeen = status.PairingsCompleted;
            _alarmSource = monitor;
            _frame = new StatusFrame(_fonts, monitor, status, ShowDashboard, ShowHistory, ShowSetup, ShowActions);
            _screen.SetFrame(_frame);
            if (_pairing == null)
            {
                ShowDashboard();
            }
        }

        /// <summary>
        /// Sets up every page over the booted firmware (settings, actions, boot report) and shows the dashboard, or the
        /// boot report first when the boot found a problem.
        /// </summary>
        /// <param name="firmware">The booted firmware.</param>
        /// <param name="identity">Firmware version and serial number.</param>
        /// <param name="report">What <see cref="ShuntFirmware.Boot"/> returned.</param>
        public void AttachFirmware(ShuntFirmware firmware, FirmwareIdentity identity, BootReport report)
        {
            _firmware = firmware ?? throw new System.ArgumentNullException("firmware");
            _identity = identity ?? throw new System.ArgumentNullException("identity");
            _report = report ?? throw new System.ArgumentNullException("report");
            Attach(firmware.Monitor, new FirmwareDeviceStatus(firmware));
            if (AboutPage.FindsProblems(report) && _pairing == null)
            {
                ShowAbout();
            }
        }

        /// <summary>Shows the home page.</summary>
        public void ShowDashboard()
        {
            Show(DashboardPageId);
        }

        /// <summary>Shows the history page.</summary>
        public void ShowHistory()
        {
            Show(HistoryPageId);
        }

        /// <summary>Shows the setup menu.</summary>
        public void ShowSetup()
        {
            Show(SetupPageId);
        }

        /// <summary>Shows the actions page.</summary>
        public void ShowActions()
        {
            Show(ActionsPageId);
        }

        /// <summary>Shows the battery settings.</summary>
        public void ShowBatterySettings()
        {
            Show(BatteryPageId);
        }

        /// <summary>Shows the shunt settings.</summary>
        public void ShowShuntSettings()
        {
            Show(ShuntPageId);
        }

        /// <summary>Shows the integration settings.</summary>
        public void ShowIntegrationSettings()
        {
            Show(IntegrationPageId);
        }

        /// <summary>Shows the boot report and versions.</summary>
        public void ShowAbout()
        {
            Show(AboutPageId);
        }

        /// <summary>Shows a page by id, building it (the one shown before is dropped).</summary>
        /// <param name="pageId">One of the page-id constants.</param>
        public void Show(int pageId)
        {
            if (pageId == _pageId)
            {
                return;
            }

            Page? page = Build(pageId);
            if (page == null)
            {
                return;
            }

            ShowPage(page, pageId);
        }

        /// <inheritdoc />
        public void Show(Page page)
        {
            // A page handing over to another page object (a confirmation and back): the tab stays.
            ShowPage(page, page.FullScreen ? OverlayPage : _pageId == OverlayPage ? _beforeOverlayId : _pageId);
        }

        /// <summary>Opens the on-screen keyboard over the shown page; it comes back when the keyboard closes.</summary>
        /// <param name="title">What is edited.</param>
        /// <param name="text">The text to start from.</param>
        /// <param name="maximumBytes">Longest text in UTF-8 bytes.</param>
        /// <param name="client">Checks the text and takes it after OK.</param>
        public void ShowKeyboard(string title, string text, int maximumBytes, ITextEntryClient client)
        {
            if (_keyboard == null)
            {
                _keyboard = new KeyboardPage(_fonts, CloseKeyboard);
                _beforeKeyboard = _page;
                _beforeKeyboardId = _pageId;
            }

            _keyboard.Begin(title, text, maximumBytes, client);
            if (_screen.Page != _keyboard)
            {
                _screen.Show(_keyboard);
                _pageId = OverlayPage;
            }
        }

        /// <summary>Refreshes the shown values (at most every <see cref="RefreshIntervalMilliseconds"/>) and redraws what changed.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        public void Update(long now)
        {
            _now = now;
            UpdateBacklight(now);
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
        public void ShowPasskey(int passkey)
        {
            if (_pairing == null)
            {
                _pairing = new PairingPage(_fonts);
                _beforePairing = _screen.Page;
                _beforePairingId = _pageId;
            }

            _pairing.SetPasskey(passkey);
            WakeBacklight();
            _passkeyHidden = false;
            _pairingResultUntil = long.MinValue;
            if (_screen.Page != _pairing)
            {
                _screen.Show(_pairing);
                _pageId = OverlayPage;
            }

            _screen.Render();
        }

        /// <inheritdoc />
        public void HidePasskey()
        {
            // The result (if pairing completed) is shown by the next Update; without one the page goes at once.
            if (_pairing != null)
            {
                _passkeyHidden = true;
            }
        }

        private Page? Build(int pageId)
        {
            UiFonts f = _fonts;
            switch (pageId)
            {
                case DashboardPageId:
                    return _monitor == null ? null : new DashboardPage(f, _monitor);
                case HistoryPageId:
                    return _monitor == null ? null : new HistoryPage(f, _monitor);
                case SetupPageId:
                    return _firmware == null ? null : new SetupMenuPage(f, ShowBatterySettings, ShowShuntSettings, ShowIntegrationSettings, _backlight == null ? null : (System.Action)ShowDisplaySettings, ShowAbout);
                case ActionsPageId:
                    return _firmware == null ? null : new ActionsPage(f, _firmware, this);
                case BatteryPageId:
                    return _firmware == null ? null : new BatterySettingsPage(f, _firmware);
                case ShuntPageId:
                    return _firmware == null ? null : new ShuntSettingsPage(f, _firmware);
                case IntegrationPageId:
                    return _firmware == null ? null : new IntegrationSettingsPage(f, _firmware, ShowKeyboard);
                case AboutPageId:
                    return _firmware == null ? null : new AboutPage(f, _identity!, _report!);
                case DisplayPageId:
                    return BuildDisplaySettings();
                default:
                    return null;
            }
        }

        private void ShowPage(Page page, int pageId)
        {
            if (pageId == OverlayPage && _pageId != OverlayPage)
            {
                _beforeOverlayId = _pageId;
            }

            if (page != _calibrationPage)
            {
                _calibrationPage = null; // left without finishing (another page was chosen): the walk is over
            }

            _page = page;
            _pageId = pageId;
            _screen.Show(page);
            if (_frame != null && !page.FullScreen)
            {
                _frame.SetPage(page.Title, TabOf(pageId));
            }

            _nextRefreshAt = long.MinValue;
        }

        private static int TabOf(int pageId)
        {
            return pageId == DashboardPageId ? 0 : pageId == HistoryPageId ? 1 : pageId == ActionsPageId ? 3 : 2;
        }

        private void UpdatePairing(long now)
        {
            if (_status != null && _status.PairingsCompleted != _pairingsSeen)
            {
                _pairingsSeen = _status.PairingsCompleted;
                if (_pairing != null)
                {
                    _pairing.ShowResult(_status.LastPairingSucceeded);
                    _pairingResultUntil = now + PairingResultMilliseconds;
                }
            }

            if (_pairing != null && _passkeyHidden && (_pairingResultUntil == long.MinValue || now >= _pairingResultUntil))
            {
                Page? back = _beforePairing;
                int backId = _beforePairingId;
                _pairing = null;
                _beforePairing = null;
                _passkeyHidden = false;
                _pairingResultUntil = long.MinValue;
                if (back != null)
                {
                    ShowPage(back, backId);
                }
                else
                {
                    _pageId = NoPage;
                    ShowDashboard();
                }
            }
        }

        private void CloseKeyboard()
        {
            Page? back = _beforeKeyboard;
            int backId = _beforeKeyboardId;
            _keyboard = null;
            _beforeKeyboard = null;
            if (back != null)
            {
                ShowPage(back, backId);
            }
            else
            {
                _pageId = NoPage;
                ShowDashboard();
            }
        }
    }
}
