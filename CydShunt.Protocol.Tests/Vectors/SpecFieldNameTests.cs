using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CydShunt.Protocol.Tests.Properties;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Vectors;

/// <summary>
/// The prose names every model field: for each message, the names in the "Model field" columns of its
/// spec section are exactly the JSON field names its vectors use, so a client written from spec/*.md alone uses the
/// vectors' names. The scalar characteristics are named in the first column of the scalar table.
/// </summary>
public class SpecFieldNameTests
{
    /// <summary>Case properties that describe the test, not a model field (spec/vectors/README.md, File format, Case kinds).</summary>
    private static readonly HashSet<string> CaseFormatProperties = ["name", "kind", "hex", "value", "error", "input", "expected", "characteristic"];

    /// <summary>A spec section with a "Model field" column, and where its names occur in the vectors.</summary>
    public sealed record Section(string SpecFile, string Heading, Func<IEnumerable<string>> VectorNames)
    {
        public override string ToString() => SpecFile + " " + Heading; // NUnit's test case name
    }

    private const string LiveSnapshot = "## Live snapshot (0x010B)";
    private const string Glance = "## Glance frame";
    private const string BTHomeFrame = "## Frame layout";

    public static IEnumerable<Section> Sections() =>
    [
        new("gatt.md", LiveSnapshot, () => ValueNames("live-snapshot.json").Concat(InputNames("snapshot"))),
        new("gatt.md", "## Alarms (0x010A)", () => ValueNames("alarms.json")),
        new("gatt.md", "## Device info (0x010C)", () => ValueNames("device-info.json")),
        new("gatt.md", "## Control point (0x010D)", () =>
            ValueNames("control-point-request.json").Concat(CaseNames("control-point-request.json")).Concat(ValueNames("control-point-response.json"))),
        new("advertising.md", Glance, () => ValueNames("glance-frame.json").Concat(ExpectedNames("glance"))),
        new("bthome.md", BTHomeFrame, () => ValueNames("bthome.json").Concat(ExpectedNames("bthome"))),
        new("advertising.md", "## Advertising formats", () => InputNames(null)),
        new("advertising.md", "## Parsing a scan record", () => ExpectedNames(null)),
    ];

    [TestCaseSource(nameof(Sections))]
    public void TheSectionNamesExactlyTheFieldsItsVectorsUse(Section section)
    {
        SortedSet<string> prose = SpecModelFields.Read(section.SpecFile, section.Heading);
        SortedSet<string> vectors = new(section.VectorNames(), StringComparer.Ordinal);

        Assert.That(vectors, Is.Not.Empty, "no vector uses this section's fields");
        Assert.Multiple(() =>
        {
            Assert.That(vectors.Except(prose), Is.Empty, "JSON field names the prose does not name in a Model field column");
            Assert.That(prose.Except(vectors), Is.Empty, "Model field names no vector uses (a typo?)");
        });
    }

    [Test]
    public void TheScalarTableNamesEveryCharacteristicOfTheVectors()
    {
        SortedSet<string> vectors = new(Support.Vectors.Load("scalars.json").Select(c => c.Element.GetProperty("characteristic").GetString()!), StringComparer.Ordinal);
        Assert.That(vectors, Is.EquivalentTo(SpecScalarTable.Rows.Keys));
    }

    [Test]
    public void EveryVectorFileWithModelFieldsIsChecked()
    {
        // device-name.json's fields (text, utf8Hex, advertisedType, advertisedHex) describe a name test, not a model.
        string[] files = Directory.GetFiles(RepositoryPaths.Vectors, "*.json").Select(f => Path.GetFileName(f)!).ToArray();
        string[] covered =
        [
            "live-snapshot.json", "scalars.json", "alarms.json", "device-info.json", "control-point-request.json",
            "control-point-response.json", "glance-frame.json", "bthome.json", "advertising.json", "scan-records.json", "device-name.json",
        ];
        Assert.That(files, Is.EquivalentTo(covered), "a new vector file: add its spec section to Sections()");
    }

    // The keys of every object-valued "value" (scalars.json's values are numbers).
    private static IEnumerable<string> ValueNames(string file) =>
        Support.Vectors.Load(file)
            .Where(c => c.Element.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.Object)
            .SelectMany(c => Keys(c.Value));

    // Case properties beyond the vector format's own, such as control-point-request.json's resultCode and requestOpcode.
    private static IEnumerable<string> CaseNames(string file) =>
        Support.Vectors.Load(file).SelectMany(c => Keys(c.Element)).Where(k => !CaseFormatProperties.Contains(k));

    // advertising.json: the build input's keys, or those of one of its objects (the snapshot).
    private static IEnumerable<string> InputNames(string? member) =>
        Support.Vectors.Load("advertising.json").Select(c => c.Element.GetProperty("input"))
            .Select(i => member is null ? i : i.GetProperty(member)).SelectMany(Keys);

    // scan-records.json: the parse result's keys, or those of one of its frames when present.
    private static IEnumerable<string> ExpectedNames(string? member) =>
        Support.Vectors.Load("scan-records.json", "parse").Select(c => c.Element.GetProperty("expected"))
            .Select(e => member is null ? e : e.GetProperty(member))
            .Where(e => e.ValueKind == JsonValueKind.Object).SelectMany(Keys);

    private static IEnumerable<string> Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name);
}
