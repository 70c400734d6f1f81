using System.Collections.Generic;
using CydShunt.DeviceTests.Scenario;
using CydShunt.DeviceTests.Screen;
using CydShunt.DeviceTests.SelfTest;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.DeviceTests;

/// <summary>
/// The on-device screen self-test, run on .NET: its byte counts come from the datasheet's window commands and the
/// font cells; its digest pins the byte stream, which must be the same on nanoFramework (the interpreter run gives it).
/// </summary>
public class ScreenScenarioTests
{
    [Test]
    public void TheScreenScenarioPassesEveryCheckWithTheExpectedDigest()
    {
        List<string> lines = [];
        TestLog log = new(lines.Add);
        uint digest = ScreenScenario.Run(log);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.None.StartsWith("FAIL"));
            Assert.That(log.Failed, Is.Zero);
            Assert.That(log.Passed, Is.EqualTo(9));
            Assert.That(ScenarioDigest.Hex8(digest), Is.EqualTo(ScenarioDigest.Hex8(ScreenScenario.ExpectedDigest)), "digest (update ExpectedDigest only for a deliberate change)");
        });
    }
}
