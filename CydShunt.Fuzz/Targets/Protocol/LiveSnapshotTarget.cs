using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Targets.Protocol;

/// <summary>The Live Snapshot characteristic value (spec/gatt.md), as a client decodes a notification.</summary>
public sealed class LiveSnapshotTarget : CodecTarget<LiveSnapshot>
{
    public override string Name => "live-snapshot";

    public override string Description => "The Live Snapshot characteristic value (spec/gatt.md), as a client decodes a notification.";

    public override string[] VectorFiles => ["live-snapshot.json"];

    public override string[] Dictionaries => ["gatt.dict"];

    protected override string[] SpecDecoders => ["live snapshot decoder"];

    protected override TryDecodeArray<LiveSnapshot> TryDecode => LiveSnapshotCodec.TryDecode;

    protected override TryDecodeSpan<LiveSnapshot> TryDecodeFromSpan => LiveSnapshotCodec.TryDecode;

    protected override DecodeArray<LiveSnapshot> Decode => LiveSnapshotCodec.Decode;

    protected override TryEncodeArray<LiveSnapshot> TryEncode => LiveSnapshotCodec.TryEncode;

    protected override TryEncodeSpan<LiveSnapshot> TryEncodeToSpan => LiveSnapshotCodec.TryEncode;
}
