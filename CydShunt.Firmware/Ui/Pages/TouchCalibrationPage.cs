using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Ui.Pages
{
    /// <summary>
    /// Three-point touch calibration (full screen). It shows a cross at each <see cref="TouchCalibration.TargetX"/>,
    /// <see cref="TouchCalibration.TargetY"/> in turn and takes the raw reading of each press
    /// (<see cref="TouchInput.PressRawX"/>, <see cref="TouchInput.PressRawY"/>, the mean of the confirming samples) when
    /// the finger lifts; screen coordinates play no part, so it works on an uncalibrated or badly calibrated panel. After
    /// three points it computes the calibration; a refusal is shown in words and the walk starts again, nothing saved.
    /// A good one is saved, put into use, and checked with a fourth cross in the centre: the page shows how far the new
    /// calibration maps that touch from it, then offers OK and REDO (ordinary buttons: the new calibration is in force).
    /// <para>
    /// Escape without aiming: holding any point for <see cref="CancelHoldMilliseconds"/>, or
    /// <see cref="IdleCancelMilliseconds"/> without a touch, closes the page with the calibration as it is.
    /// </para>
    /// The user interface feeds it presses (<see cref="OnPressed"/>, <see cref="OnReleased"/>) instead of taps.
    /// </summary>
    public sealed class TouchCalibrationPage : Page
    {
        /// <summary>A press held this long, anywhere, cancels (longer than any careful touch of a target).</summary>
        public const int CancelHoldMilliseconds = 3000;

        /// <summary>This long without a touch closes the page (e.g. offered at boot to someone who walked away).</summary>
        public const int IdleCancelMilliseconds = 30000;

        /// <summary>A check further off than this (either axis, pixels) is shown as a warning with a hint to redo.</summary>
        public const int CheckWarningPixels = 8;

        private const int CheckX = TouchCalibration.ScreenWidth / 2;
        private const int CheckY = TouchCalibration.ScreenHeight / 2;
        private const int TextCells = 51;
        private const int TextLeft = 7;

        private readonly TouchInput _input;
        private readonly TouchCalibrationStore _store;
        private readonly System.Action _close;
        private readonly Crosshair[] _targets = new Crosshair[TouchCalibration.PointCount];
        private readonly Crosshair _check;
        private readonly TextField _instruction;
        private readonly TextField _hint;
        private readonly TextField _message;
        private readonly TextField _messageMore;
        private readonly Button _redo;
        private readonly Button _ok;
        private readonly TextBuffer _text = new TextBuffer(2 * TextCells);
        private readonly TouchCalibrationPoint?[] _points = new TouchCalibrationPoint?[TouchCalibration.PointCount];
        private TouchCalibration? _result;
        private long _shownAt;
        private bool _pressed;
        private long _pressedAt;
        private int _pressRawX;
        private int _pressRawY;

        /// <summary>Builds the page.</summary>
        /// <param name="fonts">The fonts.</param>
        /// <param name="input">The touch input: raw readings come from here and the new calibration goes here.</param>
        /// <param name="store">Where a new calibration is saved.</param>
        /// <param name="close">Called when the user is done (OK) or cancels.</param>
        public TouchCalibrationPage(UiFonts fonts, TouchInput input, TouchCalibrationStore store, System.Action close)
            : base(12, true)
        {
            _input = input ?? throw new System.ArgumentNullException("input");
            _store = store ?? throw new System.ArgumentNullException("store");
            _close = close ?? throw new System.ArgumentNullException("close");
            Add(new Label(85, 44, 15, fonts.Large, 1, "CALIBRATE TOUCH", Theme.Accent));
            _instruction = new TextField(TextLeft, 72, TextCells, fonts.Small, 1, TextAlignment.Center, Theme.Text, Theme.Background);
            Add(_instruction);
            _hint = new TextField(TextLeft, 88, TextCells, fonts.Small, 1, TextAlignment.Center, Theme.TextDim, Theme.Background);
            Add(_hint);
            _message = new TextField(TextLeft, 144, TextCells, fonts.Small, 1, TextAlignment.Center, Theme.Good, Theme.Background);
            Add(_message);
            _messageMore = new TextField(TextLeft, 158, TextCells, fonts.Small, 1, TextAlignment.Center, Theme.Good, Theme.Background);
            Add(_messageMore);
            for (int i = 0; i < TouchCalibration.PointCount; i++)
            {
                _targets[i] = new Crosshair(TouchCalibration.TargetX(i), TouchCalibration.TargetY(i), Theme.Text);
                Add(_targets[i]);
            }

            _check = new Crosshair(CheckX, CheckY, Theme.Accent);
            Add(_check);
            _redo = new Button(20, 184, 120, 40, fonts.Large, 1, "REDO", Restart);
            Add(_redo);
            _ok = new Button(180, 184, 120, 40, fonts.Large, 1, "OK", Finish);
            Add(_ok);
        }

        /// <inheritdoc />
        public override string Title
        {
            get { return "Touch calibration"; }
        }

        /// <summary>Where the walk stands.</summary>
        public TouchCalibrationStep Step { get; private set; }

        /// <summary>The target being asked for (0..2) during <see cref="TouchCalibrationStep.Target"/>.</summary>
        public int TargetIndex { get; private set; }

        /// <summary>Why the last attempt was refused (<see cref="TouchCalibrationError.None"/> when none was).</summary>
        public TouchCalibrationError LastError { get; private set; }

        /// <summary>How the last save went (meaningful from <see cref="TouchCalibrationStep.Check"/> on).</summary>
        public SettingsSaveResult LastSave { get; private set; }

        /// <summary>The calibration made on this visit, or <c>null</c>.</summary>
        public TouchCalibration? Result
        {
            get { return _result; }
        }

        /// <summary>Where the new calibration put the check touch, x minus the cross's x, in pixels.</summary>
        public int CheckErrorX { get; private set; }

        /// <summary>Where the new calibration put the check touch, y minus the cross's y, in pixels.</summary>
        public int CheckErrorY { get; private set; }

        /// <summary>The instruction line (tests).</summary>
        public TextField Instruction
        {
            get { return _instruction; }
        }

        /// <summary>The message's first line: result or refusal (tests).</summary>
        public TextField Message
        {
            get { return _message; }
        }

        /// <summary>The message's second line (tests).</summary>
        public TextField MessageContinued
        {
            get { return _messageMore; }
        }

        /// <summary>Whether presses are taken as calibration touches (and their taps must not reach any control).</summary>
        public bool CollectsTouches
        {
            get { return Step != TouchCalibrationStep.Result; }
        }

        /// <inheritdoc />
        public override void OnShown()
        {
            _shownAt = long.MinValue;
            _pressed = false;
            _result = null;
            LastSave = SettingsSaveResult.Unchanged;
            ClearMessage();
            Restart();
        }

        /// <summary>A press was confirmed: remembers its raw point (the page uses it when the finger lifts).</summary>
        /// <returns><c>true</c> when the press is a calibration touch, whose tap must go nowhere else.</returns>
        public bool OnPressed()
        {
            _pressed = true;
            _pressedAt = _input.LastTouchMilliseconds;
            _pressRawX = _input.PressRawX;
            _pressRawY = _input.PressRawY;
            return CollectsTouches;
        }

        /// <summary>The finger lifted: the press counts for the target or check shown.</summary>
        public void OnReleased()
        {
            if (!_pressed)
            {
                return;
            }

            _pressed = false;
            if (Step == TouchCalibrationStep.Target)
            {
                TakeTarget();
            }
            else if (Step == TouchCalibrationStep.Check)
            {
                TakeCheck();
            }
        }

        /// <inheritdoc />
        public override void Update(long now)
        {
            if (_shownAt == long.MinValue)
            {
                _shownAt = now;
            }

            if (_pressed)
            {
                if (now - _pressedAt >= CancelHoldMilliseconds)
                {
                    _pressed = false; // the release that follows belongs to no target
                    _close();
                }

                return;
            }

            long last = _input.LastTouchMilliseconds > _shownAt ? _input.LastTouchMilliseconds : _shownAt;
            if (now - last >= IdleCancelMilliseconds)
            {
                _close();
            }
        }

        /// <summary>Starts over at the first target (the REDO button; a refused attempt).</summary>
        public void Restart()
        {
            for (int i = 0; i < TouchCalibration.PointCount; i++)
            {
                _points[i] = null;
            }

            ShowTarget(0);
        }

        private void ShowTarget(int index)
        {
            Step = TouchCalibrationStep.Target;
            TargetIndex = index;
            for (int i = 0; i < TouchCalibration.PointCount; i++)
            {
                _targets[i].Visible = i == index;
            }

            _check.Visible = false;
            _redo.Visible = false;
            _ok.Visible = false;
            _instruction.SetText(_text.Clear().Append("Touch the centre of the cross ").Append(index + 1).Append('/').Append(TouchCalibration.PointCount));
            _hint.SetText("Hold anywhere for 3 s to cancel.");
        }

        private void TakeTarget()
        {
            int index = TargetIndex;
            _points[index] = new TouchCalibrationPoint(TouchCalibration.TargetX(index), TouchCalibration.TargetY(index), _pressRawX, _pressRawY);
            if (index + 1 < TouchCalibration.PointCount)
            {
                if (index == 0)
                {
                    ClearMessage();
                }

                ShowTarget(index + 1);
                return;
            }

            TouchCalibration? calibration = null;
            TouchCalibrationError error = TouchCalibrationError.RawPointsCollinear;
            TouchCalibrationPoint? p0 = _points[0];
            TouchCalibrationPoint? p1 = _points[1];
            TouchCalibrationPoint? p2 = _points[2];
            bool created = p0 != null && p1 != null && p2 != null && TouchCalibration.TryCreate(p0, p1, p2, out calibration, out error);
            if (!created || calibration == null)
            {
                LastError = error;
                ShowMessage(_text.Clear().Append("Not calibrated: ").Append(TouchCalibrationErrorText.Describe(error)), false);
                Restart();
                return;
            }

            LastError = TouchCalibrationError.None;
            _result = calibration;
            _input.Calibration = calibration;
            TouchCalibrationError saveError;
            LastSave = _store.Save(calibration, out saveError);
            if (LastSave == SettingsSaveResult.Saved || LastSave == SettingsSaveResult.Unchanged)
            {
                ShowMessage(_text.Clear().Append("Calibrated and saved."), true);
            }
            else
            {
                ShowMessage(_text.Clear().Append("Calibrated, but not saved: the settings storage failed."), false);
            }

            Step = TouchCalibrationStep.Check;
            _targets[TouchCalibration.PointCount - 1].Visible = false;
            _check.Visible = true;
            _instruction.SetText("Check: touch the centre of the blue cross");
        }

        private void TakeCheck()
        {
            TouchCalibration? calibration = _result;
            if (calibration == null)
            {
                return;
            }

            CheckErrorX = calibration.MapX(_pressRawX, _pressRawY) - CheckX;
            CheckErrorY = calibration.MapY(_pressRawX, _pressRawY) - CheckY;
            Step = TouchCalibrationStep.Result;
            _check.Visible = false;
            _redo.Visible = true;
            _ok.Visible = true;
            bool saved = LastSave == SettingsSaveResult.Saved || LastSave == SettingsSaveResult.Unchanged;
            _instruction.SetText(saved ? "Calibration saved and in use." : "Calibration in use, not saved.");
            _hint.SetText((string?)null);
            bool close = Magnitude(CheckErrorX) <= CheckWarningPixels && Magnitude(CheckErrorY) <= CheckWarningPixels;
            _text.Clear().Append("Check touch off by x ");
            AppendSigned(CheckErrorX);
            _text.Append(" px, y ");
            AppendSigned(CheckErrorY);
            _text.Append(close ? " px. Good." : " px: consider REDO.");
            ShowMessage(_text, close);
        }

        private void Finish()
        {
            _close();
        }

        private void AppendSigned(int value)
        {
            if (value > 0)
            {
                _text.Append('+');
            }

            _text.Append(value);
        }

        private void ClearMessage()
        {
            TwoLineMessage.Clear(_message, _messageMore);
        }

        private void ShowMessage(TextBuffer text, bool good)
        {
            TwoLineMessage.Show(_message, _messageMore, text, good ? Theme.Good : Theme.Alarm);
        }

        private static int Magnitude(int value)
        {
            return value < 0 ? -value : value;
        }
    }
}
