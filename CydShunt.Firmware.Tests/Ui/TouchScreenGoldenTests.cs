using System.IO;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Tests.Subset;
using CydShunt.Firmware.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>Golden screenshots of the touch calibration page and the display settings page (same rules as <see cref="ScreenGoldenTests"/>).</summary>
public class TouchScreenGoldenTests
{
    private static readonly string Goldens = Path.Combine(FirmwareSubsetTests.RepositoryRoot, "CydShunt.Firmware.Tests", "Ui", "Goldens");

    private static void AssertScreen(EmulatedScreen screen, string name)
    {
        Assert.That(screen.Panel.ProtocolViolations, Is.Empty, "the driver sent something the datasheet does not allow");
        Assert.That(screen.Panel.ShowsImage, Is.True);
        GoldenImage.AssertMatches(screen.Frame(), Ili9341Emulator.ScreenWidth, Ili9341Emulator.ScreenHeight, Path.Combine(Goldens, name + ".png"));
    }

    [Test]
    public void CalibrationFirstTarget()
    {
        var rig = new TouchRig();
        AssertScreen(rig.Screen, "touch-calibration-target-1");
    }

    [Test]
    public void CalibrationRefused()
    {
        var rig = new TouchRig();
        for (int i = 0; i < 3; i++)
        {
            rig.Touch(160, 120);
        }

        AssertScreen(rig.Screen, "touch-calibration-refused");
    }

    [Test]
    public void CalibrationResult()
    {
        var rig = new TouchRig();
        rig.Touch(32, 24);
        rig.Touch(288, 120);
        rig.Touch(160, 216);
        rig.Touch(161, 119);
        AssertScreen(rig.Screen, "touch-calibration-result");
    }

    [Test]
    public void DisplaySettings()
    {
        var rig = new TouchRig();
        rig.Ui.ShowDisplaySettings();
        rig.Ui.DisplayPage!.StepItem(0, 1);
        rig.Ui.Refresh(rig.Clock.MillisecondsSinceBoot);
        AssertScreen(rig.Screen, "display-settings");
    }
}
