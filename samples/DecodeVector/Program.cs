// Decodes the test vectors of spec/vectors/live-snapshot.json with the CydShunt.Protocol package, the way a client
// author would use it, and prints one line per case. Exit code 0 only if every vector behaves as specified.
using System.Text.Json;
using CydShunt.Protocol;

string vectors = args.Length > 0 ? args[0] : Path.Combine("..", "..", "spec", "vectors", "live-snapshot.json");
using JsonDocument document = JsonDocument.Parse(File.ReadAllText(vectors));

int failures = 0;
foreach (JsonElement vector in document.RootElement.GetProperty("cases").EnumerateArray())
{
    string name = vector.GetProperty("name").GetString()!;
    string kind = vector.GetProperty("kind").GetString()!;
    if (kind == "encode")
    {
        continue; // encode-only cases hold inputs outside the wire range; decoding them is not what they test
    }

    byte[] bytes = Convert.FromHexString(vector.GetProperty("hex").GetString()!);
    bool ok = LiveSnapshotCodec.TryDecode(bytes, out LiveSnapshot snapshot, out ProtocolError error);
    bool expectedOk = kind != "invalid";
    if (ok != expectedOk || (!ok && ProtocolErrorText.GetName(error) != vector.GetProperty("error").GetString()))
    {
        failures++;
        Console.WriteLine($"FAIL {name}: {ProtocolErrorText.GetName(error)}");
        continue;
    }

    Console.WriteLine(ok
        ? $"ok   {name}: #{snapshot.Sequence} {Show(snapshot.VoltageMillivolts, "mV")} {Show(snapshot.CurrentMilliamps, "mA")} SOC {Show(snapshot.StateOfChargeCentipercent, "c%")}"
        : $"ok   {name}: rejected as {ProtocolErrorText.GetName(error)}");
}

Console.WriteLine(failures == 0 ? "all vectors decoded as specified" : failures + " vectors failed");
return failures == 0 ? 0 : 1;

static string Show(int value, string unit) => Measurement.IsAvailable(value) ? value + " " + unit : "n/a";
