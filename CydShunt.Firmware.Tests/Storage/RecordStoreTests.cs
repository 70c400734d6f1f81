using System;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Host.Storage;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Storage;

public class RecordStoreTests
{
    private const RecordKind Kind = RecordKind.BatteryState;
    private static readonly string SlotA = RecordStore.SlotName(Kind, 0);
    private static readonly string SlotB = RecordStore.SlotName(Kind, 1);

    private InMemoryFlashStorage _flash = null!;

    [SetUp]
    public void SetUp() => _flash = new InMemoryFlashStorage();

    private RecordStore NewStore() => new(_flash, 256);

    private RecordLoadResult Reload() => NewStore().Load(Kind, TestPayloads.Validator);

    [Test]
    public void FirstBootReportsNoDataWithoutPayload()
    {
        RecordLoadResult result = Reload();

        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.NoData));
        Assert.That(result.Payload, Is.Null);
        Assert.That(result.DefaultsReplacedStoredData, Is.False);
        Assert.That(result.SlotA, Is.EqualTo(SlotState.Empty));
        Assert.That(result.SlotB, Is.EqualTo(SlotState.Empty));
    }

    [Test]
    public void SavedPayloadLoadsBackExactly()
    {
        byte[] payload = TestPayloads.Make(1);
        Assert.That(NewStore().Save(Kind, payload, 0, payload.Length), Is.EqualTo(RecordSaveStatus.Saved));

        RecordLoadResult result = Reload();
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.Loaded));
        Assert.That(result.Payload, Is.EqualTo(payload));
        Assert.That(result.Sequence, Is.EqualTo(1u));
        Assert.That(result.Slot, Is.Zero);
        Assert.That(result.SlotB, Is.EqualTo(SlotState.Empty));
    }

    [Test]
    public void SavesAlternateBetweenSlotsWithIncreasingSequence()
    {
        RecordStore store = NewStore();
        for (int generation = 1; generation <= 6; generation++)
        {
            byte[] payload = TestPayloads.Make(generation);
            Assert.That(store.Save(Kind, payload, 0, payload.Length), Is.EqualTo(RecordSaveStatus.Saved));
            RecordLoadResult result = Reload();
            Assert.That(result.Payload, Is.EqualTo(payload), "generation " + generation);
            Assert.That(result.Sequence, Is.EqualTo((uint)generation));
            Assert.That(result.Slot, Is.EqualTo((generation - 1) % 2));
        }

        Assert.That(_flash.WriteCount, Is.EqualTo(6));
    }

    [Test]
    public void AStoreCreatedAfterARebootContinuesTheSequenceAndWritesTheOlderSlot()
    {
        NewStore().Save(Kind, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength);
        NewStore().Save(Kind, TestPayloads.Make(2), 0, TestPayloads.BatteryStateLength);
        byte[] newestBefore = _flash.Peek(SlotB)!;

        // A fresh store (after reboot) saves without loading first: it must scan and spare slot B.
        NewStore().Save(Kind, TestPayloads.Make(3), 0, TestPayloads.BatteryStateLength);

        Assert.That(_flash.Peek(SlotB), Is.EqualTo(newestBefore));
        RecordLoadResult result = Reload();
        Assert.That(result.Payload, Is.EqualTo(TestPayloads.Make(3)));
        Assert.That(result.Sequence, Is.EqualTo(3u));
        Assert.That(result.Slot, Is.Zero);
    }

    [Test]
    public void SequenceNumberWrapsAroundAndTheWrappedRecordStillWins()
    {
        RecordStore store = NewStore();
        store.Save(Kind, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength);
        // Plant a record just below the wrap in slot A (as if 2^32 − 2 saves had happened).
        _flash.Poke(SlotA, Record(TestPayloads.Make(100), 0xFFFFFFFE));

        store = NewStore();
        for (int generation = 101; generation <= 104; generation++)
        {
            byte[] payload = TestPayloads.Make(generation);
            Assert.That(store.Save(Kind, payload, 0, payload.Length), Is.EqualTo(RecordSaveStatus.Saved));
            RecordLoadResult result = Reload();
            Assert.That(result.Payload, Is.EqualTo(payload), "generation " + generation);
            Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.Loaded));
        }

        Assert.That(Reload().Sequence, Is.EqualTo(2u)); // 0xFFFFFFFF, 0, 1, 2
    }

    [TestCase(0u, 0xFFFFFFFFu, true)]
    [TestCase(0xFFFFFFFFu, 0u, false)]
    [TestCase(5u, 4u, true)]
    [TestCase(4u, 4u, false)]
    [TestCase(0x7FFFFFFFu, 0u, true)]
    public void NewerUsesSerialNumberArithmetic(uint b, uint a, bool bIsNewer)
    {
        Assert.That(RecordFormat.IsNewer(b, a), Is.EqualTo(bIsNewer));
    }

    [Test]
    public void EmptyPayloadIsStoredAndLoaded()
    {
        RecordStore store = NewStore();
        Assert.That(store.Save(Kind, [], 0, 0), Is.EqualTo(RecordSaveStatus.Saved));
        RecordLoadResult result = store.Load(Kind, null);
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.Loaded));
        Assert.That(result.Payload, Is.Empty);
    }

    [Test]
    public void SaveUsesOnlyTheGivenRangeOfTheBuffer()
    {
        byte[] buffer = new byte[10 + TestPayloads.BatteryStateLength + 5];
        Array.Copy(TestPayloads.Make(9), 0, buffer, 10, TestPayloads.BatteryStateLength);
        NewStore().Save(Kind, buffer, 10, TestPayloads.BatteryStateLength);
        Assert.That(Reload().Payload, Is.EqualTo(TestPayloads.Make(9)));
    }

    [Test]
    public void BadArgumentsThrow()
    {
        RecordStore store = NewStore();
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Save(Kind, new byte[257], 0, 257));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Save(Kind, new byte[10], 5, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Save(Kind, new byte[10], -1, 1));
        Assert.Throws<ArgumentNullException>(() => store.Save(Kind, null!, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Save((RecordKind)0, new byte[1], 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Load((RecordKind)16, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordStore(_flash, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordStore(_flash, 65536));
        Assert.Throws<ArgumentNullException>(() => new RecordStore(null!, 10));
        Assert.That(_flash.WriteCount, Is.Zero);
    }

    [Test]
    public void KindsAreStoredIndependently()
    {
        RecordStore store = NewStore();
        store.Save(RecordKind.SettingsBattery, TestPayloads.Make(1, 30), 0, 30);
        store.Save(RecordKind.SettingsShunt, TestPayloads.Make(2, 20), 0, 20);
        store.Save(RecordKind.SettingsBattery, TestPayloads.Make(3, 30), 0, 30);

        RecordStore reloaded = NewStore();
        Assert.That(reloaded.Load(RecordKind.SettingsBattery, TestPayloads.Validator).Payload, Is.EqualTo(TestPayloads.Make(3, 30)));
        Assert.That(reloaded.Load(RecordKind.SettingsShunt, TestPayloads.Validator).Payload, Is.EqualTo(TestPayloads.Make(2, 20)));
        Assert.That(reloaded.Load(RecordKind.SettingsIntegration, TestPayloads.Validator).Status, Is.EqualTo(RecordLoadStatus.NoData));
    }

    [Test]
    public void SlotNamesAreStableFileNames()
    {
        Assert.That(RecordStore.SlotName(RecordKind.SettingsBattery, 0), Is.EqualTo("settings-battery.a"));
        Assert.That(RecordStore.SlotName(RecordKind.SettingsShunt, 1), Is.EqualTo("settings-shunt.b"));
        Assert.That(RecordStore.SlotName(RecordKind.SettingsIntegration, 0), Is.EqualTo("settings-integration.a"));
        Assert.That(RecordStore.SlotName(RecordKind.BatteryState, 1), Is.EqualTo("battery-state.b"));
        Assert.That(RecordStore.SlotName((RecordKind)12, 0), Is.EqualTo("record-12.a"));
    }

    [Test]
    public void ARecordInTheWrongKindsFileIsCorrupt()
    {
        byte[] record = Record(TestPayloads.Make(1), 1, RecordKind.SettingsShunt);
        _flash.Poke(SlotA, record);
        RecordLoadResult result = Reload();
        Assert.That(result.SlotA, Is.EqualTo(SlotState.Corrupt));
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.CorruptUsedDefaults));
    }

    [Test]
    public void TrailingBytesAfterARecordMakeItCorrupt()
    {
        byte[] record = Record(TestPayloads.Make(1), 1);
        byte[] longer = new byte[record.Length + 1];
        record.CopyTo(longer, 0);
        _flash.Poke(SlotA, longer);
        Assert.That(Reload().Status, Is.EqualTo(RecordLoadStatus.CorruptUsedDefaults));
    }

    [Test]
    public void RecordOfAnUnknownFormatVersionUsesDefaultsAndSaysSo()
    {
        byte[] record = Record(TestPayloads.Make(1), 1);
        record[RecordFormat.FormatVersionOffset] = 2;
        Reseal(record);
        _flash.Poke(SlotA, record);

        RecordLoadResult result = Reload();
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.UnknownVersionUsedDefaults));
        Assert.That(result.SlotA, Is.EqualTo(SlotState.UnknownVersion));
        Assert.That(result.Payload, Is.Null);
        Assert.That(result.DefaultsReplacedStoredData, Is.True);
    }

    [Test]
    public void PayloadOfAnUnknownVersionUsesDefaultsAndSaysSo()
    {
        byte[] payload = TestPayloads.Make(1);
        payload[0] = 9;
        NewStore().Save(Kind, payload, 0, payload.Length);

        RecordLoadResult result = Reload();
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.UnknownVersionUsedDefaults));
        Assert.That(result.Payload, Is.Null);
    }

    [Test]
    public void InvalidPayloadUsesDefaultsWithTheValidatorsReason()
    {
        NewStore().Save(Kind, [], 0, 0);

        RecordLoadResult result = Reload();
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.InvalidUsedDefaults));
        Assert.That(result.RejectReason, Is.EqualTo(TestPayloads.InvalidReason));
        Assert.That(result.SlotA, Is.EqualTo(SlotState.Invalid));
    }

    [Test]
    public void NewerRecordOfUnknownVersionFallsBackToTheOlderUsableOneAndTheNextSaveReplacesTheUnknownOne()
    {
        RecordStore store = NewStore();
        store.Save(Kind, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength);
        byte[] future = TestPayloads.Make(2);
        future[0] = 2; // written by a newer firmware
        store.Save(Kind, future, 0, future.Length);

        store = NewStore();
        RecordLoadResult result = store.Load(Kind, TestPayloads.Validator);
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.RejectedFellBackToOtherSlot));
        Assert.That(result.Payload, Is.EqualTo(TestPayloads.Make(1)));

        byte[] usable = _flash.Peek(SlotA)!;
        store.Save(Kind, TestPayloads.Make(3), 0, TestPayloads.BatteryStateLength);
        Assert.That(_flash.Peek(SlotA), Is.EqualTo(usable), "the usable record must not be overwritten");
        result = Reload();
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.Loaded));
        Assert.That(result.Payload, Is.EqualTo(TestPayloads.Make(3)));
        Assert.That(result.Sequence, Is.EqualTo(3u));
    }

    [Test]
    public void OlderRejectedRecordDoesNotChangeTheStatus()
    {
        RecordStore store = NewStore();
        store.Save(Kind, [], 0, 0);
        store.Save(Kind, TestPayloads.Make(2), 0, TestPayloads.BatteryStateLength);
        RecordLoadResult result = Reload();
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.Loaded));
        Assert.That(result.SlotA, Is.EqualTo(SlotState.Invalid));
    }

    [Test]
    public void WhenNoUsableRecordExistsASaveSparesTheNewestIntactOne()
    {
        byte[] future = TestPayloads.Make(1);
        future[0] = 7;
        RecordStore store = NewStore();
        store.Save(Kind, future, 0, future.Length);
        byte[] futureRecord = _flash.Peek(SlotA)!;

        store = NewStore();
        Assert.That(store.Load(Kind, TestPayloads.Validator).Status, Is.EqualTo(RecordLoadStatus.UnknownVersionUsedDefaults));
        store.Save(Kind, TestPayloads.Make(2), 0, TestPayloads.BatteryStateLength);

        Assert.That(_flash.Peek(SlotA), Is.EqualTo(futureRecord));
        Assert.That(Reload().Payload, Is.EqualTo(TestPayloads.Make(2)));
    }

    [Test]
    public void FailedWriteKeepsThePreviousRecordAndTheNextSaveSucceeds()
    {
        RecordStore store = NewStore();
        store.Save(Kind, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength);
        store.Save(Kind, TestPayloads.Make(2), 0, TestPayloads.BatteryStateLength);

        _flash.FailWriteAfterBytes = 40;
        Assert.That(store.Save(Kind, TestPayloads.Make(3), 0, TestPayloads.BatteryStateLength), Is.EqualTo(RecordSaveStatus.WriteFailed));
        RecordLoadResult afterFailure = Reload();
        Assert.That(afterFailure.Payload, Is.EqualTo(TestPayloads.Make(2)));
        Assert.That(afterFailure.Status, Is.EqualTo(RecordLoadStatus.CorruptFellBackToOtherSlot));

        Assert.That(store.Save(Kind, TestPayloads.Make(4), 0, TestPayloads.BatteryStateLength), Is.EqualTo(RecordSaveStatus.Saved));
        RecordLoadResult result = Reload();
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.Loaded));
        Assert.That(result.Payload, Is.EqualTo(TestPayloads.Make(4)));
    }

    [Test]
    public void WriteThatStoresWrongBytesIsCaughtByTheReadBack()
    {
        RecordStore store = NewStore();
        store.Save(Kind, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength);
        _flash.FlipBitOnNextWrite = true;

        Assert.That(store.Save(Kind, TestPayloads.Make(2), 0, TestPayloads.BatteryStateLength), Is.EqualTo(RecordSaveStatus.VerifyFailed));
        Assert.That(Reload().Payload, Is.EqualTo(TestPayloads.Make(1)));

        // The failed slot is written again, never the good one.
        Assert.That(store.Save(Kind, TestPayloads.Make(3), 0, TestPayloads.BatteryStateLength), Is.EqualTo(RecordSaveStatus.Saved));
        Assert.That(Reload().Payload, Is.EqualTo(TestPayloads.Make(3)));
        Assert.That(Reload().Slot, Is.EqualTo(1));
    }

    [Test]
    public void ReadErrorOnOneSlotFallsBackToTheOther()
    {
        RecordStore store = NewStore();
        store.Save(Kind, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength);
        store.Save(Kind, TestPayloads.Make(2), 0, TestPayloads.BatteryStateLength);
        _flash.SetUnreadable(SlotB, true);

        RecordLoadResult result = Reload();
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.CorruptFellBackToOtherSlot));
        Assert.That(result.SlotB, Is.EqualTo(SlotState.ReadFailed));
        Assert.That(result.Payload, Is.EqualTo(TestPayloads.Make(1)));
    }

    [Test]
    public void ReadErrorsOnEverySlotUseDefaultsAndSaySo()
    {
        NewStore().Save(Kind, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength);
        _flash.SetUnreadable(SlotA, true);

        RecordLoadResult result = Reload();
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.ReadFailedUsedDefaults));
        Assert.That(result.DefaultsReplacedStoredData, Is.True);
    }

    [Test]
    public void EraseRemovesBothSlots()
    {
        RecordStore store = NewStore();
        store.Save(Kind, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength);
        store.Save(Kind, TestPayloads.Make(2), 0, TestPayloads.BatteryStateLength);

        Assert.That(store.Erase(Kind), Is.True);
        Assert.That(_flash.Names, Is.Empty);
        Assert.That(store.Load(Kind, TestPayloads.Validator).Status, Is.EqualTo(RecordLoadStatus.NoData));
        Assert.That(store.Save(Kind, TestPayloads.Make(3), 0, TestPayloads.BatteryStateLength), Is.EqualTo(RecordSaveStatus.Saved));
        Assert.That(Reload().Sequence, Is.EqualTo(1u));
    }

    [Test]
    public void HeaderLayoutIsAsDocumented()
    {
        byte[] payload = [1, 0xAA, 0xBB];
        NewStore().Save(RecordKind.SettingsIntegration, payload, 0, payload.Length);
        byte[] record = _flash.Peek(RecordStore.SlotName(RecordKind.SettingsIntegration, 0))!;

        Assert.That(record, Has.Length.EqualTo(16 + 3));
        Assert.That(record[..4], Is.EqualTo(new byte[] { 0x43, 0x59, 0x44, 0x52 }));
        Assert.That(record[4], Is.EqualTo(1), "format version");
        Assert.That(record[5], Is.EqualTo((byte)RecordKind.SettingsIntegration));
        Assert.That(record[6] | (record[7] << 8), Is.EqualTo(3), "payload length");
        Assert.That(BitConverter.ToUInt32(record, 8), Is.EqualTo(1u), "sequence");
        byte[] covered = [.. record[..12], .. record[16..]];
        Assert.That(BitConverter.ToUInt32(record, 12), Is.EqualTo(Crc32.Compute(covered, 0, covered.Length)));
        Assert.That(record[16..], Is.EqualTo(payload));
    }

    internal static byte[] Record(byte[] payload, uint sequence, RecordKind kind = Kind)
    {
        byte[] record = new byte[RecordFormat.HeaderLength + payload.Length];
        RecordFormat.Build(record, kind, sequence, payload, 0, payload.Length);
        return record;
    }

    private static void Reseal(byte[] record)
    {
        byte[] covered = [.. record[..12], .. record[16..]];
        RecordFormat.WriteUInt32(record, RecordFormat.CrcOffset, Crc32.Compute(covered, 0, covered.Length));
    }
}
