using CydShunt.Firmware.Display;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Ui.Pages;

namespace CydShunt.Firmware.Ui
{
    /// <summary>
    /// The device's screen: builds the pages once, keeps the shown one up to date from the battery monitor, routes taps
    /// and shows the pairing passkey over everything (it is the firmware's <see cref="IPasskeyDisplay"/>). Called from
    /// the main loop only: <see cref="Update"/> after each firmware tick, <see cref="Tap"/> for each touch. Touch,
    /// backlight and the display pages are in ShuntUserInterface.Touch.cs.
    /// </summary>
    public sealed partial class ShuntUserInterface : IPasskeyDisplay, ITouchListener
    {
        /// <summary>
        /// Pixels of the band buffer: 4 screen rows, 2,560 bytes. A region is one display window whatever the band size,
        /// so a smaller band costs no SPI bytes, only more drawing passes; with the fonts it keeps the screen's arrays at
        /// 6.2 KB, inside the 8 KB docs/nanoframework-notes.md budgets for it.
        /// </summary>
        public const int BandPixels = 320 * 4;

        /// <summary>How often shown values are refreshed: the monitor samples once a second.</summary>
        public const int RefreshIntervalMilliseconds = 500;

        private readonly Screen _screen;
        private readonly UiFonts _fonts;
        private readonly PairingPage _pairing;
        private StatusFrame? _frame;
        private DashboardPage? _dashboard;
        private HistoryPage? _history;
        private Page? _beforePairing;
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

        /// <summary>Builds the pages over the booted firmware's monitor and status and shows the dashboard.</summary>
        /// <param name="monitor">The battery monitor.</param>
        /// <param name="status">Links and sensor.</param>
        public void Attach(IBatteryMonitorView monitor, IDeviceStatus status)
        {
            _frame = new StatusFrame(_fonts, monitor, status, ShowDashboard, ShowHistory, ShowDashboard, ShowDashboard);
            _dashboard = new DashboardPage(_fonts, monitor);
            _history = new HistoryPage(_fonts, monitor);
            _alarmSource = monitor;
            _screen.SetFrame(_frame);
            if (_screen.Page != _pairing)
            {
                ShowDashboard();
            }
        }

        /// <summary>Shows the home page.</summary>
        public void ShowDashboard()
        {
            Show(_dashboard, 0);
        }

        /// <summary>Shows the history page.</summary>
        public void ShowHistory()
        {
            Show(_history, 1);
        }

        /// <summary>Refreshes the shown values (at most every <see cref="RefreshIntervalMilliseconds"/>) and redraws what changed.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        public void Update(long now)
        {
            UpdateBacklight(now);
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
            return _screen.Tap(x, y);
        }

        /// <inheritdoc />
        public void ShowPasskey(int passkey)
        {
            _pairing.SetPasskey(passkey);
            WakeBacklight();
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
            if (_screen.Page == _pairing)
            {
                Page? back = _beforePairing ?? _dashboard;
                if (back != null)
                {
                    _screen.Show(back);
                }
            }

            _beforePairing = null;
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
