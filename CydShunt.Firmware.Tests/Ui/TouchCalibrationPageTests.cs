using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Ui.Pages;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>
/// The calibration walk through the real chain: finger on the simulated panel → XPT2046 driver → TouchInput → the
/// user interface → TouchCalibrationPage → TouchCalibrationStore on flash. The panel's true mapping is the rig's
/// (mirrored x, not the CYD default), so every expected value below comes from that mapping, not from the code.
/// </summary>
public class TouchCalibrationPageTests
{
    // Where the three targets and the check cross are: 10 %/90 %/50 % of the width, 10 %/50 %/90 % of the height, centre.
    private static readonly (int X, int Y)[] Targets = { (32, 24), (288, 120), (160, 216) };

    private static TouchCalibrationPage Page(TouchRig rig) => rig.Ui.CalibrationPage!;

    private static void TouchTargets(TouchRig rig)
    {
        foreach (var (x, y) in Targets)
        {
            rig.Touch(x, y);
        }
    }

    [Test]
    public void AnUncalibratedPanelOpensTheCalibrationPageAtBootWithTheFirstTarget()
    {
        var rig = new TouchRig();

        Assert.That(rig.Ui.Screen.Page, Is.SameAs(Page(rig)));
        Assert.That(Page(rig).Step, Is.EqualTo(TouchCalibrationStep.Target));
        Assert.That(Page(rig).TargetIndex, Is.EqualTo(0));
        Assert.That(TouchRig.Text(Page(rig).Instruction), Is.EqualTo("Touch the centre of the cross 1/3"));
    }

    [Test]
    public void TheWalkCalibratesSavesAndMapsAFourthPointWithinOnePixel()
    {
        var rig = new TouchRig();
        Assert.That(rig.Input.Calibration.IsCalibrated, Is.False);
        int writesBefore = rig.Flash.WriteCount;

        rig.Touch(32, 24);
        Assert.That(TouchRig.Text(Page(rig).Instruction), Is.EqualTo("Touch the centre of the cross 2/3"));
        rig.Touch(288, 120);
        Assert.That(TouchRig.Text(Page(rig).Instruction), Is.EqualTo("Touch the centre of the cross 3/3"));
        rig.Touch(160, 216);

        Assert.That(Page(rig).Step, Is.EqualTo(TouchCalibrationStep.Check));
        Assert.That(Page(rig).LastSave, Is.EqualTo(SettingsSaveResult.Saved));
        Assert.That(rig.Flash.WriteCount, Is.GreaterThan(writesBefore));
        Assert.That(TouchRig.Text(Page(rig).Message), Is.EqualTo("Calibrated and saved."));
        TouchCalibration calibration = rig.Input.Calibration;
        Assert.That(calibration.IsCalibrated, Is.True);

        // A point that was not a target: screen (250, 60) reads rawX = 300 + 14.375·60 = 1162.5, rawY = 3850 − 11·250 = 1100.
        Assert.That(calibration.MapX(1163, 1100), Is.InRange(249, 251));
        Assert.That(calibration.MapY(1163, 1100), Is.InRange(59, 61));
        // And the corners the defaults would get wrong (x is mirrored): screen (300, 200) → rawX 3175, rawY 550.
        Assert.That(calibration.MapX(3175, 550), Is.InRange(299, 301));
        Assert.That(calibration.MapY(3175, 550), Is.InRange(199, 201));

        // Check cross at the centre (160, 120).
        rig.Touch(161, 119);
        Assert.That(Page(rig).Step, Is.EqualTo(TouchCalibrationStep.Result));
        Assert.That(Page(rig).CheckErrorX, Is.InRange(0, 2));
        Assert.That(Page(rig).CheckErrorY, Is.InRange(-2, 0));
        Assert.That(TouchRig.Text(Page(rig).Message), Does.StartWith("Check touch off by x +1 px, y -1 px."));

        // OK (180..300, 184..224) now works through the new calibration and goes back to where the page was opened.
        rig.Touch(240, 204);
        Assert.That(rig.Ui.Screen.Page, Is.Not.SameAs(Page(rig)));
        Assert.That(rig.Ui.Screen.Page, Is.TypeOf<DashboardPage>());
    }

    [Test]
    public void TheSavedCalibrationSurvivesAReboot()
    {
        var flash = new InMemoryFlashStorage();
        var before = new TouchRig(flash);
        TouchTargets(before);
        Assert.That(before.Input.Calibration.IsCalibrated, Is.True);

        var after = new TouchRig(flash);

        Assert.That(after.Input.Calibration.IsCalibrated, Is.True);
        Assert.That(after.Ui.Screen.Page, Is.TypeOf<DashboardPage>(), "a calibrated panel does not ask again");
        Assert.That(after.Input.Calibration.MapX(1163, 1100), Is.InRange(249, 251));
        Assert.That(after.Input.Calibration.MapY(1163, 1100), Is.InRange(59, 61));
        // And the rebooted screen reacts where the finger is: HISTORY tab at (120, 218).
        after.Touch(120, 218);
        Assert.That(after.Ui.Screen.Page, Is.TypeOf<HistoryPage>());
    }

