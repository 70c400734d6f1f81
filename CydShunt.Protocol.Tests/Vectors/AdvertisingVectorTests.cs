using System;
using System.Collections.Generic;
using System.Text.Json;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Vectors;

/// <summary>Runs the advertising vectors: device names, whole advertising/scan-response packets and scan-record parsing.</summary>
public class AdvertisingVectorTests
{
    internal static IEnumerable<VectorCase> Names() => Support.Vectors.Load("device-name.json");

    internal static IEnumerable<VectorCase> Builds() => Support.Vectors.Load("advertising.json");

    internal static IEnumerable<VectorCase> Records() => Support.Vectors.Load("scan-records.json");

    [TestCaseSource(nameof(Names))]
    public void DeviceNameRules(VectorCase c)
    {
        string text = c.Str("text")!;
        bool ok = DeviceName.TryCreate(text, out DeviceName? name, out ProtocolError error);
        if (c.Kind == "invalid")
        {
            Assert.That(ok, Is.False);
            Assert.That(error, Is.EqualTo(Support.Vectors.ParseError(c.Error)));
            Assert.That(() => DeviceName.Create(text), Throws.TypeOf<ProtocolException>().With.Property("Error").EqualTo(error));
            return;
        }

        Assert.That(c.Kind, Is.EqualTo("valid"));
        Assert.That(ok, Is.True, error.ToString());
        byte[] utf8 = new byte[name!.Length];
        Assert.That(name.TryCopyTo(utf8, 0), Is.True);
        Assert.That(Hex.Format(utf8, 0, utf8.Length), Is.EqualTo(c.Str("utf8Hex")));
        Assert.That(name.IsShortenedInAdvertising ? "shortened" : "complete", Is.EqualTo(c.Str("advertisedType")));

        // In the ordered AD-structure list of the CydShunt format the name follows Flags (3 bytes) and the service UUID (18).
        byte[] structures = new byte[AdvertisingBuilder.MaximumStructuresLength];
        Assert.That(AdvertisingBuilder.TryBuildStructures(AdvertisingFormat.CydShunt, 0xFFFF, default, name, structures, 0, out _), Is.True);
        Assert.That(Hex.Format(structures, 21, structures[21] + 1), Is.EqualTo(c.Str("advertisedHex")));
    }

    [TestCaseSource(nameof(Builds))]
    public void BuildPackets(VectorCase c)
    {
        Assert.That(c.Kind, Is.EqualTo("build"));
        BuildCase b = BuildCase.From(c);
        byte[] advertising = new byte[AdTypes.LegacyMaximumLength];
        byte[] scanResponse = new byte[AdTypes.LegacyMaximumLength];
        Assert.That(AdvertisingBuilder.TryBuild(b.Format, b.CompanyId, b.Snapshot, b.Name, advertising, 0, out int a, scanResponse, 0, out int s), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(Hex.Format(advertising, 0, a), Is.EqualTo(b.AdvertisingHex), "advertising data");
            Assert.That(Hex.Format(scanResponse, 0, s), Is.EqualTo(b.ScanResponseHex), "scan response");
        });
    }

    [TestCaseSource(nameof(Records))]
    public void ParseRecords(VectorCase c)
    {
        byte[] bytes = c.Bytes;
        bool ok = ScanRecordParser.TryParse(bytes, 0, bytes.Length, out ScanRecord record, out ProtocolError error);
        if (c.Kind == "invalid")
        {
            Assert.That(ok, Is.False);
            Assert.That(error, Is.EqualTo(Support.Vectors.ParseError(c.Error)));
            return;
        }

        Assert.That(c.Kind, Is.EqualTo("parse"));
        Assert.That(error, Is.EqualTo(ProtocolError.None));
        Assert.That(ok, Is.True);
        JsonElement expected = c.Element.GetProperty("expected");
        Assert.Multiple(() =>
        {
            JsonElement glance = expected.GetProperty("glance");
            Assert.That(record.HasGlance, Is.EqualTo(glance.ValueKind != JsonValueKind.Null), "has glance");
            if (record.HasGlance)
            {
                Assert.That(Models.Fields(record.Glance), Is.EquivalentTo(Models.Fields(glance)), "glance");
            }

            JsonElement bthome = expected.GetProperty("bthome");
            Assert.That(record.HasBTHome, Is.EqualTo(bthome.ValueKind != JsonValueKind.Null), "has BTHome");
            if (record.HasBTHome)
            {
                Assert.That(Models.Fields(record.BTHome), Is.EquivalentTo(Models.Fields(bthome)), "BTHome");
            }

            JsonElement localName = expected.GetProperty("localName");
            Assert.That(record.GetLocalName(bytes), Is.EqualTo(localName.ValueKind == JsonValueKind.Null ? null : localName.GetString()), "local name");
            if (record.HasLocalName)
            {
                Assert.That(record.LocalNameComplete, Is.EqualTo(expected.GetProperty("localNameComplete").GetBoolean()), "complete name");
            }

            Assert.That(record.HasServiceUuid, Is.EqualTo(expected.GetProperty("hasServiceUuid").GetBoolean()), "service UUID");
        });
    }

    /// <summary>One case of advertising.json: the builder's inputs and the expected packets (shared by the byte[], window and Span tests).</summary>
    internal sealed class BuildCase
    {
        public AdvertisingFormat Format { get; private init; }

        public ushort CompanyId { get; private init; }

        public DeviceName Name { get; private init; } = DeviceName.Default;

        public LiveSnapshot Snapshot { get; private init; }

        public string AdvertisingHex { get; private init; } = "";

        public string ScanResponseHex { get; private init; } = "";

        public int AdvertisingSize => AdvertisingHex.Length / 2;

        public int ScanResponseSize => ScanResponseHex.Length / 2;

        public static BuildCase From(VectorCase c)
        {
            JsonElement input = c.Element.GetProperty("input");
            JsonElement expected = c.Element.GetProperty("expected");
            return new BuildCase
            {
                Format = input.GetProperty("format").GetString() switch
                {
                    "CydShunt" => AdvertisingFormat.CydShunt,
                    "BTHome" => AdvertisingFormat.BTHome,
                    var other => throw new InvalidOperationException("Unknown format " + other),
                },
                CompanyId = (ushort)input.GetProperty("companyId").GetInt32(),
                Name = DeviceName.Create(input.GetProperty("name").GetString()!),
                Snapshot = Models.Snapshot(input.GetProperty("snapshot")),
                AdvertisingHex = expected.GetProperty("advertisingHex").GetString()!,
                ScanResponseHex = expected.GetProperty("scanResponseHex").GetString()!,
            };
        }
    }
}
