using CydShunt.Firmware.Application;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// The shunt's settings: rated current and voltage drop (from its label, e.g. 500 A / 50 mV), current direction,
    /// the gain correction, and the known-load calibration (a trusted meter's reading of a steady current, then
    /// CALIBRATE: correction × reference / measured), and the zero offset (ZERO with nothing connected: the present
    /// reading becomes the offset taken off every later reading). Every change goes through
    /// <see cref="ShuntFirmware.ApplyShuntSettings"/>, which also refuses a shunt the detected chip cannot measure.
    /// </summary>
    public sealed class ShuntSettingsPage : SettingsListPage
    {
        private const int RatedCurrent = 0;
        private const int RatedMillivolts = 1;
        private const int Direction = 2;
        private const int Correction = 3;
        private const int Reference = 4;
        private const int Calibrate = 5;
        private const int ZeroCurrent = 6;

        private readonly ShuntFirmware _firmware;
        private ShuntSettings _draft = new ShuntSettings();
        private ShuntSettings _applied = new ShuntSettings();
        private readonly TextBuffer _scratch = new TextBuffer(10);
        private int _referenceMilliamps = 10000;

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="firmware">The booted firmware.</param>
        public ShuntSettingsPage(UiFonts fonts, ShuntFirmware firmware)
            : base(fonts, "Shunt")
        {
            _firmware = firmware ?? throw new System.ArgumentNullException("firmware");
        }

        /// <summary>The settings being edited (for tests).</summary>
        public ShuntSettings Draft
        {
            get { return _draft; }
        }

        /// <summary>The known load's current for the calibration, in mA.</summary>
        public int ReferenceMilliamps
        {
            get { return _referenceMilliamps; }
        }

        /// <inheritdoc />
        protected override int ItemCount
        {
            get { return 7; }
        }

        /// <inheritdoc />
        protected override bool IsModified
        {
            get
            {
                return _draft.RatedCurrentAmps != _applied.RatedCurrentAmps
                    || _draft.RatedMillivolts != _applied.RatedMillivolts
                    || _draft.InvertCurrent != _applied.InvertCurrent
                    || _draft.CorrectionPpm != _applied.CorrectionPpm;
            }
        }

        /// <inheritdoc />
        protected override string Caption(int item)
        {
            switch (item)
            {
                case RatedCurrent: return "Shunt rated current";
                case RatedMillivolts: return "Shunt rated voltage drop";
                case Direction: return "Current direction";
                case Correction: return "Gain correction";
                case Reference: return "Known load (from a trusted meter)";
                case Calibrate: return "Calibrate with the known load now";
                default: return "Zero current (no load connected)";
            }
        }

        /// <inheritdoc />
        protected override string? ActionText(int item)
        {
            return item == Calibrate ? "CALIBRATE" : item == ZeroCurrent ? "ZERO" : null;
        }

        /// <inheritdoc />
        protected override void FormatValue(int item, TextBuffer text)
        {
            switch (item)
            {
                case RatedCurrent:
                    text.Append(_draft.RatedCurrentAmps).Append(" A");
                    break;
                case RatedMillivolts:
                    text.Append(_draft.RatedMillivolts).Append(" mV");
                    break;
                case Direction:
                    text.Append(_draft.InvertCurrent ? "inverted (IN+ on the load side)" : "normal (charging reads +)");
                    break;
                case Correction:
                    int offset = _draft.CorrectionPpm - ShuntCalibration.UnityCorrectionPpm;
                    text.Append(offset >= 0 ? "+" : string.Empty).AppendScaled(offset, 4, 2).Append(" %");
                    break;
                case Reference:
                    text.AppendScaled(_referenceMilliamps, 3, 1).Append(" A, now reading ");
                    ValueText.Amperes(_scratch, _firmware.Monitor.CurrentMilliamps);
                    text.Append(_scratch).Append(" A");
                    break;
                case Calibrate:
                    text.Append("flow the known load first");
                    break;
                default:
                    // As taken off the reading (in the displayed direction), to the mA.
                    int zero = _draft.ReadingZeroOffsetMicroamps;
                    text.Append("offset ").Append(zero > 0 ? "+" : string.Empty).AppendScaled(zero, 6, 3).Append(" A");
                    break;
            }
        }

        /// <inheritdoc />
        protected override void Step(int item, int direction)
        {
            switch (item)
            {
                case RatedCurrent:
                    _draft.RatedCurrentAmps = SettingSteps.Ladder(_draft.RatedCurrentAmps, direction, 1, ShuntCalibration.MaxRatedCurrentAmps);
                    break;
                case RatedMillivolts:
                    _draft.RatedMillivolts = SettingSteps.Ladder(_draft.RatedMillivolts, direction, 1, ShuntSettings.MaxRatedMillivolts);
                    break;
                case Direction:
                    _draft.InvertCurrent = !_draft.InvertCurrent;
                    break;
                case Correction:
                    _draft.CorrectionPpm = SettingSteps.Fixed(_draft.CorrectionPpm, direction, 1000, ShuntCalibration.MinCorrectionPpm, ShuntCalibration.MaxCorrectionPpm);
                    break;
                case Reference:
                    int amps = SettingSteps.Ladder(_referenceMilliamps / 1000, direction, 1, ShuntCalibration.MaxRatedCurrentAmps);
                    _referenceMilliamps = amps * 1000;
                    break;
                case Calibrate:
                    CalibrateNow();
                    break;
                default:
                    ZeroNow();
                    break;
            }
        }

        /// <inheritdoc />
        protected override void Revert()
        {
            _applied = _firmware.ShuntSettings;
            _draft = _applied.Clone();
        }

        /// <inheritdoc />
        protected override bool Apply(TextBuffer message)
        {
            ShuntSettingsError error;
            SettingsSaveResult result = _firmware.ApplyShuntSettings(_draft.Clone(), out error);
            if (result == SettingsSaveResult.Rejected)
            {
                message.Append("Not saved: ").Append(ShuntSettingsErrorText.Describe(error));
                return false;
            }

            if (!IsStored(result))
            {
                message.Append(NotStoredText);
                return false;
            }

            Revert();
            message.Append("Saved; the sensor is reconfigured.");
            return true;
        }

        private void CalibrateNow()
        {
            CalibrationError calibrationError;
            ShuntSettingsError error;
            SettingsSaveResult result = _firmware.CalibrateToKnownLoad(_referenceMilliamps, out calibrationError, out error);
            if (calibrationError != CalibrationError.None)
            {
                ShowMessage(CalibrationErrorText(calibrationError), false);
                return;
            }

            if (result == SettingsSaveResult.Rejected)
            {
                ShowMessage(ShuntSettingsErrorText.Describe(error), false);
                return;
            }

            Revert();
            ShowMessage(IsStored(result) ? "Calibrated: the gain correction is saved." : NotStoredText, IsStored(result));
        }

        private void ZeroNow()
        {
            ShuntSettingsError error;
            SettingsSaveResult result = _firmware.ZeroCurrentNow(out error);
            if (result == SettingsSaveResult.Rejected)
            {
                ShowMessage(ShuntSettingsErrorText.Describe(error), false);
                return;
            }

            Revert();
            bool saved = IsStored(result);
            ShowMessage(saved ? "Zeroed: the offset is saved and taken off every reading." : NotStoredText, saved);
            Refresh();
        }

        private static string CalibrationErrorText(CalibrationError error)
        {
            switch (error)
            {
                case CalibrationError.MeasuredCurrentZero: return "No current is flowing: switch the known load on first.";
                case CalibrationError.ReferenceLoadTooSmall: return "The load is too small: use at least 2 % of the shunt's rating.";
                case CalibrationError.CorrectionOutOfRange: return "The reading is more than 10 % off: check the shunt's rating and wiring.";
                case CalibrationError.ReferenceSignMismatch: return "The current flows the other way: check the direction.";
                case CalibrationError.UnsupportedChip: return "No sensor was found: nothing to calibrate.";
                default: return "The shunt settings cannot be calibrated; check the rating.";
            }
        }
    }
}
