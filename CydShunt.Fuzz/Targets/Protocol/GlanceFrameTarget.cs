using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Targets.Protocol;

/// <summary>The glance frame in manufacturer-specific data (spec/advertising.md).</summary>
public sealed class GlanceFrameTarget : CodecTarget<GlanceFrame>
{
    public override string Name => "glance-frame";

    public override string Description => "The glance frame in manufacturer-specific data (spec/advertising.md).";

    public override string[] VectorFiles => ["glance-frame.json"];

    public override string[] Dictionaries => ["advertising.dict"];

    protected override string[] SpecDecoders => ["glance decoder"];

    protected override TryDecodeArray<GlanceFrame> TryDecode => GlanceFrameCodec.TryDecode;

    protected override TryDecodeSpan<GlanceFrame> TryDecodeFromSpan => GlanceFrameCodec.TryDecode;

    protected override DecodeArray<GlanceFrame> Decode => GlanceFrameCodec.Decode;

    protected override TryEncodeArray<GlanceFrame> TryEncode => GlanceFrameCodec.TryEncode;

    protected override TryEncodeSpan<GlanceFrame> TryEncodeToSpan => GlanceFrameCodec.TryEncode;
}
