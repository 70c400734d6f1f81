using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Targets.Protocol;

/// <summary>The BTHome v2 service-data AD structure (spec/bthome.md).</summary>
public sealed class BTHomeTarget : CodecTarget<BTHomeFrame>
{
    public override string Name => "bthome";

    public override string Description => "The BTHome v2 service-data AD structure (spec/bthome.md).";

    public override string[] VectorFiles => ["bthome.json"];

    public override string[] Dictionaries => ["advertising.dict"];

    protected override string[] SpecDecoders => ["BTHome AD decoder", "BTHome decoder"];

    protected override TryDecodeArray<BTHomeFrame> TryDecode => BTHomeCodec.TryDecode;

    protected override TryDecodeSpan<BTHomeFrame> TryDecodeFromSpan => BTHomeCodec.TryDecode;

    protected override DecodeArray<BTHomeFrame> Decode => BTHomeCodec.Decode;

    protected override TryEncodeArray<BTHomeFrame> TryEncode => BTHomeCodec.TryEncode;

    protected override TryEncodeSpan<BTHomeFrame> TryEncodeToSpan => BTHomeCodec.TryEncode;
}
