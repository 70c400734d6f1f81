using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Tests.DeviceTests;

/// <summary>One generated source file: its path relative to the repository root and its text.</summary>
public sealed record GeneratedSource(string RelativePath, string Content);

/// <summary>
/// Turns every spec/vectors/*.json file into a C# source for the on-device self-test (CydShunt.DeviceTests): a static
/// class whose Run method makes one typed call per case on the file's checks class, with every value a literal (ints,
/// enumeration members by name, strings escaped to ASCII, NA as <c>Measurement.NotAvailable</c>), plus VectorCounts with
/// each file's number of cases. nanoFramework has no JSON parser and tens of KB of heap, so the cases become code: the
/// device allocates a case's arrays only while it runs that case.
/// </summary>
/// <remarks>
/// The reading is strict: a missing member, a member the generator does not know, an unknown kind or error name, or a
/// number outside its model type stops the generation, so a change of the vector format cannot pass unnoticed.
/// </remarks>
public static class DeviceVectorSourceGenerator
{
    /// <summary>Where the generated sources go, relative to the repository root.</summary>
    public const string OutputFolder = "CydShunt.DeviceTests/Vectors/Generated";

    /// <summary>The command that rewrites the generated sources.</summary>
    public const string UpdateCommand = "UPDATE_DEVICE_VECTORS=1 dotnet test CydShunt.Firmware.Tests --filter DeviceVectorSourcesAreUpToDate";

    private const string GeneratorPath = "CydShunt.Firmware.Tests/DeviceTests/DeviceVectorSourceGenerator.cs";
    private const string NA = "Measurement.NotAvailable";

    private delegate string CaseWriter(Obj c, string name, string kind);

    /// <summary>The vector files in the order of spec/vectors/README.md: file, class prefix, case writer.</summary>
    private static readonly (string File, string Prefix, CaseWriter Write)[] Files =
    [
        ("live-snapshot.json", "LiveSnapshot", LiveSnapshot),
        ("scalars.json", "Scalars", Scalar),
        ("alarms.json", "Alarms", Alarms),
        ("device-info.json", "DeviceInfo", DeviceInfo),
        ("control-point-request.json", "ControlPointRequest", Request),
        ("control-point-response.json", "ControlPointResponse", Response),
        ("glance-frame.json", "GlanceFrame", Glance),
        ("bthome.json", "BTHome", BTHome),
        ("device-name.json", "DeviceName", DeviceName),
        ("advertising.json", "Advertising", Advertising),
        ("scan-records.json", "ScanRecords", ScanRecord),
    ];

    /// <summary>The vector files the generator knows, e.g. "live-snapshot.json".</summary>
    public static IEnumerable<string> KnownFiles => Files.Select(f => f.File);

    /// <summary>Generates every source from the vector files under <paramref name="repositoryRoot"/>.</summary>
    public static IReadOnlyList<GeneratedSource> Generate(string repositoryRoot)
    {
        string vectors = Path.Combine(repositoryRoot, "spec", "vectors");
        string[] present = Directory.GetFiles(vectors, "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        string[] unknown = present.Except(KnownFiles).ToArray();
        string[] missing = KnownFiles.Except(present).ToArray();
        if (unknown.Length > 0 || missing.Length > 0)
        {
            throw new InvalidDataException(
                "spec/vectors changed: the generator has no case writer for [" + string.Join(", ", unknown) + "] and misses [" + string.Join(", ", missing) + "]");
        }

        List<GeneratedSource> sources = [];
        List<(string Prefix, string File, int Count)> counts = [];
        foreach ((string file, string prefix, CaseWriter write) in Files)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(vectors, file)));
            Obj root = new(document.RootElement, file);
            string message = root.Str("message");
            if (message + ".json" != file)
            {
                throw new InvalidDataException(file + ": message is " + message);
            }

            root.Str("spec");
            List<string> calls = [];
            HashSet<string> names = new(StringComparer.Ordinal);
            foreach (JsonElement element in root.Get("cases").EnumerateArray())
            {
                Obj c = new(element, file + " case " + calls.Count.ToString(CultureInfo.InvariantCulture));
                string name = c.Str("name");
                if (!names.Add(name))
                {
                    throw new InvalidDataException(file + ": duplicate case name " + name);
                }

                calls.Add(write(c, Literal(name), c.Str("kind")));
                c.Done();
            }

