using System;
using System.Text.Json;
using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Targets.Protocol;

/// <summary>
/// The scalar characteristics' values (spec/gatt.md, "Scalar characteristics"). The first input byte picks the
/// characteristic (modulo the number of scalars), the rest is its value.
/// </summary>
public sealed class ScalarTarget : FuzzTarget
{
    // The scalars of spec/gatt.md by their vector names, in the order the first input byte selects them.
    private static readonly (string Name, GattCharacteristic Characteristic)[] s_scalars =
    [
        ("voltage", CydShuntGatt.Voltage),
        ("current", CydShuntGatt.Current),
        ("power", CydShuntGatt.Power),
        ("consumedCharge", CydShuntGatt.ConsumedCharge),
        ("energyCharged", CydShuntGatt.EnergyCharged),
        ("energyDischarged", CydShuntGatt.EnergyDischarged),
        ("stateOfCharge", CydShuntGatt.StateOfCharge),
        ("temperature", CydShuntGatt.Temperature),
        ("timeToGo", CydShuntGatt.TimeToGo),
        ("batteryLevel", CydShuntGatt.BatteryLevel),
    ];

    private readonly ScalarCodecTarget[] _codecs = Array.ConvertAll(s_scalars, s => new ScalarCodecTarget(s.Characteristic.Format!));

    public override string Name => "scalar";

    public override string Description => "The scalar characteristics (voltage ... battery level); the first byte picks one.";

    public override string[] VectorFiles => ["scalars.json"];

    public override string[] Dictionaries => ["gatt.dict"];

    public override byte[]? SeedFromVector(JsonElement vectorCase)
    {
        byte[]? hex = HexProperty(vectorCase, "hex");
        if (hex == null)
        {
            return null;
        }

        string name = vectorCase.GetProperty("characteristic").GetString()!;
        int index = Array.FindIndex(s_scalars, s => s.Name == name);
        if (index < 0)
        {
            throw new InvalidOperationException($"scalars.json names the characteristic \"{name}\", which this target does not know.");
        }

        byte[] seed = new byte[hex.Length + 1];
        seed[0] = (byte)index;
        hex.CopyTo(seed, 1);
        return seed;
    }

    public override void Run(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        _codecs[input[0] % _codecs.Length].Run(input[1..]);
    }

    /// <summary>One scalar format through the common codec checks.</summary>
    private sealed class ScalarCodecTarget(ScalarFormat format) : CodecTarget<int>
    {
        public override string Name => "scalar";

        public override string Description => "One scalar format.";

        protected override string[] SpecDecoders => ["scalar decoder"];

        protected override TryDecodeArray<int> TryDecode => format.TryDecode;

        protected override TryDecodeSpan<int> TryDecodeFromSpan => format.TryDecode;

        protected override DecodeArray<int> Decode => format.Decode;

        protected override TryEncodeArray<int> TryEncode => format.TryEncode;

        protected override TryEncodeSpan<int> TryEncodeToSpan => format.TryEncode;
    }
}
