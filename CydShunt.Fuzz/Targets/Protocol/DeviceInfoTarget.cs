using System;
using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Targets.Protocol;

/// <summary>The Device Info characteristic value (spec/gatt.md), as a client decodes a read.</summary>
public sealed class DeviceInfoTarget : CodecTarget<DeviceInfo>
{
    public override string Name => "device-info";

    public override string Description => "The Device Info characteristic value (spec/gatt.md), as a client decodes a read.";

    public override string[] VectorFiles => ["device-info.json"];

    public override string[] Dictionaries => ["gatt.dict"];

    protected override string[] SpecDecoders => ["device info decoder"];

    protected override TryDecodeArray<DeviceInfo> TryDecode => DeviceInfoCodec.TryDecode;

    protected override TryDecodeSpan<DeviceInfo> TryDecodeFromSpan => DeviceInfoCodec.TryDecode;

    protected override DecodeArray<DeviceInfo> Decode => DeviceInfoCodec.Decode;

    protected override TryEncodeArray<DeviceInfo> TryEncode => DeviceInfoCodec.TryEncode;

    protected override TryEncodeSpan<DeviceInfo> TryEncodeToSpan => DeviceInfoCodec.TryEncode;
}
