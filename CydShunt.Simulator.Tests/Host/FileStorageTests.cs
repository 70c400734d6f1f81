using System;
using System.IO;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Storage;
using NUnit.Framework;

namespace CydShunt.Simulator.Tests.Host;

public sealed class FileStorageTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = Path.Combine(Path.GetTempPath(), "cydshunt-storage-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public void BlobsAreFilesThatOutliveTheInstance()
    {
        var storage = new FileStorage(_folder);
        Assert.That(storage.Exists("state.a"), Is.False);
        storage.Write("state.a", [9, 1, 2, 3, 9], 1, 3);
        Assert.That(File.ReadAllBytes(Path.Combine(_folder, "state.a")), Is.EqualTo(new byte[] { 1, 2, 3 }));

        var again = new FileStorage(_folder);
        Assert.That(again.Exists("state.a"), Is.True);
        Assert.That(again.ReadAll("state.a"), Is.EqualTo(new byte[] { 1, 2, 3 }));
        again.Write("state.a", [7], 0, 1);
        Assert.That(again.ReadAll("state.a"), Is.EqualTo(new byte[] { 7 }), "a write replaces the whole blob");
        again.Delete("state.a");
        again.Delete("state.a");
        Assert.That(again.Exists("state.a"), Is.False);
        Assert.Throws<FileNotFoundException>(() => again.ReadAll("state.a"));
    }

    [Test]
    public void TheFirmwaresRecordStoreRoundTripsThroughTheFolder()
    {
        var store = new RecordStore(new FileStorage(_folder), 64);
        byte[] payload = [1, 2, 3, 4, 5];
        Assert.That(store.Save(RecordKind.BatteryState, payload, 0, payload.Length), Is.EqualTo(RecordSaveStatus.Saved));
        RecordLoadResult loaded = new RecordStore(new FileStorage(_folder), 64).Load(RecordKind.BatteryState, null);
        Assert.That(loaded.Payload, Is.EqualTo(payload));
    }

    [TestCase("../escape")]
    [TestCase("sub/name")]
    [TestCase("UPPER")]
    [TestCase("..")]
    [TestCase("")]
    public void NamesThatAreNotFlatBlobNamesAreRefused(string name)
    {
        var storage = new FileStorage(_folder);
        Assert.Throws<ArgumentException>(() => storage.Exists(name));
    }
}
