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
        Assert.That(name.TryCopyTo(utf8, 0, out _), Is.True);
        Assert.That(Hex.Format(utf8, 0, utf8.Length), Is.EqualTo(c.Str("utf8Hex")));
        Assert.That(name.IsShortenedInAdvertising ? "shortened" : "complete", Is.EqualTo(c.Str("advertisedType")));

        // In the ordered AD-structure list of the CydShunt format the name follows Flags (3 bytes) and the service UUID (18).
        byte[] structures = new byte[AdvertisingBuilder.MaximumStructuresLength];
        Assert.That(AdvertisingBuilder.TryBuildStructures(AdvertisingFormat.CydShunt, 0xFFFF, default, name, structures, 0, out _), Is.True);
        Assert.That(Hex.Format(structures, 21, structures[21] + 1), Is.EqualTo(c.Str("advertisedHex")));
    }

    [TestCaseSource(nameof(Names))]
    public void DeviceNameRulesOnUtf8Bytes(VectorCase c)
    {
        // The same vectors through the byte overload (the one the firmware uses): the input is the text's UTF-8
        // encoding by .NET's encoder, placed at an offset inside a larger buffer.
        byte[] text = System.Text.Encoding.UTF8.GetBytes(c.Str("text")!);
        byte[] buffer = new byte[text.Length + 6];
        Array.Fill(buffer, (byte)0xA5);
        text.CopyTo(buffer, 3);
        bool ok = DeviceName.TryCreate(buffer, 3, text.Length, out DeviceName? name, out ProtocolError error);
        if (c.Kind == "invalid")
        {
            Assert.That(ok, Is.False);
            Assert.That(error, Is.EqualTo(Support.Vectors.ParseError(c.Error)));
            Assert.That(name, Is.Null);
            return;
        }

        Assert.That(ok, Is.True, error.ToString());
        Assert.That(name!.Text, Is.EqualTo(c.Str("text")));
        byte[] utf8 = new byte[name.Length];
        Assert.That(name.TryCopyTo(utf8, 0, out _), Is.True);
        Assert.That(Hex.Format(utf8, 0, utf8.Length), Is.EqualTo(c.Str("utf8Hex")));
        Assert.That(name.IsShortenedInAdvertising ? "shortened" : "complete", Is.EqualTo(c.Str("advertisedType")));
    }

    // Byte sequences that are not well-formed UTF-8 (spec/advertising.md, "Rules for a valid name", rule 2: well-formed
    // Unicode, else NameInvalidCharacter), each inside an otherwise valid name.
    [TestCase("41c0af42", TestName = "overlong encoding of '/'")]
    [TestCase("41e080af", TestName = "overlong 3-byte encoding")]
    [TestCase("41eda080", TestName = "encoded high surrogate U+D800")]
    [TestCase("41edbfbf", TestName = "encoded low surrogate U+DFFF")]
    [TestCase("41f4908080", TestName = "above U+10FFFF")]
    [TestCase("41ff", TestName = "0xFF is never UTF-8")]
    [TestCase("4180", TestName = "lone continuation byte")]
    [TestCase("41e282", TestName = "sequence cut off at the end")]
    [TestCase("41e24142", TestName = "lead byte without its continuation bytes")]
    [TestCase("410042", TestName = "NUL byte inside the name")]
    [TestCase("417f", TestName = "DEL")]
    [TestCase("4142434445464748494a4b4c4d4e4f505152535455ff", TestName = "malformed and too long: invalid reported first")]
    public void MalformedUtf8NamesAreInvalidCharacters(string hex)
    {
        byte[] bytes = Convert.FromHexString(hex);
        Assert.That(DeviceName.TryCreate(bytes, 0, bytes.Length, out DeviceName? name, out ProtocolError error), Is.False);
        Assert.That(error, Is.EqualTo(ProtocolError.NameInvalidCharacter));
        Assert.That(name, Is.Null);
    }

    [Test]
    public void EmptyAndTooLongByteNames()
    {
        byte[] bytes = new byte[21];
        Array.Fill(bytes, (byte)'a');
        Assert.Multiple(() =>
        {
            Assert.That(DeviceName.TryCreate(bytes, 5, 0, out _, out ProtocolError empty), Is.False);
            Assert.That(empty, Is.EqualTo(ProtocolError.NameEmpty));
            Assert.That(DeviceName.TryCreate(bytes, 0, 21, out _, out ProtocolError tooLong), Is.False);
            Assert.That(tooLong, Is.EqualTo(ProtocolError.NameTooLong));
            Assert.That(DeviceName.TryCreate(bytes, 1, 20, out DeviceName? twenty, out _), Is.True);
            Assert.That(twenty!.Text, Is.EqualTo(new string('a', 20)));
            Assert.That(() => DeviceName.TryCreate(bytes, 2, 20, out _, out _), Throws.InstanceOf<ArgumentException>());
        });
    }

    [TestCaseSource(nameof(Builds))]
    public void BuildPackets(VectorCase c)
    {
        Assert.That(c.Kind, Is.EqualTo("build"));
        BuildCase b = BuildCase.From(c);
        byte[] advertising = new byte[AdvertisingBuilder.LegacyMaximumLength];
        byte[] scanResponse = new byte[AdvertisingBuilder.LegacyMaximumLength];
        Assert.That(AdvertisingBuilder.TryBuild(b.Format, b.CompanyId, b.Snapshot, b.BTHomeFrame, b.EnergyChargedWattHours, b.EnergyDischargedWattHours, b.Name, advertising, 0, out int a, scanResponse, 0, out int s), Is.True);
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
        AssertRecord(record, bytes, c.Element.GetProperty("expected"));
    }

    /// <summary>Checks a parsed record against the "expected" object of a scan-records.json parse case.</summary>
    internal static void AssertRecord(ScanRecord record, byte[] bytes, JsonElement expected)
    {
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
            Assert.That(record.GetLocalName(), Is.EqualTo(localName.ValueKind == JsonValueKind.Null ? null : localName.GetString()), "local name");
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

        public BTHomeFrameKind BTHomeFrame { get; private init; }

        public int EnergyChargedWattHours { get; private init; }

        public int EnergyDischargedWattHours { get; private init; }

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
                BTHomeFrame = input.GetProperty("bthomeFrame").GetString() switch
                {
                    "measurements" => BTHomeFrameKind.Measurements,
                    "energy" => BTHomeFrameKind.Energy,
                    var other => throw new InvalidOperationException("Unknown BTHome frame " + other),
                },
                EnergyChargedWattHours = CydShunt.Protocol.Tests.Support.Vectors.Int(input, "energyChargedWattHours"),
                EnergyDischargedWattHours = CydShunt.Protocol.Tests.Support.Vectors.Int(input, "energyDischargedWattHours"),
                AdvertisingHex = expected.GetProperty("advertisingHex").GetString()!,
                ScanResponseHex = expected.GetProperty("scanResponseHex").GetString()!,
            };
        }
    }
}
