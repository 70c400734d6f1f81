using System;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Storage;

public class SettingsRepositoryTests
{
    private InMemoryFlashStorage _flash = null!;

    [SetUp]
    public void SetUp() => _flash = new InMemoryFlashStorage();

    private SettingsRepository NewRepository() => new(new RecordStore(_flash, 256));

    private static IntegrationSettings Boat() => new()
    {
        VeDirectEnabled = false, BleEnabled = true, DeviceName = "Boat house", AdvertisingFormat = AdvertisingFormat.BTHome, CompanyId = 0x02E5, PairingRequired = true,
    };

    [Test]
    public void FirstBootGivesDefaultsWithoutAReset()
    {
        SettingsRepository repository = NewRepository();
        IntegrationSettings settings = repository.LoadIntegration(out RecordLoadResult result);

        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.NoData));
        Assert.That(settings.DeviceName, Is.EqualTo(DeviceName.DefaultText));
        Assert.That(repository.AnySettingsReset, Is.False);
    }

    [Test]
    public void SavedIntegrationSettingsSurviveAReboot()
    {
        Assert.That(NewRepository().SaveIntegration(Boat(), out IntegrationSettingsError error), Is.EqualTo(SettingsSaveResult.Saved));
        Assert.That(error, Is.EqualTo(IntegrationSettingsError.None));

        IntegrationSettings loaded = NewRepository().LoadIntegration(out RecordLoadResult result);
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.Loaded));
        Assert.That(loaded.VeDirectEnabled, Is.False);
        Assert.That(loaded.BleEnabled, Is.True);
        Assert.That(loaded.DeviceName, Is.EqualTo("Boat house"));
        Assert.That(loaded.AdvertisingFormat, Is.EqualTo(AdvertisingFormat.BTHome));
        Assert.That(loaded.CompanyId, Is.EqualTo((ushort)0x02E5));
        Assert.That(loaded.PairingRequired, Is.True);
    }

    [TestCase("", IntegrationSettingsError.DeviceNameEmpty)]
    [TestCase("A name that is far too long", IntegrationSettingsError.DeviceNameTooLong)]
    [TestCase("Tab\there", IntegrationSettingsError.DeviceNameInvalidCharacter)]
    public void InvalidSettingsAreRejectedWithTheReasonAndTheStoredOnesStay(string name, IntegrationSettingsError expected)
    {
        SettingsRepository repository = NewRepository();
        repository.SaveIntegration(Boat(), out _);
        int writes = _flash.WriteCount;

        IntegrationSettings bad = Boat();
        bad.DeviceName = name;
        Assert.That(repository.SaveIntegration(bad, out IntegrationSettingsError error), Is.EqualTo(SettingsSaveResult.Rejected));
        Assert.That(error, Is.EqualTo(expected));
        Assert.That(_flash.WriteCount, Is.EqualTo(writes), "nothing may be written");
        Assert.That(NewRepository().LoadIntegration(out _).DeviceName, Is.EqualTo("Boat house"));
    }

    [Test]
    public void UnknownAdvertisingFormatIsRejected()
    {
        IntegrationSettings bad = Boat();
        bad.AdvertisingFormat = (AdvertisingFormat)7;
        Assert.That(NewRepository().SaveIntegration(bad, out IntegrationSettingsError error), Is.EqualTo(SettingsSaveResult.Rejected));
        Assert.That(error, Is.EqualTo(IntegrationSettingsError.UnknownAdvertisingFormat));
        Assert.That(_flash.WriteCount, Is.Zero);
    }

    [Test]
    public void InvalidRawPayloadIsRejectedWithTheValidatorsReason()
    {
        SettingsRepository repository = NewRepository();
        byte[] good = TestPayloads.Make(1, 30);
        Assert.That(repository.Save(RecordKind.SettingsBattery, good, 0, good.Length, TestPayloads.Validator, out _), Is.EqualTo(SettingsSaveResult.Saved));

        Assert.That(repository.Save(RecordKind.SettingsBattery, [], 0, 0, TestPayloads.Validator, out int reason), Is.EqualTo(SettingsSaveResult.Rejected));
        Assert.That(reason, Is.EqualTo(TestPayloads.InvalidReason));
        byte[] unknown = TestPayloads.Make(2, 30);
        unknown[0] = 5;
        Assert.That(repository.Save(RecordKind.SettingsBattery, unknown, 0, unknown.Length, TestPayloads.Validator, out _), Is.EqualTo(SettingsSaveResult.Rejected));

        Assert.That(NewRepository().Load(RecordKind.SettingsBattery, TestPayloads.Validator).Payload, Is.EqualTo(good));
    }

    [Test]
    public void UnchangedSettingsAreNotWrittenAgain()
    {
        SettingsRepository repository = NewRepository();
        Assert.That(repository.SaveIntegration(Boat(), out _), Is.EqualTo(SettingsSaveResult.Saved));
        Assert.That(repository.SaveIntegration(Boat(), out _), Is.EqualTo(SettingsSaveResult.Unchanged));
        Assert.That(_flash.WriteCount, Is.EqualTo(1));

        // Also after a reboot: the loaded payload is the reference.
        SettingsRepository rebooted = NewRepository();
        rebooted.LoadIntegration(out _);
        Assert.That(rebooted.SaveIntegration(Boat(), out _), Is.EqualTo(SettingsSaveResult.Unchanged));
        IntegrationSettings changed = Boat();
        changed.CompanyId = 0xFFFF;
        Assert.That(rebooted.SaveIntegration(changed, out _), Is.EqualTo(SettingsSaveResult.Saved));
        Assert.That(_flash.WriteCount, Is.EqualTo(2));
    }

    [Test]
    public void CorruptSettingsFallBackToDefaultsAndTheScreenIsTold()
    {
        NewRepository().SaveIntegration(Boat(), out _);
        _flash.FlipBit(RecordStore.SlotName(RecordKind.SettingsIntegration, 0), 140);

        SettingsRepository repository = NewRepository();
        IntegrationSettings settings = repository.LoadIntegration(out RecordLoadResult result);
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.CorruptUsedDefaults));
        Assert.That(settings.DeviceName, Is.EqualTo(DeviceName.DefaultText));
        Assert.That(repository.AnySettingsReset, Is.True);
        Assert.That(repository.LastLoad(RecordKind.SettingsIntegration), Is.SameAs(result));
    }

    [Test]
    public void SettingsOfAnUnknownVersionFallBackToDefaultsAndSaySo()
    {
        byte[] future = [2, 0, 0, 0, 0, 0, 0, 0];
        new RecordStore(_flash, 256).Save(RecordKind.SettingsIntegration, future, 0, future.Length);

        SettingsRepository repository = NewRepository();
        IntegrationSettings settings = repository.LoadIntegration(out RecordLoadResult result);
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.UnknownVersionUsedDefaults));
        Assert.That(result.RejectReason, Is.EqualTo((int)IntegrationSettingsError.UnknownVersion));
        Assert.That(settings.Validate(), Is.EqualTo(IntegrationSettingsError.None));
        Assert.That(repository.AnySettingsReset, Is.True);
    }

    [Test]
    public void StoredSettingsThatFailValidationFallBackToDefaultsWithTheReason()
    {
        // Intact record (CRC fine) but the name holds a control character.
        byte[] payload = [1, 0x03, 0, 0xFF, 0xFF, 2, (byte)'A', 0x07];
        new RecordStore(_flash, 256).Save(RecordKind.SettingsIntegration, payload, 0, payload.Length);

        IntegrationSettings settings = NewRepository().LoadIntegration(out RecordLoadResult result);
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.InvalidUsedDefaults));
        Assert.That(result.RejectReason, Is.EqualTo((int)IntegrationSettingsError.DeviceNameInvalidCharacter));
        Assert.That(settings.DeviceName, Is.EqualTo(DeviceName.DefaultText));
    }

    [Test]
    public void BatteryStateResetDoesNotCountAsSettingsReset()
    {
        new RecordStore(_flash, 256).Save(RecordKind.BatteryState, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength);
        _flash.FlipBit(RecordStore.SlotName(RecordKind.BatteryState, 0), 3);

        SettingsRepository repository = NewRepository();
        Assert.That(repository.Load(RecordKind.BatteryState, TestPayloads.Validator).DefaultsReplacedStoredData, Is.True);
        Assert.That(repository.AnySettingsReset, Is.False);
    }

    [Test]
    public void StorageFailuresAreReportedAndTheStoredSettingsStay()
    {
        SettingsRepository repository = NewRepository();
        repository.SaveIntegration(Boat(), out _);
        IntegrationSettings changed = Boat();
        changed.DeviceName = "New name";

        _flash.FailWriteAfterBytes = 5;
        Assert.That(repository.SaveIntegration(changed, out _), Is.EqualTo(SettingsSaveResult.WriteFailed));
        _flash.FlipBitOnNextWrite = true;
        Assert.That(repository.SaveIntegration(changed, out _), Is.EqualTo(SettingsSaveResult.VerifyFailed));
        Assert.That(NewRepository().LoadIntegration(out _).DeviceName, Is.EqualTo("Boat house"));

        Assert.That(repository.SaveIntegration(changed, out _), Is.EqualTo(SettingsSaveResult.Saved));
        Assert.That(NewRepository().LoadIntegration(out _).DeviceName, Is.EqualTo("New name"));
    }

    [Test]
    public void PowerCutAtEveryByteOfASettingsSaveKeepsOldOrNewSettings()
    {
        IntegrationSettings changed = Boat();
        changed.DeviceName = "Renamed";
        for (int cut = 0; ; cut++)
        {
            _flash = new InMemoryFlashStorage();
            NewRepository().SaveIntegration(Boat(), out _);
            _flash.CutAfterBytes = cut;
            _flash.Tail = CutTail.Garbage;
            NewRepository().SaveIntegration(changed, out _);
            bool complete = _flash.Peek(_flash.LastWriteName!)!.AsSpan().SequenceEqual(_flash.LastIntendedWrite);
            _flash.PowerOn();

            SettingsRepository repository = NewRepository();
            IntegrationSettings loaded = repository.LoadIntegration(out RecordLoadResult result);
            Assert.That(result.HasPayload, Is.True, "cut " + cut);
            Assert.That(loaded.DeviceName, Is.EqualTo(complete ? "Renamed" : "Boat house"), "cut " + cut);
            Assert.That(repository.AnySettingsReset, Is.False, "cut " + cut);
            if (complete)
            {
                break;
            }
        }
    }

    [Test]
    public void BadArgumentsThrow()
    {
        SettingsRepository repository = NewRepository();
        Assert.Throws<ArgumentNullException>(() => new SettingsRepository(null!));
        Assert.Throws<ArgumentNullException>(() => repository.SaveIntegration(null!, out _));
        Assert.Throws<ArgumentNullException>(() => repository.Load(RecordKind.SettingsBattery, null!));
        Assert.Throws<ArgumentNullException>(() => repository.Save(RecordKind.SettingsBattery, new byte[1], 0, 1, null!, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => repository.LastLoad((RecordKind)0));
    }
}
