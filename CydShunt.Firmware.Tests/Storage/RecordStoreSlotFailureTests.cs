using System;
using System.IO;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Storage;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Storage;

/// <summary>
/// A slot that cannot be written (for example a directory in its place, which kept every save failing while boot said
/// "Loaded"): the first failure is reported and the current record stays; from the second failure of the same slot on,
/// saves go to the other slot; the cause is kept in words. Only storage failures (IOException, the port's contract)
/// are caught: a bug in a port propagates.
/// </summary>
public class RecordStoreSlotFailureTests
{
    private const RecordKind Kind = RecordKind.BatteryState;
    private static readonly string SlotA = RecordStore.SlotName(Kind, 0);
    private static readonly string SlotB = RecordStore.SlotName(Kind, 1);

    private static RecordSaveStatus Save(RecordStore store, int generation) =>
        store.Save(Kind, TestPayloads.Make(generation), 0, TestPayloads.BatteryStateLength);

    [Test]
    public void AFirstSaveWithSlotAUnwritableLandsInSlotB()
    {
        var flash = new InMemoryFlashStorage();
        flash.UnwritableBlobs.Add(SlotA);
        var store = new RecordStore(flash, 256);

        Assert.That(Save(store, 1), Is.EqualTo(RecordSaveStatus.Saved));
        Assert.That(flash.Exists(SlotB), Is.True);
        Assert.That(store.LastFailure, Does.Contain(SlotA).And.Contain("saved in " + SlotB));
        RecordLoadResult loaded = new RecordStore(flash, 256).Load(Kind, TestPayloads.Validator);
        Assert.That(loaded.Payload, Is.EqualTo(TestPayloads.Make(1)));
    }

    [Test]
    public void ABrokenFreeSlotFailsOnceThenTheOtherSlotTakesTheSaves()
    {
        var flash = new InMemoryFlashStorage();
        var store = new RecordStore(flash, 256);
        Assert.That(Save(store, 1), Is.EqualTo(RecordSaveStatus.Saved)); // in A
        flash.UnwritableBlobs.Add(SlotB);

        Assert.That(Save(store, 2), Is.EqualTo(RecordSaveStatus.WriteFailed), "the first failure keeps the current record");
        Assert.That(new RecordStore(flash, 256).Load(Kind, TestPayloads.Validator).Payload, Is.EqualTo(TestPayloads.Make(1)));

        Assert.That(Save(store, 3), Is.EqualTo(RecordSaveStatus.Saved), "the same slot failed again: A is written");
        Assert.That(store.LastFailure, Does.Contain(SlotB).And.Contain("saved in " + SlotA));
        Assert.That(Save(store, 4), Is.EqualTo(RecordSaveStatus.Saved));
        Assert.That(new RecordStore(flash, 256).Load(Kind, TestPayloads.Validator).Payload, Is.EqualTo(TestPayloads.Make(4)));

        flash.UnwritableBlobs.Clear();
        Assert.That(Save(store, 5), Is.EqualTo(RecordSaveStatus.Saved));
        Assert.That(Save(store, 6), Is.EqualTo(RecordSaveStatus.Saved));
        Assert.That(flash.Exists(SlotB), Is.True, "once B works again the slots alternate");
        Assert.That(new RecordStore(flash, 256).Load(Kind, TestPayloads.Validator).Payload, Is.EqualTo(TestPayloads.Make(6)));
    }

    [Test]
    public void BothSlotsUnwritableFailsAndNamesBoth()
    {
        var flash = new InMemoryFlashStorage();
        flash.UnwritableBlobs.Add(SlotA);
        flash.UnwritableBlobs.Add(SlotB);
        var store = new RecordStore(flash, 256);

        Assert.That(Save(store, 1), Is.EqualTo(RecordSaveStatus.WriteFailed));
        Assert.That(store.LastFailure, Does.Contain(SlotA).And.Contain(SlotB));
    }

    [Test]
    public void ABugInThePortIsNotTurnedIntoAStorageFailure()
    {
        var store = new RecordStore(new BuggyStorage(), 256);
        Assert.Throws<InvalidOperationException>(() => Save(store, 1));
        Assert.Throws<InvalidOperationException>(() => store.Load(Kind, TestPayloads.Validator));
        Assert.Throws<InvalidOperationException>(() => store.Erase(Kind));
    }

    [Test]
    public void ADirectoryInAFileBlobsPlaceIsAStorageFailureOfTheHostAdapter()
    {
        string folder = Path.Combine(Path.GetTempPath(), "cydshunt-store-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = new FileStorage(folder);
            Directory.CreateDirectory(Path.Combine(folder, SlotA));
            IOException? failure = Assert.Throws<IOException>(() => files.Write(SlotA, new byte[] { 1 }, 0, 1));
            Assert.That(failure!.Message, Does.Contain("a directory has the blob's name"));

            var store = new RecordStore(files, 256);
            Assert.That(Save(store, 1), Is.EqualTo(RecordSaveStatus.Saved));
            Assert.That(new RecordStore(files, 256).Load(Kind, TestPayloads.Validator).Payload, Is.EqualTo(TestPayloads.Make(1)));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private sealed class BuggyStorage : IPersistentStorage
    {
        public bool Exists(string name) => throw new InvalidOperationException("bug");

        public byte[] ReadAll(string name) => throw new InvalidOperationException("bug");

        public void Write(string name, byte[] data, int offset, int count) => throw new InvalidOperationException("bug");

        public void Delete(string name) => throw new InvalidOperationException("bug");
    }
}
