using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CydShunt.Protocol.Tests.Support;

/// <summary>One case of a spec/vectors/*.json file (schema: spec/vectors/README.md).</summary>
public sealed class VectorCase
{
    private readonly JsonElement _element;

    public VectorCase(string file, JsonElement element)
    {
        File = file;
        _element = element;
        Name = element.GetProperty("name").GetString()!; // name and kind alone do not count as reading the case
        Kind = element.GetProperty("kind").GetString()!;
    }

    public string File { get; }

    public string Name { get; }

    public string Kind { get; }

    /// <summary>The case's JSON. Every other accessor of the case's data reads it through here.</summary>
    public JsonElement Element
    {
        get
        {
            WasRead = true;
            return _element;
        }
    }

    /// <summary>
    /// Whether a test looked at the case's data (anything beyond its name and kind): VectorCoverageTests uses it to
    /// prove that a test which receives the case actually reads it.
    /// </summary>
    internal bool WasRead { get; private set; }

    public string Hex => Element.GetProperty("hex").GetString()!;

    public byte[] Bytes => Support.Hex.Parse(Hex);

    public JsonElement Value => Element.GetProperty("value");

    public string Error => Element.GetProperty("error").GetString()!;

    public bool Encodes => Kind is "roundtrip" or "encode";

    public bool Decodes => Kind is "roundtrip" or "decode";

    public string? Str(string property) => Element.TryGetProperty(property, out JsonElement e) && e.ValueKind != JsonValueKind.Null ? e.GetString() : null;

    // NUnit shows this as the test case name.
    public override string ToString() => File + ": " + Name;
}

/// <summary>Loads test vectors and maps JSON values to the library's model (null = <see cref="Measurement.NotAvailable"/>).</summary>
public static class Vectors
{
    public static IEnumerable<VectorCase> Load(string fileName, params string[] kinds)
    {
        string path = Path.Combine(RepositoryPaths.Vectors, fileName);
        using JsonDocument document = JsonDocument.Parse(System.IO.File.ReadAllText(path));
        List<VectorCase> cases = new();
        foreach (JsonElement element in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            VectorCase c = new(fileName, element.Clone());
            if (kinds.Length == 0 || kinds.Contains(c.Kind))
            {
                cases.Add(c);
            }
        }

        return cases;
    }

    /// <summary>A model integer: JSON null is "not available".</summary>
    public static int Int(JsonElement value, string property)
    {
        JsonElement e = value.GetProperty(property);
        return e.ValueKind == JsonValueKind.Null ? Measurement.NotAvailable : e.GetInt32();
    }

    public static int? OptionalInt(int value) => value == Measurement.NotAvailable ? null : value;

    public static ProtocolError ParseError(string name) =>
        Enum.TryParse(name, out ProtocolError error) ? error : throw new InvalidDataException("Unknown error kind in vector: " + name);
}