    [Test]
    public void TheSameSpotThreeTimesIsRefusedInWordsSavesNothingAndStartsAgain()
    {
        var rig = new TouchRig();
        int writes = rig.Flash.WriteCount;

        for (int i = 0; i < 3; i++)
        {
            rig.Touch(160, 120);
        }

        Assert.That(Page(rig).LastError, Is.EqualTo(TouchCalibrationError.RawPointsCollinear));
        Assert.That(TouchRig.Text(Page(rig).Message) + " " + TouchRig.Text(Page(rig).MessageContinued), Is.EqualTo("Not calibrated: the touches were in a line: touch each target"));
        Assert.That(Page(rig).Step, Is.EqualTo(TouchCalibrationStep.Target));
        Assert.That(Page(rig).TargetIndex, Is.EqualTo(0));
        Assert.That(rig.Input.Calibration.IsCalibrated, Is.False);
        Assert.That(rig.Flash.WriteCount, Is.EqualTo(writes));
        Assert.That(new TouchCalibrationStore(new SettingsRepository(new RecordStore(rig.Flash, 64))).Load(out RecordLoadResult load).IsCalibrated, Is.False);
        Assert.That(load.Status, Is.EqualTo(RecordLoadStatus.NoData));
    }

    [Test]
    public void TouchesThatDoNotMatchTheTargetsAreRefusedAsImplausible()
    {
        var rig = new TouchRig();

        // Three distinct spots within 300 codes of each other: not a line, but no panel spans the screen that way.
        rig.TouchRaw(1000, 1000);
        rig.TouchRaw(1300, 1000);
        rig.TouchRaw(1000, 1300);

        Assert.That(Page(rig).LastError, Is.EqualTo(TouchCalibrationError.ImplausibleMapping));
        Assert.That(TouchRig.Text(Page(rig).Message) + " " + TouchRig.Text(Page(rig).MessageContinued), Is.EqualTo("Not calibrated: the touches do not match the targets: try again"));
        Assert.That(rig.Input.Calibration.IsCalibrated, Is.False);

        // Starting over works.
        TouchTargets(rig);
        Assert.That(rig.Input.Calibration.IsCalibrated, Is.True);
        Assert.That(TouchRig.Text(Page(rig).Message), Is.EqualTo("Calibrated and saved."));
    }

    [Test]
    public void HoldingAnywhereForThreeSecondsCancelsWithoutTappingThePageBehind()
    {
        var rig = new TouchRig();
        rig.Touch(32, 24); // one target done

        // Hold where the HISTORY tab will be once the dashboard is back.
        rig.Touch(120, 218, holdMilliseconds: 3500);

        Assert.That(rig.Ui.Screen.Page, Is.TypeOf<DashboardPage>());
        Assert.That(rig.Input.Calibration.IsCalibrated, Is.False);
        Assert.That(new TouchCalibrationStore(new SettingsRepository(new RecordStore(rig.Flash, 64))).Load(out _).IsCalibrated, Is.False);
    }

    [Test]
    public void ANormalTouchOfTwoSecondsStillCountsAsATarget()
    {
        var rig = new TouchRig();

        rig.Touch(32, 24, holdMilliseconds: 2000);

        Assert.That(rig.Ui.Screen.Page, Is.SameAs(Page(rig)));
        Assert.That(Page(rig).TargetIndex, Is.EqualTo(1));
    }

    [Test]
    public void ThirtySecondsWithoutATouchCloseThePage()
    {
        var rig = new TouchRig();
        rig.Run(29000);
        Assert.That(rig.Ui.Screen.Page, Is.SameAs(Page(rig)));

        rig.Run(1600);

        Assert.That(rig.Ui.Screen.Page, Is.TypeOf<DashboardPage>());
    }

    [Test]
    public void RedoStartsAgainAndABadlyCalibratedPanelCanStillBeRecalibrated()
    {
        var rig = new TouchRig();
        // A deliberately wrong calibration: targets touched in the order 2, 1, 3 maps the screen scrambled but plausibly.
        rig.Touch(288, 120);
        rig.Touch(32, 24);
        rig.Touch(160, 216);
        Assert.That(rig.Input.Calibration.IsCalibrated, Is.True);
        Assert.That(rig.Input.Calibration.MapX(1163, 1100), Is.Not.InRange(240, 260), "the scrambled calibration is wrong");

        // Through the setup path: the page is reached by the lead's menu; here directly.
        rig.Ui.ShowDisplaySettings();
        rig.Ui.ShowTouchCalibration();
        TouchTargets(rig);

        Assert.That(rig.Input.Calibration.MapX(1163, 1100), Is.InRange(249, 251));
        Assert.That(rig.Input.Calibration.MapY(1163, 1100), Is.InRange(59, 61));
    }
}
