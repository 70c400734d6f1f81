using System.Collections.Generic;
using System.Text.Json;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Vectors;

/// <summary>Runs spec/vectors/scalars.json against the scalar characteristics' formats.</summary>
public class ScalarVectorTests
{
    internal static IEnumerable<VectorCase> Cases() => Support.Vectors.Load("scalars.json");

    [TestCaseSource(nameof(Cases))]
    public void Scalar(VectorCase c)
    {
        ScalarFormat format = CharacteristicFor(c.Str("characteristic")!).Format!;
        MessageVectorTests.Check(
            c,
            v =>
            {
                byte[] b = new byte[8];
                int value = v.ValueKind == JsonValueKind.Null ? Measurement.NotAvailable : v.GetInt32();
                Assert.That(format.TryEncode(value, b, 1, out int n, out _), Is.True);
                return Hex.Format(b, 1, n);
            },
            (byte[] b, out Dictionary<string, int?> f, out ProtocolError e) =>
            {
                bool ok = format.TryDecode(b, 0, b.Length, out int value, out e);
                f = new() { ["value"] = Support.Vectors.OptionalInt(value) };
                return ok;
            },
            wrapValue: true);
    }

    internal static GattCharacteristic CharacteristicFor(string name) => name switch
    {
        "voltage" => CydShuntGatt.Voltage,
        "current" => CydShuntGatt.Current,
        "power" => CydShuntGatt.Power,
        "consumedCharge" => CydShuntGatt.ConsumedCharge,
        "energyCharged" => CydShuntGatt.EnergyCharged,
        "energyDischarged" => CydShuntGatt.EnergyDischarged,
        "stateOfCharge" => CydShuntGatt.StateOfCharge,
        "temperature" => CydShuntGatt.Temperature,
        "timeToGo" => CydShuntGatt.TimeToGo,
        "batteryLevel" => CydShuntGatt.BatteryLevel,
        _ => throw new System.IO.InvalidDataException("Unknown characteristic in scalars.json: " + name),
    };
}
