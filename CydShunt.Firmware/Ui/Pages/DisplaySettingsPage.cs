using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Ui.Backlight;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// The screen's own settings: backlight timeout (never, 1, 2, 5, 10, 30 min), brightness (10 to 100 % in steps of
    /// 10), and the way to the touch calibration. SAVE validates, persists (record kind SettingsDisplay) and then applies
    /// the draft to the backlight; a refusal or a storage failure is shown in words and changes nothing.
    /// </summary>
    public sealed class DisplaySettingsPage : SettingsListPage
    {
        /// <summary>Brightness step of the -/+ buttons, per mille.</summary>
        public const int BrightnessStepPerMille = 100;

        private const int TimeoutItem = 0;
        private const int BrightnessItem = 1;
        private const int CalibrationItem = 2;

        private readonly DisplaySettingsStore _store;
        private readonly BacklightController _backlight;
        private readonly TouchInput _input;
        private readonly System.Action _calibrateTouch;
        private readonly DisplaySettings _draft = new DisplaySettings();

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="store">Where the settings are saved.</param>
        /// <param name="backlight">Gets the settings once saved.</param>
        /// <param name="input">Says whether the panel is calibrated.</param>
        /// <param name="calibrateTouch">Opens the touch calibration page.</param>
        public DisplaySettingsPage(UiFonts fonts, DisplaySettingsStore store, BacklightController backlight, TouchInput input, System.Action calibrateTouch)
            : base(fonts, "Display")
        {
            _store = store ?? throw new System.ArgumentNullException("store");
            _backlight = backlight ?? throw new System.ArgumentNullException("backlight");
            _input = input ?? throw new System.ArgumentNullException("input");
            _calibrateTouch = calibrateTouch ?? throw new System.ArgumentNullException("calibrateTouch");
            _draft.CopyFrom(backlight.Settings);
        }

        /// <summary>The values being edited (tests).</summary>
        public DisplaySettings Draft
        {
            get { return _draft; }
        }

        /// <inheritdoc />
        protected override int ItemCount
        {
            get { return 3; }
        }

        /// <inheritdoc />
        protected override bool IsModified
        {
            get { return !_draft.SameAs(_backlight.Settings); }
        }

        /// <inheritdoc />
        protected override string Caption(int item)
        {
            switch (item)
            {
                case TimeoutItem:
                    return "Backlight dims after no touch for";
                case BrightnessItem:
                    return "Brightness";
                default:
                    return "Touch calibration";
            }
        }

        /// <inheritdoc />
        protected override void FormatValue(int item, TextBuffer text)
        {
            switch (item)
            {
                case TimeoutItem:
                    if (_draft.TimeoutMinutes == DisplaySettings.Never)
                    {
                        text.Append("never (always on)");
                    }
                    else
                    {
                        text.Append(_draft.TimeoutMinutes).Append(" min, off 30 s later");
                    }

                    break;
                case BrightnessItem:
                    text.Append(_draft.BrightnessPerMille / 10).Append(" %");
                    break;
                default:
                    text.Append(_input.Calibration.IsCalibrated ? "calibrated" : "not calibrated (defaults)");
                    break;
            }
        }

        /// <inheritdoc />
        protected override string? ActionText(int item)
        {
            return item == CalibrationItem ? "CALIBRATE" : null;
        }

        /// <inheritdoc />
        protected override void Step(int item, int direction)
        {
            if (item == TimeoutItem)
            {
                int index = DisplaySettings.IndexOfTimeout(_draft.TimeoutMinutes) + direction;
                if (index >= 0 && index < DisplaySettings.TimeoutOptionCount)
                {
                    _draft.TimeoutMinutes = DisplaySettings.TimeoutOption(index);
                }
            }
            else if (item == BrightnessItem)
            {
                int level = _draft.BrightnessPerMille + (direction * BrightnessStepPerMille);
                if (level >= DisplaySettings.MinimumBrightnessPerMille && level <= DisplaySettings.MaximumBrightnessPerMille)
                {
                    _draft.BrightnessPerMille = level;
                }
            }
            else if (item == CalibrationItem && direction == 0)
            {
                _calibrateTouch();
            }
        }

        /// <inheritdoc />
        protected override void Revert()
        {
            _draft.CopyFrom(_backlight.Settings);
        }

        /// <inheritdoc />
        protected override bool Apply(TextBuffer message)
        {
            DisplaySettingsError error;
            SettingsSaveResult result = _store.Save(_draft, out error);
            if (result == SettingsSaveResult.Saved || result == SettingsSaveResult.Unchanged)
            {
                DisplaySettings applied = new DisplaySettings();
                applied.CopyFrom(_draft);
                _backlight.Settings = applied;
                message.Append("Saved.");
                return true;
            }

            if (result == SettingsSaveResult.Rejected)
            {
                message.Append("Not saved: ").Append(DisplaySettingsErrorText.Describe(error)).Append('.');
            }
            else
            {
                message.Append("Not saved: the settings storage failed; nothing changed.");
            }

            return false;
        }
    }
}
