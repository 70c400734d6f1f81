using System;
using CsCheck;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Host.Storage;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Storage;

/// <summary>Damage at rest — a flipped bit anywhere, a shortened file, random overwrites — is detected and never loaded as data.</summary>
public class CorruptionTests
{
    private const RecordKind Kind = RecordKind.BatteryState;
    private const int RecordLength = RecordStore.RecordOverhead + TestPayloads.BatteryStateLength;
    private static readonly string SlotA = RecordStore.SlotName(Kind, 0);
    private static readonly string SlotB = RecordStore.SlotName(Kind, 1);

    private static InMemoryFlashStorage TwoRecords()
    {
        var flash = new InMemoryFlashStorage();
        var store = new RecordStore(flash, 256);
        store.Save(Kind, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength); // slot A, older
        store.Save(Kind, TestPayloads.Make(2), 0, TestPayloads.BatteryStateLength); // slot B, newest
        return flash;
    }

    private static RecordLoadResult Load(InMemoryFlashStorage flash) => new RecordStore(flash, 256).Load(Kind, TestPayloads.Validator);

    [Test]
    public void AnyFlippedBitInTheNewestRecordFallsBackToTheOlderOne()
    {
        for (int bit = 0; bit < RecordLength * 8; bit++)
        {
            InMemoryFlashStorage flash = TwoRecords();
            flash.FlipBit(SlotB, bit);
            RecordLoadResult result = Load(flash);
            Assert.That(result.SlotB, Is.EqualTo(SlotState.Corrupt), "bit " + bit);
            Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.CorruptFellBackToOtherSlot), "bit " + bit);
            Assert.That(result.Payload, Is.EqualTo(TestPayloads.Make(1)), "bit " + bit);
        }
    }

    [Test]
    public void AnyFlippedBitInTheOlderRecordStillLoadsTheNewestAndReportsTheDamage()
    {
        for (int bit = 0; bit < RecordLength * 8; bit++)
        {
            InMemoryFlashStorage flash = TwoRecords();
            flash.FlipBit(SlotA, bit);
            RecordLoadResult result = Load(flash);
            Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.CorruptFellBackToOtherSlot), "bit " + bit);
            Assert.That(result.Payload, Is.EqualTo(TestPayloads.Make(2)), "bit " + bit);
        }
    }

    [Test]
    public void AnyFlippedBitInTheOnlyRecordUsesDefaultsAndSaysSo()
    {
        for (int bit = 0; bit < RecordLength * 8; bit++)
        {
            var flash = new InMemoryFlashStorage();
            new RecordStore(flash, 256).Save(Kind, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength);
            flash.FlipBit(SlotA, bit);
            RecordLoadResult result = Load(flash);
            Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.CorruptUsedDefaults), "bit " + bit);
            Assert.That(result.Payload, Is.Null, "bit " + bit);
            Assert.That(result.DefaultsReplacedStoredData, Is.True, "bit " + bit);
        }
    }

    [Test]
    public void ShortenedFilesAreCorrupt()
    {
        for (int length = 0; length < RecordLength; length++)
        {
            InMemoryFlashStorage flash = TwoRecords();
            flash.Poke(SlotB, flash.Peek(SlotB)![..length]);
            RecordLoadResult result = Load(flash);
            Assert.That(result.Payload, Is.EqualTo(TestPayloads.Make(1)), "length " + length);
            Assert.That(result.SlotB, Is.EqualTo(SlotState.Corrupt), "length " + length);
        }
    }

    [Test]
    public void BothSlotsDamagedUseDefaultsAndSaySo()
    {
        InMemoryFlashStorage flash = TwoRecords();
        flash.FlipBit(SlotA, 100);
        flash.FlipBit(SlotB, 200);
        RecordLoadResult result = Load(flash);
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.CorruptUsedDefaults));
        Assert.That(result.Payload, Is.Null);
    }

    [Test]
    public void RandomDamageNeverLoadsAnythingButAStoredRecord()
    {
        Gen.Select(Gen.Int[0, 1], Gen.Select(Gen.Int[0, RecordLength - 1], Gen.Byte).Array[1, 12]).Sample((slot, writes) =>
        {
            InMemoryFlashStorage flash = TwoRecords();
            string name = slot == 0 ? SlotA : SlotB;
            byte[] bytes = flash.Peek(name)!;
            bool changed = false;
            foreach ((int offset, byte value) in writes)
            {
                changed |= bytes[offset] != value;
                bytes[offset] = value;
            }

            flash.Poke(name, bytes);
            RecordLoadResult result = Load(flash);
            byte[] expected = TestPayloads.Make(changed ? 2 - slot : 2);
            return result.Payload != null && result.Payload.AsSpan().SequenceEqual(expected);
        }, iter: 2000);
    }

    [Test]
    public void ErasedFlashIsCorruptNotData()
    {
        var flash = new InMemoryFlashStorage();
        byte[] erased = new byte[RecordLength];
        Array.Fill(erased, (byte)0xFF);
        flash.Poke(SlotA, erased);
        flash.Poke(SlotB, new byte[RecordLength]);
        RecordLoadResult result = Load(flash);
        Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.CorruptUsedDefaults));
        Assert.That(result.SlotA, Is.EqualTo(SlotState.Corrupt));
        Assert.That(result.SlotB, Is.EqualTo(SlotState.Corrupt));
    }
}
