using System;
using System.Linq;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Host.Storage;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Storage;

/// <summary>
/// The power is cut at every byte of a record write (0 bytes written .. all bytes written), with every kind of tail
/// the flash may leave; after each "reboot" the load must return exactly the previous or the new record — never
/// garbage, and never defaults while a complete record existed.
/// </summary>
public class PowerCutTests
{
    private const RecordKind Kind = RecordKind.BatteryState;
    private const int RecordLength = RecordStore.RecordOverhead + TestPayloads.BatteryStateLength;

    [Test]
    public void CutDuringTheFirstEverWriteGivesNothingOrTheNewRecord([Values] CutTail tail)
    {
        for (int cut = 0; cut <= RecordLength; cut++)
        {
            var flash = new InMemoryFlashStorage();
            byte[] payload = TestPayloads.Make(1);
            flash.CutAfterBytes = cut;
            flash.Tail = tail;
            Assert.That(new RecordStore(flash, 256).Save(Kind, payload, 0, payload.Length), Is.EqualTo(RecordSaveStatus.WriteFailed));

            flash.PowerOn();
            RecordLoadResult result = new RecordStore(flash, 256).Load(Kind, TestPayloads.Validator);
            string where = "cut after " + cut + " bytes, tail " + tail;
            if (WriteLanded(flash))
            {
                Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.Loaded), where);
                Assert.That(result.Payload, Is.EqualTo(payload), where);
            }
            else
            {
                // An interrupted first save leaves defaults, reported as damage (the user's save was lost).
                Assert.That(result.Payload, Is.Null, where);
                Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.CorruptUsedDefaults), where);
            }

            AssertRecovers(flash, where);
        }
    }

    [Test]
    public void CutDuringAWriteIntoEitherSlotGivesTheOldOrTheNewRecord([Values(1, 2, 3)] int earlierSaves, [Values] CutTail tail)
    {
        for (int cut = 0; cut <= RecordLength; cut++)
        {
            var flash = new InMemoryFlashStorage();
            var store = new RecordStore(flash, 256);
            for (int generation = 1; generation <= earlierSaves; generation++)
            {
                Assert.That(store.Save(Kind, TestPayloads.Make(generation), 0, TestPayloads.BatteryStateLength), Is.EqualTo(RecordSaveStatus.Saved));
            }

            byte[] old = TestPayloads.Make(earlierSaves);
            byte[] next = TestPayloads.Make(earlierSaves + 1);
            string goodSlot = RecordStore.SlotName(Kind, (earlierSaves - 1) % 2);
            byte[] goodBefore = flash.Peek(goodSlot)!;
            flash.CutAfterBytes = cut;
            flash.Tail = tail;
            store.Save(Kind, next, 0, next.Length);

            string where = "after " + earlierSaves + " saves, cut after " + cut + " bytes, tail " + tail;
            Assert.That(flash.LastWriteName, Is.Not.EqualTo(goodSlot), where + ": wrote over the good slot");
            Assert.That(flash.Peek(goodSlot), Is.EqualTo(goodBefore), where);

            flash.PowerOn();
            RecordLoadResult result = new RecordStore(flash, 256).Load(Kind, TestPayloads.Validator);
            if (WriteLanded(flash))
            {
                Assert.That(result.Payload, Is.EqualTo(next), where);
                Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.Loaded), where);
            }
            else
            {
                Assert.That(result.Payload, Is.EqualTo(old), where);
                // The cut slot is damaged, or (old content left in place) still holds the older intact record.
                Assert.That(result.Status, Is.AnyOf(RecordLoadStatus.CorruptFellBackToOtherSlot, RecordLoadStatus.Loaded), where);
                if (tail == CutTail.Truncated)
                {
                    Assert.That(result.Status, Is.EqualTo(RecordLoadStatus.CorruptFellBackToOtherSlot), where);
                }
            }

            AssertRecovers(flash, where);
        }
    }

    [Test]
    public void TwoCutWritesInARowNeverLoseTheLastCompleteRecord([Values] CutTail tail)
    {
        const int payloadLength = 24;
        const int recordLength = RecordStore.RecordOverhead + payloadLength;
        for (int firstCut = 0; firstCut <= recordLength; firstCut++)
        {
            for (int secondCut = 0; secondCut <= recordLength; secondCut++)
            {
                var flash = new InMemoryFlashStorage();
                new RecordStore(flash, 64).Save(Kind, TestPayloads.Make(1, payloadLength), 0, payloadLength);
                byte[] expected = TestPayloads.Make(1, payloadLength);

                flash.CutAfterBytes = firstCut;
                flash.Tail = tail;
                new RecordStore(flash, 64).Save(Kind, TestPayloads.Make(2, payloadLength), 0, payloadLength);
                if (WriteLanded(flash))
                {
                    expected = TestPayloads.Make(2, payloadLength);
                }

                flash.PowerOn();
                var afterReboot = new RecordStore(flash, 64);
                Assert.That(afterReboot.Load(Kind, TestPayloads.Validator).Payload, Is.EqualTo(expected));
                flash.CutAfterBytes = secondCut;
                flash.Tail = tail;
                afterReboot.Save(Kind, TestPayloads.Make(3, payloadLength), 0, payloadLength);
                if (WriteLanded(flash))
                {
                    expected = TestPayloads.Make(3, payloadLength);
                }

                flash.PowerOn();
                RecordLoadResult result = new RecordStore(flash, 64).Load(Kind, TestPayloads.Validator);
                Assert.That(result.Payload, Is.EqualTo(expected), "cuts after " + firstCut + " and " + secondCut + " bytes, tail " + tail);
            }
        }
    }

    [Test]
    public void CutDuringASaveWithoutAPriorLoadSparesTheNewestRecord([Values] CutTail tail)
    {
        for (int cut = 0; cut <= RecordLength; cut++)
        {
            var flash = new InMemoryFlashStorage();
            new RecordStore(flash, 256).Save(Kind, TestPayloads.Make(1), 0, TestPayloads.BatteryStateLength);
            new RecordStore(flash, 256).Save(Kind, TestPayloads.Make(2), 0, TestPayloads.BatteryStateLength);

            // Reboot and save straight away (the store scans the slots itself).
            flash.CutAfterBytes = cut;
            flash.Tail = tail;
            new RecordStore(flash, 256).Save(Kind, TestPayloads.Make(3), 0, TestPayloads.BatteryStateLength);

            flash.PowerOn();
            RecordLoadResult result = new RecordStore(flash, 256).Load(Kind, TestPayloads.Validator);
            Assert.That(result.Payload, Is.EqualTo(TestPayloads.Make(WriteLanded(flash) ? 3 : 2)), "cut after " + cut + ", tail " + tail);
        }
    }

    private static bool WriteLanded(InMemoryFlashStorage flash)
    {
        byte[]? stored = flash.Peek(flash.LastWriteName!);
        return stored != null && stored.SequenceEqual(flash.LastIntendedWrite!);
    }

    /// <summary>After the reboot the next save works and becomes the loaded record.</summary>
    private static void AssertRecovers(InMemoryFlashStorage flash, string where)
    {
        var store = new RecordStore(flash, 256);
        store.Load(Kind, TestPayloads.Validator);
        byte[] payload = TestPayloads.Make(999);
        Assert.That(store.Save(Kind, payload, 0, payload.Length), Is.EqualTo(RecordSaveStatus.Saved), where);
        RecordLoadResult result = new RecordStore(flash, 256).Load(Kind, TestPayloads.Validator);
        Assert.That(result.Payload, Is.EqualTo(payload), where);
    }
}
