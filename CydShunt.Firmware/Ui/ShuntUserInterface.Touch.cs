using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Ui.Backlight;
using CydShunt.Firmware.Ui.Pages;

namespace CydShunt.Firmware.Ui
{
    /// <summary>
    /// Touch, backlight and the display pages: the user interface as the <see cref="ITouchListener"/>, the backlight
    /// timeout with wake on touch, pairing or a new alarm, the touch calibration page and the display settings page.
    /// </summary>
    public sealed partial class ShuntUserInterface
    {
        /// <summary>Setup tab index in the status frame's tab bar (HOME 0, HISTORY 1, SETUP 2, ACTIONS 3).</summary>
        private TouchInput? _touch;
        private BacklightController? _backlight;
        private TouchCalibrationStore? _calibrationStore;
        private DisplaySettingsStore? _displayStore;
        private TouchCalibrationPage? _calibrationPage;
        private Page? _afterCalibration;
        private int _afterCalibrationId = NoPage;
        private IBatteryMonitorView? _alarmSource;
        private int _alarmsSeen;
        private bool _pressOnlyWakes;
        private bool _pressTakenByCalibration;

        /// <summary>The backlight timeout (after <see cref="AttachTouch"/>).</summary>
        public BacklightController? Backlight
        {
            get { return _backlight; }
        }

        /// <summary>The touch calibration page (after <see cref="AttachTouch"/>).</summary>
        public TouchCalibrationPage? CalibrationPage
        {
            get { return _calibrationPage; }
        }

        /// <summary>The display settings page (after <see cref="AttachTouch"/>).</summary>
        public DisplaySettingsPage? DisplayPage
        {
            get { return _page as DisplaySettingsPage; }
        }

        /// <summary>
        /// Connects the touch panel and the backlight: builds the calibration and display settings pages, loads the display
        /// settings (defaults when none are usable) and starts the backlight timeout. When the panel is not calibrated
        /// the calibration page is shown at once (the user can cancel it).
        /// </summary>
        /// <param name="input">The touch input whose listener is this user interface.</param>
        /// <param name="calibrationStore">Where the touch calibration is saved.</param>
        /// <param name="displayStore">Where the display settings are saved.</param>
        /// <param name="backlight">The backlight's PWM output (the one the display driver was given).</param>
        public void AttachTouch(TouchInput input, TouchCalibrationStore calibrationStore, DisplaySettingsStore displayStore, IPwmOutput backlight)
        {
            _touch = input ?? throw new System.ArgumentNullException("input");
            if (calibrationStore == null || displayStore == null || backlight == null)
            {
                throw new System.ArgumentNullException(calibrationStore == null ? "calibrationStore" : displayStore == null ? "displayStore" : "backlight");
            }

            Storage.RecordLoadResult loaded;
            _backlight = new BacklightController(backlight, displayStore.Load(out loaded));
            _calibrationStore = calibrationStore;
            _displayStore = displayStore;
            if (!input.Calibration.IsCalibrated && _pairing == null)
            {
                ShowTouchCalibration();
            }
        }

        /// <summary>Shows the touch calibration page; it returns to the page shown now when done or cancelled.</summary>
        public void ShowTouchCalibration()
        {
            if (_touch == null || _calibrationStore == null || _calibrationPage != null)
            {
                return;
            }

            // Built for the walk and dropped after it, like every page but the frame.
            _calibrationPage = new TouchCalibrationPage(_fonts, _touch, _calibrationStore, CloseTouchCalibration);
            _afterCalibration = _page;
            _afterCalibrationId = _pageId;
            _pressTakenByCalibration = false;
            _screen.Show(_calibrationPage);
            _pageId = OverlayPage;
            _nextRefreshAt = long.MinValue;
        }

        /// <summary>Shows the display settings page (setup tab).</summary>
        public void ShowDisplaySettings()
        {
            Show(DisplayPageId);
        }

        /// <inheritdoc />
        public void OnPressed(int x, int y)
        {
            _pressOnlyWakes = false;
            _pressTakenByCalibration = false;
            if (_backlight != null && !_backlight.IsOn)
            {
                // A dark or dimmed screen: the user cannot see what is under the finger, so this press only wakes.
                _backlight.Wake();
                if (_touch != null)
                {
                    _touch.SuppressCurrentPress();
                }

                _pressOnlyWakes = true;
                return;
            }

            if (_calibrationPage != null && _screen.Page == _calibrationPage)
            {
                _pressTakenByCalibration = _calibrationPage.OnPressed();
            }
        }

        /// <inheritdoc />
        public void OnLongPress(int x, int y)
        {
        }

        /// <inheritdoc />
        public void OnReleased(int x, int y)
        {
            if (!_pressOnlyWakes && _calibrationPage != null && _screen.Page == _calibrationPage)
            {
                _calibrationPage.OnReleased();
            }
        }

        /// <inheritdoc />
        public void OnTap(int x, int y)
        {
            bool swallow = _pressOnlyWakes || _pressTakenByCalibration;
            _pressOnlyWakes = false;
            _pressTakenByCalibration = false;
            if (!swallow)
            {
                Tap(x, y);
            }
        }

        private void CloseTouchCalibration()
        {
            Page? back = _afterCalibration;
            int backId = _afterCalibrationId;
            _calibrationPage = null;
            _afterCalibration = null;
            if (back != null && backId != OverlayPage && backId != NoPage)
            {
                ShowPage(back, backId);
            }
            else
            {
                _pageId = NoPage;
                ShowDashboard();
            }
        }

        private Page? BuildDisplaySettings()
        {
            if (_displayStore == null || _backlight == null || _touch == null)
            {
                return null;
            }

            return new DisplaySettingsPage(_fonts, _displayStore, _backlight, _touch, ShowTouchCalibration);
        }

        private void UpdateBacklight(long now)
        {
            if (_backlight == null)
            {
                return;
            }

            if (_alarmSource != null)
            {
                int alarms = (int)_alarmSource.ActiveAlarms;
                if ((alarms & ~_alarmsSeen) != 0)
                {
                    _backlight.Wake(); // a new alarm: show it
                }

                _alarmsSeen = alarms;
            }

            _backlight.Update(now, _touch != null ? _touch.LastTouchMilliseconds : 0);
        }

        private void WakeBacklight()
        {
            if (_backlight != null)
            {
                _backlight.Wake();
            }
        }
    }
}
