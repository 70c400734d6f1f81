using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Api;

/// <summary>Every characteristic's UUID is where a client looks for it, and is the one spec/gatt.md lists.</summary>
public class UuidTests
{
    // spec/gatt.md's UUID table: short id -> full UUID.
    private static Dictionary<ushort, Guid> SpecUuids()
    {
        string gatt = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "spec", "gatt.md"));
        return Regex.Matches(gatt, @"^\| `0x([0-9A-F]{4})` \| `([0-9A-F-]{36})` \|", RegexOptions.Multiline)
            .ToDictionary(m => Convert.ToUInt16(m.Groups[1].Value, 16), m => Guid.Parse(m.Groups[2].Value));
    }

    public static IEnumerable<TestCaseData> Characteristics() =>
        typeof(CydShuntGatt).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(GattCharacteristic) && f.Name != nameof(CydShuntGatt.BatteryLevel))
            .Select(f => new TestCaseData(f.Name).SetName("CydShuntUuids." + f.Name));

    [TestCaseSource(nameof(Characteristics))]
    public void EachCharacteristicsUuidIsItsCydShuntUuidsPropertyAndTheSpecs(string name)
    {
        var characteristic = (GattCharacteristic)typeof(CydShuntGatt).GetField(name)!.GetValue(null)!;
        PropertyInfo? property = typeof(CydShuntUuids).GetProperty(name, BindingFlags.Public | BindingFlags.Static);
        Assert.That(property, Is.Not.Null, "CydShuntUuids has a property named like the characteristic");
        Assert.Multiple(() =>
        {
            Assert.That((Guid)property!.GetValue(null)!, Is.EqualTo(characteristic.Uuid));
            Assert.That(characteristic.Uuid, Is.EqualTo(SpecUuids()[characteristic.ShortId]), "spec/gatt.md");
        });
    }

    [Test]
    public void EveryCharacteristicOfTheTableHasAProperty()
    {
        Assert.That(Characteristics().Count(), Is.EqualTo(SpecUuids().Count - 1), "the spec's table lists the service and 13 characteristics");
    }

    [Test]
    public void TheServiceAndTheSigBatteryUuidsAreTheFullUuids()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CydShuntUuids.Service, Is.EqualTo(SpecUuids()[CydShuntUuids.ServiceShortId]));
            // Bluetooth Core, Vol 3, Part B, 2.5.1: a 16-bit UUID is 0000xxxx-0000-1000-8000-00805F9B34FB.
            Assert.That(BluetoothSig.BatteryServiceUuid, Is.EqualTo(Guid.Parse("0000180F-0000-1000-8000-00805F9B34FB")));
            Assert.That(BluetoothSig.BatteryLevelUuid, Is.EqualTo(Guid.Parse("00002A19-0000-1000-8000-00805F9B34FB")));
            Assert.That(CydShuntGatt.BatteryLevel.Uuid, Is.EqualTo(BluetoothSig.BatteryLevelUuid));
        });
    }

    [Test]
    public void AirOrderReadsAndWritesInPlaceForArraysAndSpans()
    {
        // 7E250001-D6CC-46BD-BCB7-7BDB54ED808C, least significant byte first (spec/advertising.md, service UUID list).
        const string Air = "8c80ed54db7bb7bcbd46ccd60100257e";
        byte[] array = new byte[18];
        byte[] span = new byte[16];
        Assert.Multiple(() =>
        {
            Assert.That(CydShuntUuids.TryWriteAirOrder(CydShuntUuids.ServiceShortId, array, 2, out int n), Is.True);
            Assert.That(n, Is.EqualTo(16));
            Assert.That(Convert.ToHexString(array, 2, 16).ToLowerInvariant(), Is.EqualTo(Air));
            Assert.That(CydShuntUuids.TryWriteAirOrder(CydShuntUuids.ServiceShortId, span.AsSpan(), out int m), Is.True);
            Assert.That(m, Is.EqualTo(16));
            Assert.That(Convert.ToHexString(span).ToLowerInvariant(), Is.EqualTo(Air));
            Assert.That(CydShuntUuids.TryWriteAirOrder(1, new byte[15].AsSpan(), out int none), Is.False);
            Assert.That(none, Is.Zero);
            Assert.That(CydShuntUuids.TryReadAirOrder(Convert.FromHexString(Air).AsSpan(), out ushort shortId), Is.True);
            Assert.That(shortId, Is.EqualTo(1));
            Assert.That(CydShuntUuids.TryReadAirOrder(array, 2, out ushort fromArray), Is.True);
            Assert.That(fromArray, Is.EqualTo(1));
        });
    }
}
