using System.Collections.Generic;
using CydShunt.DeviceTests.Scenario;
using CydShunt.DeviceTests.SelfTest;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.DeviceTests;

/// <summary>
/// The on-device self-test's firmware hour, run on .NET: every check passes and the digest of everything the firmware
/// sent equals the one the device (nanoFramework's interpreter) must print. A deliberate change of the firmware's output
/// changes the digest: update FirmwareScenario.ExpectedDigest to the value printed here and check the device agrees.
/// </summary>
public class FirmwareScenarioTests
{
    [Test]
    public void TheHourPassesEveryCheckWithTheExpectedDigest()
    {
        List<string> lines = [];
        TestLog log = new(lines.Add);
        uint digest = FirmwareScenario.Run(log);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.None.StartsWith("FAIL"));
            Assert.That(log.Failed, Is.Zero);
            Assert.That(log.Passed, Is.EqualTo(13));
            Assert.That(ScenarioDigest.Hex8(digest), Is.EqualTo(ScenarioDigest.Hex8(FirmwareScenario.ExpectedDigest)), "digest (update ExpectedDigest only for a deliberate change)");
        });
    }

    [Test]
    public void TheDigestIsFnv1aOverTaggedItems()
    {
        // FNV-1a 32 of the bytes 'V', 0, 1, 0, 0x41, computed by hand from the published offset basis and prime.
        uint expected = 2166136261;
        foreach (byte b in new byte[] { (byte)'V', 0, 1, 0, 0x41 })
        {
            expected = unchecked((expected ^ b) * 16777619);
        }

        ScenarioDigest digest = new();
        digest.Add('V', 0, [0x41], 0, 1);
        Assert.That(digest.Value, Is.EqualTo(expected));
        Assert.That(ScenarioDigest.Hex8(0x0000ABCD), Is.EqualTo("0000abcd"));
    }
}
