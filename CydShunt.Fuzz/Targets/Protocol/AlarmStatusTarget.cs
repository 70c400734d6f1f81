using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Targets.Protocol;

/// <summary>The Alarm Status characteristic value (spec/gatt.md), as a client decodes a notification.</summary>
public sealed class AlarmStatusTarget : CodecTarget<AlarmStatus>
{
    public override string Name => "alarm-status";

    public override string Description => "The Alarm Status characteristic value (spec/gatt.md), as a client decodes a notification.";

    public override string[] VectorFiles => ["alarms.json"];

    public override string[] Dictionaries => ["gatt.dict"];

    protected override string[] SpecDecoders => ["alarm status decoder"];

    protected override TryDecodeArray<AlarmStatus> TryDecode => AlarmStatusCodec.TryDecode;

    protected override TryDecodeSpan<AlarmStatus> TryDecodeFromSpan => AlarmStatusCodec.TryDecode;

    protected override DecodeArray<AlarmStatus> Decode => AlarmStatusCodec.Decode;

    protected override TryEncodeArray<AlarmStatus> TryEncode => AlarmStatusCodec.TryEncode;

    protected override TryEncodeSpan<AlarmStatus> TryEncodeToSpan => AlarmStatusCodec.TryEncode;
}
