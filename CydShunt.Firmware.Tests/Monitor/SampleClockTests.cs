using CydShunt.Firmware.Monitor;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>The time between monitor calls, including a clock that stands still or steps back.</summary>
public class SampleClockTests
{
    [Test]
    public void MeasuresTheTimeSinceThePreviousCall()
    {
        var clock = new SampleClock();
        Assert.That(clock.Advance(5000), Is.Zero, "first call");
        Assert.That(clock.Advance(6000), Is.EqualTo(1000));
        Assert.That(clock.Advance(6000), Is.Zero, "clock stood still");
        Assert.That(clock.Advance(4000), Is.Zero, "clock stepped back");
        Assert.That(clock.Advance(7500), Is.EqualTo(1500), "measured from the latest time seen");
    }
}
