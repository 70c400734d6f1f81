using System;
using System.Text.Json;
using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Targets.Protocol;

/// <summary>
/// A whole scan record (advertising data + scan response) through <see cref="ScanRecordParser"/>, as a scanning
/// client meets every advertiser nearby (spec/advertising.md, "Parsing a scan record").
/// </summary>
public sealed class ScanRecordTarget : FuzzTarget
{
    public override string Name => "scan-record";

    public override string Description => "A scan record (advertising data + scan response) through ScanRecordParser.";

    public override string[] VectorFiles => ["scan-records.json", "advertising.json"];

    public override string[] Dictionaries => ["advertising.dict"];

    // advertising.json's build cases give the two halves of a scan record; the parser takes them concatenated.
    public override byte[]? SeedFromVector(JsonElement vectorCase)
    {
        byte[]? advertising = HexProperty(vectorCase, "advertisingHex");
        return advertising == null
            ? HexProperty(vectorCase, "hex")
            : [.. advertising, .. HexProperty(vectorCase, "scanResponseHex") ?? []];
    }

    public override void Run(byte[] input)
    {
        var zeros = new GuardedInput(input, 0x00);
        var ones = new GuardedInput(input, 0xFF);
        bool ok = Parse(zeros, out ScanRecord record, out ProtocolError error);
        bool okOnes = Parse(ones, out ScanRecord recordOnes, out ProtocolError errorOnes);
        Require(
            ok == okOnes && error == errorOnes && (!ok || Same(record, zeros.Buffer, recordOnes, ones.Buffer)),
            "TryParse's result depends on the bytes outside offset..offset+count (it reads past its input).");

        SpecErrorKinds spec = SpecErrorKinds.FromSpec;
        if (ok)
        {
            Require(error == ProtocolError.None, $"TryParse succeeded but reported {error}.");
            Require(
                record.HasGlance || record.GlanceError == ProtocolError.None || spec.Allows("glance decoder", record.GlanceError),
                $"The glance frame failed with {record.GlanceError}, which spec/README.md does not list for the glance decoder.");
            Require(
                record.HasBTHome || record.BTHomeError == ProtocolError.None || spec.AllowsAny(["BTHome AD decoder", "BTHome decoder"], record.BTHomeError),
                $"The BTHome frame failed with {record.BTHomeError}, which spec/README.md does not list for the BTHome decoders.");
            Require(!record.HasGlance || record.GlanceError == ProtocolError.None, "A glance frame was decoded and has an error.");
            Require(!record.HasBTHome || record.BTHomeError == ProtocolError.None, "A BTHome frame was decoded and has an error.");
            _ = record.GetLocalName();
            _ = record.ToString();
        }
        else
        {
            Require(spec.Allows("scan record parser", error) || spec.Allows("glance decoder", error) || spec.AllowsAny(["BTHome AD decoder", "BTHome decoder"], error),
                $"TryParse reported {error}, which spec/README.md lists for neither the scan record parser nor the frame decoders.");
        }

        byte[] copy = (byte[])input.Clone();
        bool spanOk;
        ScanRecord spanRecord;
        ProtocolError spanError;
        try
        {
            spanOk = ScanRecordParser.TryParse(copy.AsSpan(), out spanRecord, out spanError);
        }
        catch (Exception e)
        {
            throw new InvariantViolation($"TryParse(ReadOnlySpan) threw {e.GetType().Name}: {e.Message}", e);
        }

        Require(copy.AsSpan().SequenceEqual(input), "TryParse(ReadOnlySpan) wrote to its input.");
        Require(
            spanOk == ok && spanError == error && (!ok || Same(record, zeros.Buffer, spanRecord, copy)),
            $"The byte[] and Span parsers disagree: byte[] {(ok ? "parsed" : error)}, Span {(spanOk ? "parsed" : spanError)}.");
    }

    private static bool Parse(GuardedInput guarded, out ScanRecord record, out ProtocolError error)
    {
        bool ok;
        try
        {
            ok = ScanRecordParser.TryParse(guarded.Buffer, guarded.Offset, guarded.Count, out record, out error);
        }
        catch (Exception e)
        {
            throw new InvariantViolation($"TryParse threw {e.GetType().Name}: {e.Message}", e);
        }

        guarded.RequireUnchanged("TryParse");
        return ok;
    }

    // Two parses agree when every decoded field agrees and the local names read the same text (the name's offset is
    // relative to the array that was parsed, so it differs between a guarded buffer and a span).
    private static bool Same(ScanRecord a, byte[] aSource, ScanRecord b, byte[] bSource) =>
        a.HasGlance == b.HasGlance && a.Glance.Equals(b.Glance) && a.GlanceError == b.GlanceError &&
        a.HasBTHome == b.HasBTHome && a.BTHome.Equals(b.BTHome) && a.BTHomeError == b.BTHomeError &&
        a.HasServiceUuid == b.HasServiceUuid && a.LocalNameComplete == b.LocalNameComplete &&
        a.LocalNameLength == b.LocalNameLength && a.GetLocalName() == b.GetLocalName();
}
