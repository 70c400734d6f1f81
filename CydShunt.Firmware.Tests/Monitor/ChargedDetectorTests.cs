using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>Charged detection on its own: charged voltage and tail current held for the detection time, once per charge.</summary>
public class ChargedDetectorTests
{
    // 100 Ah, tail current 4 % = 4 A, charged voltage 13.2 V, detection time 3 min.
    private const long Charged = 13_200_000;
    private const long Tail = 4_000_000;
    private const long DetectionTime = 180_000;

    private static ChargedDetector Create(int capacity = 100)
    {
        BatterySettings settings = MonitorRig.PlainSettings(capacity);
        settings.ChargedVoltageMillivolts = 13200;
        settings.TailCurrentPermille = 40;
        settings.ChargedDetectionMinutes = 3;
        var detector = new ChargedDetector(settings);
        detector.Configure();
        return detector;
    }

    /// <summary>Samples every second from <paramref name="from"/> to <paramref name="to"/> inclusive; returns the times it fired.</summary>
    private static System.Collections.Generic.List<long> Hold(ChargedDetector detector, long from, long to, long voltage = Charged, long current = Tail)
    {
        var fired = new System.Collections.Generic.List<long>();
        for (long t = from; t <= to; t += 1000)
        {
            if (detector.Observe(t, voltage, current))
            {
                fired.Add(t);
            }
        }

        return fired;
    }

    [Test]
    public void FiresOnceWhenBothConditionsHeldForTheDetectionTime()
    {
        ChargedDetector detector = Create();
        Assert.That(Hold(detector, 10_000, 10_000 + DetectionTime + 60_000), Is.EqualTo(new[] { 10_000 + DetectionTime }));
    }

    [Test]
    public void BelowTheChargedVoltageOrAboveTheTailCurrentItNeverFires()
    {
        Assert.That(Hold(Create(), 0, 2 * DetectionTime, voltage: Charged - 1), Is.Empty);
        Assert.That(Hold(Create(), 0, 2 * DetectionTime, current: Tail + 1), Is.Empty);
    }

    [Test]
    public void WithoutACapacityItNeverFires()
    {
        Assert.That(Hold(Create(capacity: 0), 0, 2 * DetectionTime), Is.Empty);
    }

    [Test]
    public void ABreakInTheConditionsRestartsTheTimeAndAllowsTheNextCharge()
    {
        ChargedDetector detector = Create();
        Assert.That(Hold(detector, 0, 100_000), Is.Empty);
        Assert.That(detector.Observe(101_000, Charged, Tail + 1), Is.False);
        Assert.That(Hold(detector, 102_000, 102_000 + DetectionTime), Is.EqualTo(new[] { 102_000 + DetectionTime }));

        Assert.That(detector.Observe(400_000, Charged - 1, 0), Is.False);
        Assert.That(Hold(detector, 401_000, 401_000 + DetectionTime), Is.EqualTo(new[] { 401_000 + DetectionTime }));
    }

    [Test]
    public void AnInterruptionRestartsTheTimeButDoesNotAllowASecondDetection()
    {
        ChargedDetector detector = Create();
        Assert.That(Hold(detector, 0, 120_000), Is.Empty);
        detector.Interrupt();
        Assert.That(Hold(detector, 125_000, 125_000 + DetectionTime), Is.EqualTo(new[] { 125_000 + DetectionTime }));

        detector.Interrupt();
        Assert.That(Hold(detector, 400_000, 400_000 + 2 * DetectionTime), Is.Empty, "the conditions never broke");
    }

    [Test]
    public void ConfiguringAgainStartsAfresh()
    {
        ChargedDetector detector = Create();
        Assert.That(Hold(detector, 0, DetectionTime), Is.EqualTo(new[] { DetectionTime }));
        detector.Configure();
        Assert.That(Hold(detector, DetectionTime + 1000, 2 * DetectionTime + 1000), Is.EqualTo(new[] { 2 * DetectionTime + 1000 }));
    }
}
