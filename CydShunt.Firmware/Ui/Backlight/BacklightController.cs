using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Ui.Backlight
{
    /// <summary>
    /// Saves the backlight (and the CYD's supply current) when nobody looks: at the user's brightness while the panel is
    /// touched; <see cref="DisplaySettings.TimeoutMinutes"/> after the last touch it dims to a tenth, and
    /// <see cref="DimmedMilliseconds"/> later it goes off. While dimmed or off, touches do not count as activity: only
    /// <see cref="Wake"/> lights it again, so the user interface decides that the waking press does nothing else
    /// (<see cref="IsOn"/> is false exactly when a press must only wake). Driven from the main loop by
    /// <see cref="Update"/>, which allocates nothing and writes the PWM only when the level changes.
    /// </summary>
    public sealed class BacklightController
    {
        /// <summary>How long the backlight stays dimmed before it goes off.</summary>
        public const int DimmedMilliseconds = 30000;

        /// <summary>The dimmed level never goes below this, so the screen stays readable up close.</summary>
        public const int MinimumDimmedPerMille = 20;

        private const long MillisecondsPerMinute = 60000;

        private readonly IPwmOutput _output;
        private DisplaySettings _settings;
        private bool _started;
        private bool _wakeRequested;
        private long _lastActivity;
        private int _appliedPerMille = -1;

        /// <summary>Creates the controller; nothing is written before the first <see cref="Update"/> or <see cref="Wake"/>.</summary>
        /// <param name="output">The backlight's PWM (the CYD's GPIO21; the same output the display driver was given).</param>
        /// <param name="settings">The timeout and brightness (kept by reference; replace through <see cref="Settings"/>).</param>
        public BacklightController(IPwmOutput output, DisplaySettings settings)
        {
            _output = output ?? throw new System.ArgumentNullException("output");
            _settings = settings ?? throw new System.ArgumentNullException("settings");
        }

        /// <summary>The timeout and brightness in force; a new value takes effect at the next <see cref="Update"/>.</summary>
        public DisplaySettings Settings
        {
            get
            {
                return _settings;
            }

            set
            {
                _settings = value ?? throw new System.ArgumentNullException("value");
            }
        }

        /// <summary>What the backlight is doing.</summary>
        public BacklightState State { get; private set; }

        /// <summary>Whether the backlight is at full (the user's) brightness: a press then acts on the page.</summary>
        public bool IsOn
        {
            get { return State == BacklightState.On; }
        }

        /// <summary>The level last written, per mille (-1 before the first write).</summary>
        public int PerMille
        {
            get { return _appliedPerMille; }
        }

        /// <summary>The dimmed level for the current brightness: a tenth, at least <see cref="MinimumDimmedPerMille"/>.</summary>
        public int DimmedPerMille
        {
            get
            {
                int dimmed = (_settings.BrightnessPerMille + 5) / 10;
                return dimmed < MinimumDimmedPerMille ? MinimumDimmedPerMille : dimmed;
            }
        }

        /// <summary>
        /// Lights the backlight at once and restarts the timeout at the next <see cref="Update"/>: for the press that
        /// wakes the screen, a pairing passkey, a new alarm.
        /// </summary>
        public void Wake()
        {
            _wakeRequested = true;
            State = BacklightState.On;
            Apply(_settings.BrightnessPerMille);
        }

        /// <summary>Brings the backlight up to date. Allocation-free.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        /// <param name="lastTouchMilliseconds">When the panel was last read as touched (<c>TouchInput.LastTouchMilliseconds</c>; 0 if never).</param>
        public void Update(long now, long lastTouchMilliseconds)
        {
            if (!_started || _wakeRequested)
            {
                _started = true;
                _wakeRequested = false;
                _lastActivity = now;
            }

            // Only a lit screen is being looked at: a touch while dark is a wake-up, which comes through Wake().
            if (State == BacklightState.On && lastTouchMilliseconds > _lastActivity)
            {
                _lastActivity = lastTouchMilliseconds;
            }

            int minutes = _settings.TimeoutMinutes;
            long idle = now - _lastActivity;
            long timeout = minutes * MillisecondsPerMinute;
            if (minutes == DisplaySettings.Never || idle < timeout)
            {
                State = BacklightState.On;
                Apply(_settings.BrightnessPerMille);
            }
            else if (idle < timeout + DimmedMilliseconds)
            {
                State = BacklightState.Dimmed;
                Apply(DimmedPerMille);
            }
            else
            {
                State = BacklightState.Off;
                Apply(0);
            }
        }

        private void Apply(int perMille)
        {
            if (perMille != _appliedPerMille)
            {
                _output.SetDutyCycle(perMille);
                _appliedPerMille = perMille;
            }
        }
    }
}
