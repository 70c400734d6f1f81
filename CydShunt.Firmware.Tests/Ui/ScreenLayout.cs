namespace CydShunt.Firmware.Tests.Ui;

/// <summary>
/// Where a finger taps, computed from the layout the pages declare (tab bar 80 px tabs at y 198..239; settings rows
/// at y 24 + 38 r with -/+ at x 214..262 / 266..314 and two-pixel insets; bottom buttons at y 165..196), so scripted
/// walks stay readable.
/// </summary>
internal static class ScreenLayout
{
    public static readonly (int X, int Y) HomeTab = (40, 218);
    public static readonly (int X, int Y) HistoryTab = (120, 218);
    public static readonly (int X, int Y) SetupTab = (200, 218);
    public static readonly (int X, int Y) ActionsTab = (280, 218);

    public static readonly (int X, int Y) SetupBattery = (81, 53);
    public static readonly (int X, int Y) SetupShunt = (239, 53);
    public static readonly (int X, int Y) SetupAbout = (81, 165);

    public static readonly (int X, int Y) Previous = (28, 180);
    public static readonly (int X, int Y) Next = (114, 180);
    public static readonly (int X, int Y) Undo = (196, 180);
    public static readonly (int X, int Y) Save = (278, 180);

    public static readonly (int X, int Y) ActionSynchronise = (160, 50);
    public static readonly (int X, int Y) ActionResetEnergy = (160, 100);
    public static readonly (int X, int Y) ActionResetHistory = (160, 150);
    public static readonly (int X, int Y) ConfirmCancel = (71, 206);
    public static readonly (int X, int Y) ConfirmYes = (249, 206);

    public static (int X, int Y) Minus(int row) => (238, 42 + (38 * row));

    public static (int X, int Y) Plus(int row) => (290, 42 + (38 * row));

    public static (int X, int Y) Action(int row) => (264, 42 + (38 * row));
}
