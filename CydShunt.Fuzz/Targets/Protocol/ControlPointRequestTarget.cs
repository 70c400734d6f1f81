using System;
using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Targets.Protocol;

/// <summary>A control-point request (spec/gatt.md), as the device decodes a write.</summary>
public sealed class ControlPointRequestTarget : CodecTarget<ControlPointRequest>
{
    public override string Name => "control-point-request";

    public override string Description => "A control-point request (spec/gatt.md), as the device decodes a write.";

    public override string[] VectorFiles => ["control-point-request.json"];

    public override string[] Dictionaries => ["gatt.dict"];

    protected override string[] SpecDecoders => ["control point request decoder"];

    protected override TryDecodeArray<ControlPointRequest> TryDecode => ControlPointRequestCodec.TryDecode;

    protected override TryDecodeSpan<ControlPointRequest> TryDecodeFromSpan => ControlPointRequestCodec.TryDecode;

    protected override DecodeArray<ControlPointRequest> Decode => ControlPointRequestCodec.Decode;

    protected override TryEncodeArray<ControlPointRequest> TryEncode => ControlPointRequestCodec.TryEncode;

    protected override TryEncodeSpan<ControlPointRequest> TryEncodeToSpan => ControlPointRequestCodec.TryEncode;
}
