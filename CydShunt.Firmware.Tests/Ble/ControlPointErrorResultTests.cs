using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Tests.Subset;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>
/// The device's answer to a request it cannot decode: every invalid case of spec/vectors/control-point-request.json names
/// the result code the device indicates (the mapping moved from the client library into the firmware).
/// </summary>
public class ControlPointErrorResultTests
{
    public static IEnumerable<TestCaseData> InvalidCases()
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(FirmwareSubsetTests.RepositoryRoot, "spec", "vectors", "control-point-request.json")));
        foreach (JsonElement c in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            if (c.GetProperty("kind").GetString() == "invalid")
            {
                yield return new TestCaseData(c.GetProperty("hex").GetString()!, c.GetProperty("resultCode").GetInt32()).SetName("invalid: " + c.GetProperty("name").GetString());
            }
        }
    }

    [TestCaseSource(nameof(InvalidCases))]
    public void TheIndicatedResultIsTheVectors(string hex, int resultCode)
    {
        byte[] bytes = System.Convert.FromHexString(hex);
        Assert.That(ControlPointRequestCodec.TryDecode(bytes, out _, out ProtocolError error), Is.False);
        Assert.That((int)ControlPointErrorResult.For(error), Is.EqualTo(resultCode));
    }

    [Test]
    public void AValidRequestIsASuccess()
    {
        Assert.That(ControlPointErrorResult.For(ProtocolError.None), Is.EqualTo(ControlPointResult.Success));
    }
}
