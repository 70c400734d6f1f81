using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Targets.Protocol;

/// <summary>A control-point indication (spec/gatt.md), as a client decodes it.</summary>
public sealed class ControlPointResponseTarget : CodecTarget<ControlPointResponse>
{
    public override string Name => "control-point-response";

    public override string Description => "A control-point indication (spec/gatt.md), as a client decodes it.";

    public override string[] VectorFiles => ["control-point-response.json"];

    public override string[] Dictionaries => ["gatt.dict"];

    protected override string[] SpecDecoders => ["control point response decoder"];

    protected override TryDecodeArray<ControlPointResponse> TryDecode => ControlPointResponseCodec.TryDecode;

    protected override TryDecodeSpan<ControlPointResponse> TryDecodeFromSpan => ControlPointResponseCodec.TryDecode;

    protected override DecodeArray<ControlPointResponse> Decode => ControlPointResponseCodec.Decode;

    protected override TryEncodeArray<ControlPointResponse> TryEncode => ControlPointResponseCodec.TryEncode;

    protected override TryEncodeSpan<ControlPointResponse> TryEncodeToSpan => ControlPointResponseCodec.TryEncode;
}
