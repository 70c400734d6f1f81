using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Ui.Backlight;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>DisplaySettings layout v1 (<c>[0] 1, [1] minutes, [2..3] brightness ‰ LE</c>) and its crash-safe store (record kind 7).</summary>
public class DisplaySettingsTests
{
    private static DisplaySettingsStore NewStore(InMemoryFlashStorage flash) => new(new SettingsRepository(new RecordStore(flash, 64)));

    [Test]
    public void TheRecordKindIsSevenAndLeavesTheOthersAlone()
    {
        Assert.That((int)RecordKind.SettingsTouch, Is.EqualTo(6));
        Assert.That((int)RecordKind.SettingsDisplay, Is.EqualTo(7));
        Assert.That(RecordStore.SlotName(RecordKind.SettingsDisplay, 0), Is.EqualTo("settings-display.a"));
        Assert.That(RecordStore.SlotName(RecordKind.SettingsDisplay, 1), Is.EqualTo("settings-display.b"));
    }

    [Test]
    public void WritesTheDocumentedBytesAndReadsThemBack()
    {
        var settings = new DisplaySettings { TimeoutMinutes = 10, BrightnessPerMille = 700 };
        var buffer = new byte[6];

        Assert.That(settings.WriteTo(buffer, 1), Is.EqualTo(4));

        Assert.That(buffer, Is.EqualTo(new byte[] { 0, 1, 10, 0xBC, 0x02, 0 })); // 700 = 0x02BC
        Assert.That(DisplaySettings.TryReadFrom(buffer, 1, 4, out DisplaySettings? read, out DisplaySettingsError error), Is.True);
        Assert.That(error, Is.EqualTo(DisplaySettingsError.None));
        Assert.That(read!.TimeoutMinutes, Is.EqualTo(10));
        Assert.That(read.BrightnessPerMille, Is.EqualTo(700));
    }

    [Test]
    public void DefaultsAreFiveMinutesAndFullBrightness()
    {
        var settings = new DisplaySettings();
        Assert.That(settings.TimeoutMinutes, Is.EqualTo(5));
        Assert.That(settings.BrightnessPerMille, Is.EqualTo(1000));
    }

    [TestCase(new byte[] { 1, 5, 0xE8 }, DisplaySettingsError.WrongLength)]
    [TestCase(new byte[] { 1, 5, 0xE8, 0x03, 0 }, DisplaySettingsError.WrongLength)]
    [TestCase(new byte[] { 2, 5, 0xE8, 0x03 }, DisplaySettingsError.UnknownVersion)]
    [TestCase(new byte[] { 0, 5, 0xE8, 0x03 }, DisplaySettingsError.UnknownVersion)]
    [TestCase(new byte[] { 1, 3, 0xE8, 0x03 }, DisplaySettingsError.TimeoutNotOffered)]
    [TestCase(new byte[] { 1, 255, 0xE8, 0x03 }, DisplaySettingsError.TimeoutNotOffered)]
    [TestCase(new byte[] { 1, 5, 0x63, 0x00 }, DisplaySettingsError.BrightnessOutOfRange)] // 99 ‰
    [TestCase(new byte[] { 1, 5, 0xE9, 0x03 }, DisplaySettingsError.BrightnessOutOfRange)] // 1001 ‰
    [TestCase(new byte[] { 1, 5, 0x00, 0x00 }, DisplaySettingsError.BrightnessOutOfRange)]
    public void EachCorruptionIsRejectedWithItsError(byte[] payload, DisplaySettingsError expected)
    {
        Assert.That(DisplaySettings.TryReadFrom(payload, 0, payload.Length, out DisplaySettings? read, out DisplaySettingsError error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
        Assert.That(read, Is.Null);
        Assert.That(DisplaySettingsErrorText.Describe(error), Is.Not.EqualTo(DisplaySettingsErrorText.Describe(DisplaySettingsError.None)));
    }

    [Test]
    public void EveryOfferedTimeoutIsValidAndNothingElseIs()
    {
        int[] offered = { 0, 1, 2, 5, 10, 30 };
        for (int minutes = 0; minutes <= 255; minutes++)
        {
            var settings = new DisplaySettings { TimeoutMinutes = minutes };
            Assert.That(settings.Validate(), Is.EqualTo(System.Array.IndexOf(offered, minutes) >= 0 ? DisplaySettingsError.None : DisplaySettingsError.TimeoutNotOffered), $"{minutes} min");
        }
    }

    [Test]
    public void SavedSettingsSurviveAReboot()
    {
        var flash = new InMemoryFlashStorage();
        Assert.That(NewStore(flash).Save(new DisplaySettings { TimeoutMinutes = 30, BrightnessPerMille = 400 }, out DisplaySettingsError error), Is.EqualTo(SettingsSaveResult.Saved));
        Assert.That(error, Is.EqualTo(DisplaySettingsError.None));

        DisplaySettings loaded = NewStore(flash).Load(out RecordLoadResult result);

        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.Loaded));
        Assert.That(loaded.TimeoutMinutes, Is.EqualTo(30));
        Assert.That(loaded.BrightnessPerMille, Is.EqualTo(400));
    }

    [Test]
    public void InvalidSettingsAreRefusedAndNothingIsWritten()
    {
        var flash = new InMemoryFlashStorage();

        Assert.That(NewStore(flash).Save(new DisplaySettings { TimeoutMinutes = 7 }, out DisplaySettingsError error), Is.EqualTo(SettingsSaveResult.Rejected));

        Assert.That(error, Is.EqualTo(DisplaySettingsError.TimeoutNotOffered));
        Assert.That(flash.WriteCount, Is.EqualTo(0));
    }

    [Test]
    public void AnInvalidStoredRecordLoadsTheDefaultsAndSaysWhy()
    {
        var flash = new InMemoryFlashStorage();
        // An intact record (valid header and CRC) whose payload has brightness 1200 ‰.
        new RecordStore(flash, 64).Save(RecordKind.SettingsDisplay, new byte[] { 1, 5, 0xB0, 0x04 }, 0, 4);

        DisplaySettings loaded = NewStore(flash).Load(out RecordLoadResult result);

        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.InvalidUsedDefaults));
        Assert.That((DisplaySettingsError)result.RejectReason, Is.EqualTo(DisplaySettingsError.BrightnessOutOfRange));
        Assert.That(loaded.TimeoutMinutes, Is.EqualTo(DisplaySettings.DefaultTimeoutMinutes));
        Assert.That(loaded.BrightnessPerMille, Is.EqualTo(DisplaySettings.DefaultBrightnessPerMille));
    }

    [Test]
    public void ARecordOfAnUnknownVersionLoadsTheDefaults()
    {
        var flash = new InMemoryFlashStorage();
        new RecordStore(flash, 64).Save(RecordKind.SettingsDisplay, new byte[] { 9, 5, 0xE8, 0x03 }, 0, 4);

        NewStore(flash).Load(out RecordLoadResult result);

        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.UnknownVersionUsedDefaults));
    }
}
