using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Touch;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Touch;

public class TouchCalibrationStoreTests
{
    private InMemoryFlashStorage _flash = null!;

    [SetUp]
    public void SetUp() => _flash = new InMemoryFlashStorage();

    private RecordStore NewRecordStore() => new(_flash, 256);

    private TouchCalibrationStore NewStore(out SettingsRepository repository)
    {
        repository = new SettingsRepository(NewRecordStore());
        return new TouchCalibrationStore(repository);
    }

    private static TouchCalibration Users()
    {
        Assert.That(TouchCalibration.TryCreate(new(32, 24, 610, 530), new(288, 120, 2030, 3340), new(160, 216, 3430, 1960), out TouchCalibration? calibration, out _), Is.True);
        return calibration!;
    }

    [Test]
    public void TheRecordKindTakesTheNextFreeIdAndLeavesTheOthersAlone()
    {
        Assert.That((int)RecordKind.SettingsBattery, Is.EqualTo(1));
        Assert.That((int)RecordKind.SettingsShunt, Is.EqualTo(2));
        Assert.That((int)RecordKind.SettingsIntegration, Is.EqualTo(3));
        Assert.That((int)RecordKind.BatteryState, Is.EqualTo(4));
        Assert.That((int)RecordKind.SettingsBle, Is.EqualTo(5));
        Assert.That((int)RecordKind.SettingsTouch, Is.EqualTo(6));
        Assert.That(RecordStore.SlotName(RecordKind.SettingsTouch, 0), Is.EqualTo("settings-touch.a"));
        Assert.That(RecordStore.SlotName(RecordKind.SettingsTouch, 1), Is.EqualTo("settings-touch.b"));
    }

    [Test]
    public void FirstBootGivesTheUncalibratedDefaultWithoutAReset()
    {
        TouchCalibration calibration = NewStore(out SettingsRepository repository).Load(out RecordLoadResult result);

        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.NoData));
        Assert.That(calibration.State, Is.EqualTo(TouchCalibrationState.Uncalibrated));
        Assert.That(repository.AnySettingsReset, Is.False);
    }

    [Test]
    public void ASavedCalibrationSurvivesAReboot()
    {
        TouchCalibration saved = Users();
        Assert.That(NewStore(out _).Save(saved, out TouchCalibrationError error), Is.EqualTo(SettingsSaveResult.Saved));
        Assert.That(error, Is.EqualTo(TouchCalibrationError.None));

        TouchCalibration loaded = NewStore(out _).Load(out RecordLoadResult result);

        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.Loaded));
        Assert.That(loaded.State, Is.EqualTo(TouchCalibrationState.Calibrated));
        for (int raw = 0; raw <= 4095; raw += 273)
        {
            Assert.That(loaded.MapX(raw, raw), Is.EqualTo(saved.MapX(raw, raw)));
            Assert.That(loaded.MapY(4095 - raw, raw), Is.EqualTo(saved.MapY(4095 - raw, raw)));
        }
    }

    [Test]
    public void SavingTheSameCalibrationAgainWritesNothing()
    {
        TouchCalibrationStore store = NewStore(out _);
        store.Load(out _);
        store.Save(Users(), out _);
        int writes = _flash.WriteCount;

        Assert.That(store.Save(Users(), out _), Is.EqualTo(SettingsSaveResult.Unchanged));
        Assert.That(_flash.WriteCount, Is.EqualTo(writes));
    }

    [Test]
    public void TheUncalibratedDefaultIsNotStored()
    {
        Assert.That(NewStore(out _).Save(TouchCalibration.CreateDefault(), out TouchCalibrationError error), Is.EqualTo(SettingsSaveResult.Rejected));
        Assert.That(error, Is.EqualTo(TouchCalibrationError.NotCalibrated));
        Assert.That(_flash.WriteCount, Is.Zero);
    }

    [Test]
    public void AnInvalidStoredCalibrationFallsBackToTheDefaultAndSaysWhy()
    {
        // Written straight into the record store, bypassing validation: three raw points on one line.
        byte[] payload = new byte[TouchCalibration.SerializedSize];
        Users().WriteTo(payload, 0);
        payload[1 + 16 + 4] = payload[1 + 4];
        payload[1 + 16 + 5] = payload[1 + 5];
        payload[1 + 16 + 6] = payload[1 + 6];
        payload[1 + 16 + 7] = payload[1 + 7]; // point 2's raw reading = point 0's
        Assert.That(NewRecordStore().Save(RecordKind.SettingsTouch, payload, 0, payload.Length), Is.EqualTo(RecordSaveStatus.Saved));

        TouchCalibration calibration = NewStore(out SettingsRepository repository).Load(out RecordLoadResult result);

        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.InvalidUsedDefaults));
        Assert.That((TouchCalibrationError)result.RejectReason, Is.EqualTo(TouchCalibrationError.RawPointsCollinear));
        Assert.That(calibration.State, Is.EqualTo(TouchCalibrationState.Uncalibrated));
        Assert.That(repository.AnySettingsReset, Is.True, "the screen says settings were reset");
    }

    [Test]
    public void AnUnknownVersionFallsBackToTheDefault()
    {
        byte[] payload = new byte[TouchCalibration.SerializedSize];
        Users().WriteTo(payload, 0);
        payload[0] = 9;
        NewRecordStore().Save(RecordKind.SettingsTouch, payload, 0, payload.Length);

        TouchCalibration calibration = NewStore(out _).Load(out RecordLoadResult result);

        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.UnknownVersionUsedDefaults));
        Assert.That(calibration.IsCalibrated, Is.False);
    }

    [Test]
    public void AnInvalidNewerRecordFallsBackToTheOlderGoodOne()
    {
        TouchCalibration good = Users();
        NewStore(out _).Save(good, out _);
        byte[] payload = new byte[TouchCalibration.SerializedSize];
        good.WriteTo(payload, 0);
        payload[1] = 0x40;
        payload[2] = 0x01; // point 0 screen x = 320: outside the screen
        NewRecordStore().Save(RecordKind.SettingsTouch, payload, 0, payload.Length);

        TouchCalibration loaded = NewStore(out _).Load(out RecordLoadResult result);

        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.RejectedFellBackToOtherSlot));
        Assert.That(loaded.IsCalibrated, Is.True);
        Assert.That(loaded.MapX(1000, 1000), Is.EqualTo(good.MapX(1000, 1000)));
    }
}