            root.Done();
            sources.Add(new GeneratedSource(OutputFolder + "/" + prefix + "Vectors.g.cs", VectorsSource(file, prefix, calls)));
            counts.Add((prefix, file, calls.Count));
        }

        sources.Add(new GeneratedSource(OutputFolder + "/VectorCounts.g.cs", CountsSource(counts)));
        return sources;
    }

    private static string VectorsSource(string file, string prefix, List<string> calls)
    {
        StringBuilder s = new();
        Header(s, "spec/vectors/" + file);
        s.Append("using CydShunt.Protocol;\n\n");
        s.Append("namespace CydShunt.DeviceTests.Vectors\n{\n");
        s.Append("    /// <summary>The ").Append(calls.Count.ToString(CultureInfo.InvariantCulture)).Append(" cases of spec/vectors/").Append(file).Append(", one call each.</summary>\n");
        s.Append("    internal static class ").Append(prefix).Append("Vectors\n    {\n");
        s.Append("        public static void Run(").Append(prefix).Append("Checks checks)\n        {\n");
        foreach (string call in calls)
        {
            s.Append("            checks.").Append(call).Append(";\n");
        }

        s.Append("        }\n    }\n}\n");
        return s.ToString();
    }

    private static string CountsSource(List<(string Prefix, string File, int Count)> counts)
    {
        StringBuilder s = new();
        Header(s, "spec/vectors/*.json");
        s.Append("namespace CydShunt.DeviceTests.Vectors\n{\n");
        s.Append("    /// <summary>How many cases each vector file has: the suite checks it ran them all.</summary>\n");
        s.Append("    public static class VectorCounts\n    {\n");
        foreach ((string prefix, string file, int count) in counts)
        {
            s.Append("        /// <summary>Cases in spec/vectors/").Append(file).Append(".</summary>\n");
            s.Append("        public const int ").Append(prefix).Append(" = ").Append(count.ToString(CultureInfo.InvariantCulture)).Append(";\n\n");
        }

        s.Append("        /// <summary>Number of vector files.</summary>\n");
        s.Append("        public const int Files = ").Append(counts.Count.ToString(CultureInfo.InvariantCulture)).Append(";\n\n");
        s.Append("        /// <summary>Cases in all vector files.</summary>\n");
        s.Append("        public const int Total = ").Append(counts.Sum(c => c.Count).ToString(CultureInfo.InvariantCulture)).Append(";\n");
        s.Append("    }\n}\n");
        return s.ToString();
    }

    private static void Header(StringBuilder s, string source)
    {
        s.Append("// <auto-generated>\n");
        s.Append("//   Generated from ").Append(source).Append(" by ").Append(GeneratorPath).Append(".\n");
        s.Append("//   Do not edit. After changing the vectors or the generator run:\n");
        s.Append("//   ").Append(UpdateCommand).Append('\n');
        s.Append("// </auto-generated>\n\n");
        s.Append("#nullable enable\n\n");
    }

    // ---- one writer per vector file: the checks method and its literal arguments ----

    private static string LiveSnapshot(Obj c, string name, string kind) => CodecCase(c, name, kind, "Snapshot", v => SnapshotFields(v));

    private static string Scalar(Obj c, string name, string kind)
    {
        string characteristic = "CydShuntGatt." + c.Str("characteristic") switch
        {
            "voltage" => "Voltage",
            "current" => "Current",
            "power" => "Power",
            "consumedCharge" => "ConsumedCharge",
            "energyCharged" => "EnergyCharged",
            "energyDischarged" => "EnergyDischarged",
            "stateOfCharge" => "StateOfCharge",
            "temperature" => "Temperature",
            "timeToGo" => "TimeToGo",
            "batteryLevel" => "BatteryLevel",
            string other => throw new InvalidDataException("unknown characteristic " + other),
        };
        if (kind == "invalid")
        {
            return Call("Scalar", name, Kind(kind), characteristic, Literal(c.Str("hex")), Error(c.Str("error")));
        }

        // A scalar case's value is the number itself (or null = NA).
        JsonElement value = c.Get("value");
        string literal = value.ValueKind == JsonValueKind.Null ? NA : Int(value.GetInt32(), int.MinValue + 1, int.MaxValue);
        return Call("Scalar", name, Kind(kind), characteristic, Literal(c.Str("hex")), Error("None"), literal);
    }

    private static string Alarms(Obj c, string name, string kind) =>
        CodecCase(c, name, kind, "Alarms", v => [v.Int("status", 0, 255), v.Int("alarms", 0, 65535)]);

    private static string DeviceInfo(Obj c, string name, string kind) => CodecCase(c, name, kind, "Info", v =>
    [
        v.Int("protocolVersion", 0, 255),
        v.Int("firmwareMajor", 0, 255),
        v.Int("firmwareMinor", 0, 255),
        v.Int("firmwarePatch", 0, 255),
        v.Int("sensorType", 0, 255),
        v.Int("features", 0, 255),
        v.Measure("capacityAmpHours"),
        v.Int("nominalVoltage", 0, 255),
    ]);

    private static string Request(Obj c, string name, string kind)
    {
        if (kind == "invalid")
        {
            return Call(
                "Request",
                name,
                Kind(kind),
                Literal(c.Str("hex")),
                Error(c.Str("error")),
                EnumMember<ControlPointResult>(c.IntValue("resultCode", 0, 255)),
                EnumMember<ControlPointOpcode>(c.IntValue("requestOpcode", 0, 255)));
        }

        return CodecCase(c, name, kind, "Request", v => [EnumMember<ControlPointOpcode>(v.IntValue("opcode", 0, 255)), v.Measure("parameter")]);
    }

    private static string Response(Obj c, string name, string kind) => CodecCase(c, name, kind, "Response", v =>
    [
        EnumMember<ControlPointOpcode>(v.IntValue("requestOpcode", 0, 255)),
        EnumMember<ControlPointResult>(v.IntValue("resultCode", 0, 255)),
    ]);

    private static string Glance(Obj c, string name, string kind) => CodecCase(c, name, kind, "Glance", GlanceFields);

    private static string BTHome(Obj c, string name, string kind) => CodecCase(c, name, kind, "BTHome", BTHomeFields);

    private static string DeviceName(Obj c, string name, string kind)
    {
        string text = c.Str("text");
        string utf8Hex = Convert.ToHexString(Encoding.UTF8.GetBytes(text)).ToLowerInvariant();
        switch (kind)
        {
            case "valid":
                if (c.Str("utf8Hex") != utf8Hex)
                {
                    throw new InvalidDataException(name + ": utf8Hex is not the UTF-8 encoding of text");
                }

                string advertised = c.Str("advertisedType") switch
                {
                    "complete" => "AdvertisedName.Complete",
                    "shortened" => "AdvertisedName.Shortened",
                    string other => throw new InvalidDataException("unknown advertisedType " + other),
                };
                return Call("Name", name, Kind(kind), Literal(text), Literal(utf8Hex), Error("None"), advertised, Literal(c.Str("advertisedHex")));
            case "invalid":
                return Call("Name", name, Kind(kind), Literal(text), Literal(utf8Hex), Error(c.Str("error")));
            default:
                throw new InvalidDataException(name + ": unknown kind " + kind);
        }
    }

    private static string Advertising(Obj c, string name, string kind)
    {
        if (kind != "build")
        {
            throw new InvalidDataException(name + ": unknown kind " + kind);
        }

        Obj input = c.Object("input");
        Obj expected = c.Object("expected");
        string format = "AdvertisingFormat." + input.Str("format") switch
        {
            "CydShunt" => "CydShunt",
            "BTHome" => "BTHome",
            string other => throw new InvalidDataException("unknown format " + other),
        };
        string deviceName = input.Str("name");
        List<string> args =
        [
            name,
            Kind(kind),
            format,
            input.Int("companyId", 0, 65535),
            Literal(deviceName),
            Literal(Convert.ToHexString(Encoding.UTF8.GetBytes(deviceName)).ToLowerInvariant()),
        ];
        Obj snapshot = input.Object("snapshot");
        args.AddRange(SnapshotFields(snapshot));
        snapshot.Done();
        args.Add("BTHomeFrameKind." + input.Str("bthomeFrame") switch
        {
            "measurements" => "Measurements",
            "energy" => "Energy",
            string other => throw new InvalidDataException("unknown BTHome frame " + other),
        });
        args.Add(input.Measure("energyChargedWattHours"));
        args.Add(input.Measure("energyDischargedWattHours"));
        input.Done();
        args.Add(Literal(expected.Str("advertisingHex")));
        args.Add(Literal(expected.Str("scanResponseHex")));
        expected.Done();
        return Call("Build", args.ToArray());
    }

    private static string ScanRecord(Obj c, string name, string kind)
    {
        switch (kind)
        {
            case "invalid":
                return Call("Scan", name, Kind(kind), Literal(c.Str("hex")), Error(c.Str("error")));
            case "parse":
                break;
            default:
                throw new InvalidDataException(name + ": unknown kind " + kind);
        }

        Obj expected = c.Object("expected");
        List<string> args = [name, Kind(kind), Literal(c.Str("hex")), Error("None")];
        Obj? glance = expected.OptionalObject("glance");
        args.Add(Bool(glance != null));
        args.AddRange(glance == null ? Enumerable.Repeat("0", 7) : GlanceFields(glance));
        glance?.Done();
        Obj? bthome = expected.OptionalObject("bthome");
        args.Add(Bool(bthome != null));
        args.AddRange(bthome == null ? Enumerable.Repeat("0", 8) : BTHomeFields(bthome));
        bthome?.Done();
        string? localName = expected.OptionalStr("localName");
        args.Add(localName == null ? "null" : Literal(localName));
        // The name's bytes in the record are its UTF-8 unless the sender's bytes were ill-formed (U+FFFD in the name).
        args.Add(localName == null || localName.Contains('\uFFFD') ? "null" : Literal(Convert.ToHexString(Encoding.UTF8.GetBytes(localName)).ToLowerInvariant()));
        bool complete = expected.BoolValue("localNameComplete");
        if (localName == null && complete)
        {
            throw new InvalidDataException(name + ": localNameComplete without a local name");
        }

        args.Add(Bool(complete));
        args.Add(Bool(expected.BoolValue("hasServiceUuid")));
        expected.Done();
        return Call("Scan", args.ToArray());
    }

    // ---- shared shapes ----

    /// <summary>A case of a codec file (1–8): roundtrip/encode/decode with the value's fields, invalid with the error, or encode-error with the value's fields and the error.</summary>
    private static string CodecCase(Obj c, string name, string kind, string method, Func<Obj, IEnumerable<string>> fields)
    {
        switch (kind)
        {
            case "invalid":
                return Call(method, name, Kind(kind), Literal(c.Str("hex")), Error(c.Str("error")));
            case "encode-error":
                Obj refused = c.Object("value");
                List<string> refusal = [name, Kind(kind), Literal(""), Error(c.Str("error"))];
                refusal.AddRange(fields(refused));
                refused.Done();
                return Call(method, refusal.ToArray());
            case "roundtrip":
            case "encode":
            case "decode":
                Obj value = c.Object("value");
                List<string> args = [name, Kind(kind), Literal(c.Str("hex")), Error("None")];
                args.AddRange(fields(value));
                value.Done();
                return Call(method, args.ToArray());
            default:
                throw new InvalidDataException(name + ": unknown kind " + kind);
        }
    }

    private static IEnumerable<string> SnapshotFields(Obj v) =>
    [
        v.Int("sequence", 0, 255),
        v.Int("status", 0, 255),
        v.Measure("voltageMillivolts"),
        v.Measure("currentMilliamps"),
        v.Measure("powerMilliwatts"),
        v.Measure("stateOfChargeCentipercent"),
        v.Measure("temperatureCentidegrees"),
        v.Measure("timeToGoMinutes"),
        v.Measure("consumedMilliampHours"),
    ];

    private static IEnumerable<string> GlanceFields(Obj v) =>
    [
        v.Int("companyId", 0, 65535),
        v.Int("sequence", 0, 255),
        v.Int("status", 0, 255),
        v.Measure("voltageMillivolts"),
        v.Measure("currentMilliamps"),
        v.Measure("stateOfChargeCentipercent"),
        v.Measure("timeToGoMinutes"),
    ];

    private static IEnumerable<string> BTHomeFields(Obj v) =>
    [
        v.Measure("packetId"),
        v.Measure("stateOfChargeCentipercent"),
        v.Measure("temperatureCentidegrees"),
        v.Measure("voltageMillivolts"),
        v.Measure("powerMilliwatts"),
        v.Measure("currentMilliamps"),
        v.Measure("energyChargedWattHours"),
        v.Measure("energyDischargedWattHours"),
    ];

    // ---- literals ----

    private static string Call(string method, params string[] args) => method + "(" + string.Join(", ", args) + ")";

    private static string Kind(string kind) => "CaseKind." + kind switch
    {
        "roundtrip" => "Roundtrip",
        "encode" => "Encode",
        "decode" => "Decode",
        "invalid" => "Invalid",
        "valid" => "Valid",
        "build" => "Build",
        "parse" => "Parse",
        "encode-error" => "EncodeError",
        _ => throw new InvalidDataException("unknown kind " + kind),
    };

    private static string Error(string name) =>
        Enum.GetNames<ProtocolError>().Contains(name, StringComparer.Ordinal)
            ? "ProtocolError." + name
            : throw new InvalidDataException("unknown error kind " + name);

    /// <summary>An enumeration value by member name, or as a cast when no member has it.</summary>
    private static string EnumMember<T>(int value)
        where T : struct, Enum
    {
        string? member = Enum.GetName(typeof(T), Enum.ToObject(typeof(T), value));
        return member != null ? typeof(T).Name + "." + member : "(" + typeof(T).Name + ")" + value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Int(int value, int minimum, int maximum) =>
        value >= minimum && value <= maximum
            ? value.ToString(CultureInfo.InvariantCulture)
            : throw new InvalidDataException("value " + value.ToString(CultureInfo.InvariantCulture) + " outside " + minimum.ToString(CultureInfo.InvariantCulture) + ".." + maximum.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// A C# string literal in ASCII: printable ASCII as itself (with \" and \\), every other UTF-16 code unit as \uXXXX,
    /// so control characters, NUL, non-ASCII and surrogate pairs survive any editor and compiler encoding.
    /// </summary>
    public static string Literal(string text)
    {
        StringBuilder s = new(text.Length + 2);
        s.Append('"');
        foreach (char ch in text)
        {
            if (ch == '"' || ch == '\\')
            {
                s.Append('\\').Append(ch);
            }
            else if (ch >= 0x20 && ch < 0x7F)
            {
                s.Append(ch);
            }
            else
            {
                s.Append("\\u").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return s.Append('"').ToString();
    }

    /// <summary>A JSON object read strictly: members are taken by name, and <see cref="Done"/> rejects any member left unread.</summary>
    private sealed class Obj
    {
        private readonly JsonElement _element;
        private readonly string _where;
        private readonly HashSet<string> _read = new(StringComparer.Ordinal);

        public Obj(JsonElement element, string where)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException(where + ": not an object");
            }

            _element = element;
            _where = where;
        }

        public JsonElement Get(string member)
        {
            if (!_element.TryGetProperty(member, out JsonElement value))
            {
                throw new InvalidDataException(_where + ": missing " + member);
            }

            _read.Add(member);
            return value;
        }

        public string Str(string member) => OptionalStr(member) ?? throw new InvalidDataException(_where + ": " + member + " is null");

        public string? OptionalStr(string member)
        {
            JsonElement value = Get(member);
            return value.ValueKind == JsonValueKind.Null ? null : value.GetString();
        }

        public int IntValue(string member, int minimum, int maximum)
        {
            JsonElement value = Get(member);
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int number) || number < minimum || number > maximum)
            {
                throw new InvalidDataException(_where + ": " + member + " is not a number in " + minimum.ToString(CultureInfo.InvariantCulture) + ".." + maximum.ToString(CultureInfo.InvariantCulture));
            }

            return number;
        }

        /// <summary>A number that is never null, as a literal.</summary>
        public string Int(string member, int minimum, int maximum) =>
            IntValue(member, minimum, maximum).ToString(CultureInfo.InvariantCulture);

        /// <summary>A model quantity: null (NA) becomes <c>Measurement.NotAvailable</c>.</summary>
        public string Measure(string member) =>
            Get(member).ValueKind == JsonValueKind.Null ? NA : Int(member, int.MinValue + 1, int.MaxValue);

        public bool BoolValue(string member)
        {
            JsonElement value = Get(member);
            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new InvalidDataException(_where + ": " + member + " is not a boolean"),
            };
        }

        public Obj Object(string member) => OptionalObject(member) ?? throw new InvalidDataException(_where + ": " + member + " is null");

        public Obj? OptionalObject(string member)
        {
            JsonElement value = Get(member);
            return value.ValueKind == JsonValueKind.Null ? null : new Obj(value, _where + "." + member);
        }

        public void Done()
        {
            string[] unread = _element.EnumerateObject().Select(p => p.Name).Where(n => !_read.Contains(n)).ToArray();
            if (unread.Length > 0)
            {
                throw new InvalidDataException(_where + ": members the generator does not handle: " + string.Join(", ", unread));
            }
        }
    }
}
