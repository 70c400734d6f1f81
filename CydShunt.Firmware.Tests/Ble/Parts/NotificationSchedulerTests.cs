using CydShunt.Firmware.Ble;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Ble.Parts;

/// <summary>
/// The notification timing of spec/gatt.md "Notifications" on the scheduler alone: first subscriber at the next tick,
/// one round per interval at a fixed rate, a rate limit per connection, a fresh start per connection. Expected times are
/// hand-computed from the interval.
/// </summary>
public class NotificationSchedulerTests
{
    [Test]
    public void TheFirstSubscriberIsServedAtOnceThenEveryInterval()
    {
        var s = new NotificationScheduler();
        s.SetInterval(1000);
        s.StartLink();
        s.FirstSubscription(5_000);
        Assert.That(s.TryStartRound(5_000), Is.True, "served at the next tick");
        Assert.That(s.TryStartRound(5_999), Is.False);
        Assert.That(s.TryStartRound(6_000), Is.True, "one interval later");
        Assert.That(s.TryStartRound(6_500), Is.False);
        Assert.That(s.TryStartRound(7_000), Is.True);
    }

    [Test]
    public void ALateTickSendsOnceAndReanchors()
    {
        var s = new NotificationScheduler();
        s.SetInterval(1000);
        s.FirstSubscription(0);
        Assert.That(s.TryStartRound(0), Is.True);

        // Due at 1000, the tick comes at 3500: one round, the next due at 4500 (no burst of the missed rounds).
        Assert.That(s.TryStartRound(3_500), Is.True);
        Assert.That(s.TryStartRound(3_600), Is.False);
        Assert.That(s.TryStartRound(4_499), Is.False);
        Assert.That(s.TryStartRound(4_500), Is.True);
    }

    [Test]
    public void ResubscribingWaitsForTheIntervalOnTheSameLinkButNotOnANewOne()
    {
        var s = new NotificationScheduler();
        s.SetInterval(1000);
        s.StartLink();
        s.FirstSubscription(10_000);
        Assert.That(s.TryStartRound(10_000), Is.True);

        // CCCD off and on at 10 200: the interval counts from the last round (10 000), so 11 000.
        s.FirstSubscription(10_200);
        Assert.That(s.TryStartRound(10_999), Is.False);
        Assert.That(s.TryStartRound(11_000), Is.True);

        // A new connection starts afresh.
        s.StartLink();
        s.FirstSubscription(11_100);
        Assert.That(s.TryStartRound(11_100), Is.True);
    }

    [Test]
    public void AnIntervalSetOverTheControlPointAppliesToTheRunningSubscription()
    {
        var s = new NotificationScheduler();
        s.SetInterval(1000);
        s.FirstSubscription(0);
        Assert.That(s.TryStartRound(0), Is.True);

        // 200 ms set at 700: the last round (0) + 200 is past, so the next round goes out at the next tick, not earlier.
        s.SetIntervalAt(200, 700);
        Assert.That(s.IntervalMilliseconds, Is.EqualTo(200));
        Assert.That(s.TryStartRound(699), Is.False);
        Assert.That(s.TryStartRound(700), Is.True);
        Assert.That(s.TryStartRound(899), Is.False);
        Assert.That(s.TryStartRound(900), Is.True);
    }
}
