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
    /// and shows the pairing passkey over everything (it is the firmware's <see cref="IPasskeyDisplay"/>). Called from
    /// the main loop only: <see cref="Update"/> after each firmware tick, <see cref="Tap"/> for each touch.
    /// </summary>
    public sealed class ShuntUserInterface : IPasskeyDisplay, ITouchListener
    {
        /// <summary>
        /// Pixels of the band buffer: 4 screen rows, 2,560 bytes. A region is one display window whatever the band size,
        /// so a smaller band costs no SPI bytes, only more drawing passes; with the fonts it keeps the screen's arrays at
        /// 6.2 KB, inside the 8 KB docs/nanoframework-notes.md budgets for it.
        /// </summary>
        public const int BandPixels = 320 * 4;

        /// <summary>How often shown values are refreshed: the monitor samples once a second.</summary>
        public const int RefreshIntervalMilliseconds = 500;

        // Tab-bar index of SETUP (HOME 0, HISTORY 1, SETUP 2, ACTIONS 3).
        private const int SetupTab = 2;

        private readonly Screen _screen;
        private readonly UiFonts _fonts;
        private readonly PairingPage _pairing;
        private StatusFrame? _frame;
        private DashboardPage? _dashboard;
        private HistoryPage? _history;
        private Page? _beforePairing;
        private IntegrationSettingsPage? _integration;
        private KeyboardPage? _keyboard;
        private Page? _beforeKeyboard;
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

        /// <summary>Shows the Integration settings (built on first use over <paramref name="firmware"/>).</summary>
        /// <param name="firmware">The booted firmware whose settings the page edits.</param>
        public void ShowIntegrationSettings(ShuntFirmware firmware)
        {
            if (_integration == null)
            {
                _integration = new IntegrationSettingsPage(_fonts, firmware, ShowKeyboard);
            }

            Show(_integration, SetupTab);
        }

        /// <summary>Opens the on-screen keyboard over the shown page; it comes back when the keyboard closes.</summary>
        /// <param name="title">What is edited.</param>
        /// <param name="text">The text to start from.</param>
        /// <param name="maximumBytes">Longest text in UTF-8 bytes.</param>
        /// <param name="validate"><c>null</c> when a text is acceptable, else the refusal in words.</param>
        /// <param name="accepted">Gets the text after OK.</param>
        public void ShowKeyboard(string title, string text, int maximumBytes, System.Func<string, string?> validate, System.Action<string> accepted)
        {
            if (_keyboard == null)
            {
                _keyboard = new KeyboardPage(_fonts, CloseKeyboard);
            }

            if (_screen.Page != _keyboard)
            {
                _beforeKeyboard = _screen.Page;
            }

            _keyboard.Begin(title, text, maximumBytes, validate, accepted);
            _screen.Show(_keyboard);
        }

        /// <summary>Refreshes the shown values (at most every <see cref="RefreshIntervalMilliseconds"/>) and redraws what changed.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        public void Update(long now)
        {
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

        private void CloseKeyboard()
        {
            Page? back = _beforeKeyboard ?? _dashboard;
            _beforeKeyboard = null;
            if (back != null && _screen.Page == _keyboard)
            {
                // The frame still shows the opener's title and tab: a full-screen page does not change them.
                _screen.Show(back);
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
