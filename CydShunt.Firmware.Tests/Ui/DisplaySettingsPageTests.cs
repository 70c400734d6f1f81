using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Ui.Backlight;
using CydShunt.Firmware.Ui.Pages;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>The display settings page: -/+ on a draft, SAVE through validate → persist → apply, CALIBRATE opens the walk.</summary>
public class DisplaySettingsPageTests
{
    private static (TouchRig Rig, DisplaySettingsPage Page) Open()
    {
        var rig = new TouchRig();
        rig.Ui.ShowDisplaySettings();
        rig.Run(TouchRig.PollMilliseconds);
        return (rig, rig.Ui.DisplayPage!);
    }

    [Test]
    public void ChangesApplyOnlyOnSaveAndArePersisted()
    {
        var (rig, page) = Open();
        Assert.That(rig.Ui.Screen.Page, Is.SameAs(page));

        page.StepItem(0, +1); // 5 → 10 min
        page.StepItem(1, -1); // 100 → 90 %
        page.StepItem(1, -1); // → 80 %
        Assert.That(rig.Ui.Backlight!.Settings.TimeoutMinutes, Is.EqualTo(5), "a draft is not applied");

        rig.Ui.Tap(278, 180); // SAVE (240..316, 165..196)

        Assert.That(TouchRig.Text(page.Message), Is.EqualTo("Saved."));
        Assert.That(rig.Ui.Backlight.Settings.TimeoutMinutes, Is.EqualTo(10));
        Assert.That(rig.Ui.Backlight.Settings.BrightnessPerMille, Is.EqualTo(800));
        rig.Run(TouchRig.PollMilliseconds);
        Assert.That(rig.Screen.Backlight.PerMille, Is.EqualTo(800));
        DisplaySettings stored = new DisplaySettingsStore(new SettingsRepository(new RecordStore(rig.Flash, 64))).Load(out RecordLoadResult load);
        Assert.That(load.Status, Is.EqualTo(RecordLoadStatus.Loaded));
        Assert.That(stored.TimeoutMinutes, Is.EqualTo(10));
        Assert.That(stored.BrightnessPerMille, Is.EqualTo(800));
    }

    [Test]
    public void TheStepsStopAtTheEndsOfTheOptions()
    {
        var (_, page) = Open();
        for (int i = 0; i < 10; i++)
        {
            page.StepItem(0, +1);
            page.StepItem(1, -1);
        }

        Assert.That(page.Draft.TimeoutMinutes, Is.EqualTo(30));
        Assert.That(page.Draft.BrightnessPerMille, Is.EqualTo(100));
        for (int i = 0; i < 10; i++)
        {
            page.StepItem(0, -1);
            page.StepItem(1, +1);
        }

        Assert.That(page.Draft.TimeoutMinutes, Is.EqualTo(0));
        Assert.That(page.Draft.BrightnessPerMille, Is.EqualTo(1000));
    }

    [Test]
    public void AStorageFailureIsReportedAndNothingIsApplied()
    {
        var (rig, page) = Open();
        page.StepItem(0, -1); // 5 → 2 min
        rig.Flash.UnwritableBlobs.Add(CydShunt.Firmware.Storage.RecordStore.SlotName(CydShunt.Firmware.Storage.RecordKind.SettingsDisplay, 0));
        rig.Flash.UnwritableBlobs.Add(CydShunt.Firmware.Storage.RecordStore.SlotName(CydShunt.Firmware.Storage.RecordKind.SettingsDisplay, 1));

        rig.Ui.Tap(278, 180);

        Assert.That(TouchRig.Text(page.Message) + " " + TouchRig.Text(page.MessageContinued), Is.EqualTo("Not saved: the settings storage failed; nothing changed."));
        Assert.That(rig.Ui.Backlight!.Settings.TimeoutMinutes, Is.EqualTo(5));
    }

    [Test]
    public void CalibrateOpensTheWalkAndComesBackHere()
    {
        var (rig, page) = Open();

        page.StepItem(2, 0);

        Assert.That(rig.Ui.Screen.Page, Is.SameAs(rig.Ui.CalibrationPage));
        rig.Touch(100, 100, holdMilliseconds: 3500); // cancel
        Assert.That(rig.Ui.Screen.Page, Is.SameAs(page));
    }
}
