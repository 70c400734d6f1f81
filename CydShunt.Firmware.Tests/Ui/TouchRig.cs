using System.Linq;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Host.Touch;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Touch.Xpt2046;
using CydShunt.Firmware.Ui;
using CydShunt.Firmware.Ui.Backlight;
using CydShunt.Firmware.Ui.Widgets;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>
/// The screen with a touch panel, end to end: the simulated XPT2046 under a finger, the real driver and TouchInput
/// (listener: the user interface), the emulated ILI9341 and its backlight, and the settings on an in-memory flash.
/// The panel's raw codes follow a linear mapping the test owns and that differs from the CYD default (screen x is
/// mirrored), so an uncalibrated panel puts touches in the wrong places: screen x = (3850 − rawY) / 11 and
/// screen y = (rawX − 300) / 14.375, i.e. rawY = 3850 − 11·x and rawX = 300 + 14.375·y.
/// </summary>
internal sealed class TouchRig
{
    public const int PollMilliseconds = 10;

    public TouchRig(InMemoryFlashStorage? flash = null, FakeMonitorView? monitor = null, bool attachTouch = true)
    {
        Flash = flash ?? new InMemoryFlashStorage();
        Monitor = monitor ?? FakeMonitorView.Discharging();
        Screen = new EmulatedScreen();
        Chip = new SimulatedXpt2046(seed: 7)
        {
            RawYAtLeft = 3850,
            RawYAtRight = 3850 - (11 * 320),
            RawXAtTop = 300,
            RawXAtBottom = 300 + (14.375 * 240),
        };
        Repository = new SettingsRepository(new RecordStore(Flash, 64));
        CalibrationStore = new TouchCalibrationStore(Repository);
        DisplayStore = new DisplaySettingsStore(Repository);
        Input = new TouchInput(new Xpt2046(Chip, Chip), CalibrationStore.Load(out _), Clock, Ui);
        Ui.Attach(Monitor, new FakeDeviceStatus());
        if (attachTouch)
        {
            Ui.AttachTouch(Input, CalibrationStore, DisplayStore, Screen.Backlight);
        }

        Run(PollMilliseconds);
    }

    public InMemoryFlashStorage Flash { get; }
    public FakeMonitorView Monitor { get; }
    public EmulatedScreen Screen { get; }
    public ShuntUserInterface Ui => Screen.UserInterface;
    public SimulatedXpt2046 Chip { get; }
    public ManualClock Clock { get; } = new();
    public SettingsRepository Repository { get; }
    public TouchCalibrationStore CalibrationStore { get; }
    public DisplaySettingsStore DisplayStore { get; }
    public TouchInput Input { get; }

    public static int RawXAt(double screenY) => (int)System.Math.Round(300 + (14.375 * screenY));

    public static int RawYAt(double screenX) => (int)System.Math.Round(3850 - (11 * screenX));

    /// <summary>The main loop: poll the panel, then update the screen, every 10 ms.</summary>
    public void Run(long milliseconds)
    {
        for (long t = 0; t < milliseconds; t += PollMilliseconds)
        {
            Clock.Advance(PollMilliseconds);
            Input.Poll();
            Ui.Update(Clock.MillisecondsSinceBoot);
        }
    }

    public void TouchRaw(int rawX, int rawY, int holdMilliseconds = 150)
    {
        Chip.PressRaw(rawX, rawY);
        Run(holdMilliseconds);
        Chip.Release();
        Run(200);
    }

    /// <summary>A finger on a screen point, through the panel's true mapping (whatever the calibration believes).</summary>
    public void Touch(double x, double y, int holdMilliseconds = 150) => TouchRaw(RawXAt(y), RawYAt(x), holdMilliseconds);

    public static string Text(TextField field) => new string(Enumerable.Range(0, field.Cells).Select(field.CellAt).ToArray()).Trim();
}
