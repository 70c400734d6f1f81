using System;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Touch
{
    /// <summary>
    /// Turns raw touch readings into gestures, polled from the main loop: debouncing, calibration to screen pixels, and
    /// one event per gesture (see <see cref="ITouchListener"/>). A press counts once it has been seen in
    /// <see cref="PressConfirmSamples"/> consecutive readings spanning <see cref="PressConfirmMilliseconds"/>, so a single
    /// spike does nothing; it ends only after <see cref="ReleaseMilliseconds"/> without touch, so a short dropout in a
    /// held press does not split it into two. A press held for minutes gives one long press and never a tap, and nothing
    /// repeats. An uncalibrated panel still gives events (through the default calibration) so the calibration page can
    /// be reached. <see cref="Poll"/> allocates nothing.
    /// </summary>
    public sealed class TouchInput
    {
        /// <summary>Default <see cref="SampleIntervalMilliseconds"/>.</summary>
        public const int DefaultSampleIntervalMilliseconds = 10;

        /// <summary>Default <see cref="PressConfirmSamples"/>.</summary>
        public const int DefaultPressConfirmSamples = 3;

        /// <summary>Default <see cref="PressConfirmMilliseconds"/>.</summary>
        public const int DefaultPressConfirmMilliseconds = 20;

        /// <summary>Default <see cref="ReleaseMilliseconds"/>.</summary>
        public const int DefaultReleaseMilliseconds = 60;

        /// <summary>Default <see cref="LongPressMilliseconds"/>.</summary>
        public const int DefaultLongPressMilliseconds = 800;

        /// <summary>Default <see cref="TapSlopPixels"/>.</summary>
        public const int DefaultTapSlopPixels = 24;

        private readonly ITouchSensor _sensor;
        private readonly IClock _clock;
        private readonly ITouchListener _listener;
        private readonly RawTouch _raw = new RawTouch();
        private TouchCalibration _calibration;
        private bool _hasSampled;
        private long _lastSampleAt;
        private long _pendingSince;
        private int _pendingCount;
        private int _sumRawX;
        private int _sumRawY;
        private long _pressedAt;
        private int _pressX;
        private int _pressY;
        private bool _moved;
        private bool _longPressSent;
        private bool _suppressed;

        /// <summary>Creates the input handler; nothing is read until <see cref="Poll"/>.</summary>
        /// <param name="sensor">The touch controller.</param>
        /// <param name="calibration">The calibration (the stored one, or <see cref="TouchCalibration.CreateDefault"/>).</param>
        /// <param name="clock">The monotonic clock.</param>
        /// <param name="listener">Receives the gestures.</param>
        public TouchInput(ITouchSensor sensor, TouchCalibration calibration, IClock clock, ITouchListener listener)
        {
            if (sensor == null)
            {
                throw new ArgumentNullException(nameof(sensor));
            }

            if (calibration == null)
            {
                throw new ArgumentNullException(nameof(calibration));
            }

            if (clock == null)
            {
                throw new ArgumentNullException(nameof(clock));
            }

            if (listener == null)
            {
                throw new ArgumentNullException(nameof(listener));
            }

            _sensor = sensor;
            _calibration = calibration;
            _clock = clock;
            _listener = listener;
        }

        /// <summary>The calibration in use; replace it after the calibration page (takes effect at the next reading).</summary>
        public TouchCalibration Calibration
        {
            get
            {
                return _calibration;
            }

            set
            {
                if (value == null)
                {
                    throw new ArgumentNullException(nameof(value));
                }

                _calibration = value;
            }
        }

        /// <summary>The shortest time between two readings of the sensor; polls in between return at once.</summary>
        public int SampleIntervalMilliseconds { get; set; } = DefaultSampleIntervalMilliseconds;

        /// <summary>Consecutive touched readings a press needs before it counts.</summary>
        public int PressConfirmSamples { get; set; } = DefaultPressConfirmSamples;

        /// <summary>How long, from its first reading, a press must last before it counts.</summary>
        public int PressConfirmMilliseconds { get; set; } = DefaultPressConfirmMilliseconds;

        /// <summary>How long the panel must read untouched before a press ends.</summary>
        public int ReleaseMilliseconds { get; set; } = DefaultReleaseMilliseconds;

        /// <summary>How long a press must be held to become a long press (and not a tap).</summary>
        public int LongPressMilliseconds { get; set; } = DefaultLongPressMilliseconds;

        /// <summary>How far (in pixels, either axis) a press may wander and still be a tap or a long press.</summary>
        public int TapSlopPixels { get; set; } = DefaultTapSlopPixels;

        /// <summary>The debouncing state.</summary>
        public TouchPhase Phase { get; private set; }

        /// <summary>x (pixels) of the latest touched reading of the current or last press.</summary>
        public int X { get; private set; }

        /// <summary>y (pixels) of the latest touched reading of the current or last press.</summary>
        public int Y { get; private set; }

        /// <summary>
        /// Raw X-Position of the current or last press: the mean of the readings that confirmed it. The calibration page
        /// takes its points from here.
        /// </summary>
        public int PressRawX { get; private set; }

        /// <summary>Raw Y-Position of the current or last press (see <see cref="PressRawX"/>).</summary>
        public int PressRawY { get; private set; }

        /// <summary>When the panel was last read as touched (0 if never): for the backlight timeout.</summary>
        public long LastTouchMilliseconds { get; private set; }

        /// <summary>
        /// Makes the current press give no long press and no tap (its release is still reported): e.g. for the touch that
        /// wakes the backlight, which must not also press the control under the finger.
        /// </summary>
        public void SuppressCurrentPress()
        {
            if (Phase != TouchPhase.Idle)
            {
                _suppressed = true;
            }
        }

        /// <summary>Reads the sensor (at most once per <see cref="SampleIntervalMilliseconds"/>) and reports any gesture. Allocation-free.</summary>
        public void Poll()
        {
            long now = _clock.MillisecondsSinceBoot;
            if (_hasSampled && now - _lastSampleAt < SampleIntervalMilliseconds)
            {
                return;
            }

            _hasSampled = true;
            _lastSampleAt = now;
            bool touched = _sensor.TryRead(_raw);
            if (touched)
            {
                LastTouchMilliseconds = now;
            }

            switch (Phase)
            {
                case TouchPhase.Idle:
                    if (touched)
                    {
                        StartPending(now);
                    }

                    break;

                case TouchPhase.Pending:
                    if (!touched)
                    {
                        Phase = TouchPhase.Idle; // a spike: forgotten
                        break;
                    }

                    _pendingCount++;
                    _sumRawX += _raw.X;
                    _sumRawY += _raw.Y;
                    if (_pendingCount >= PressConfirmSamples && now - _pendingSince >= PressConfirmMilliseconds)
                    {
                        Confirm(now);
                    }

                    break;

                default:
                    if (touched)
                    {
                        Follow(now);
                    }
                    else if (now - LastTouchMilliseconds >= ReleaseMilliseconds)
                    {
                        Release();
                    }

                    break;
            }
        }

        private void StartPending(long now)
        {
            Phase = TouchPhase.Pending;
            _pendingSince = now;
            _pendingCount = 1;
            _sumRawX = _raw.X;
            _sumRawY = _raw.Y;
            _suppressed = false;
            if (PressConfirmSamples <= 1 && PressConfirmMilliseconds <= 0)
            {
                Confirm(now);
            }
        }

        private void Confirm(long now)
        {
            int half = _pendingCount / 2;
            PressRawX = (_sumRawX + half) / _pendingCount;
            PressRawY = (_sumRawY + half) / _pendingCount;
            _pressX = _calibration.MapX(PressRawX, PressRawY);
            _pressY = _calibration.MapY(PressRawX, PressRawY);
            X = _pressX;
            Y = _pressY;
            _pressedAt = now;
            _moved = false;
            _longPressSent = false;
            Phase = TouchPhase.Pressed;
            _listener.OnPressed(_pressX, _pressY);
        }

        private void Follow(long now)
        {
            X = _calibration.MapX(_raw.X, _raw.Y);
            Y = _calibration.MapY(_raw.X, _raw.Y);
            if (Distance(X, _pressX) > TapSlopPixels || Distance(Y, _pressY) > TapSlopPixels)
            {
                _moved = true;
            }

            if (!_longPressSent && !_moved && !_suppressed && now - _pressedAt >= LongPressMilliseconds)
            {
                _longPressSent = true;
                _listener.OnLongPress(_pressX, _pressY);
            }
        }

        private void Release()
        {
            Phase = TouchPhase.Idle;
            bool tap = !_longPressSent && !_moved && !_suppressed;
            _listener.OnReleased(X, Y);
            if (tap)
            {
                _listener.OnTap(_pressX, _pressY);
            }
        }

        private static int Distance(int a, int b)
        {
            return a > b ? a - b : b - a;
        }
    }
}
