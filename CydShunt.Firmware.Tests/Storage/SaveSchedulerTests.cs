using System;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Host;
using NUnit.Framework;
using CydShunt.Firmware.Tests.Support;

namespace CydShunt.Firmware.Tests.Storage;

public class SaveSchedulerTests
{
    private const long Minute = 60_000;

    private ManualClock _clock = null!;
    private SaveScheduler _scheduler = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new ManualClock { MillisecondsSinceBoot = 5_000 };
        _scheduler = new SaveScheduler(_clock);
        _scheduler.Restored(5000);
    }

    [Test]
    public void DefaultsAreFifteenMinutesTwoMinutesAndOnePercent()
    {
        Assert.That(_scheduler.PeriodMilliseconds, Is.EqualTo(15 * Minute));
        Assert.That(_scheduler.MinimumIntervalMilliseconds, Is.EqualTo(2 * Minute));
        Assert.That(_scheduler.StateOfChargeStepCentipercent, Is.EqualTo(100));
        Assert.That(_scheduler.WorstCaseWritesPerDay, Is.EqualTo(720));
    }

    [Test]
    public void PeriodicSaveIsDueAfterThePeriodAndNotBefore()
    {
        _clock.Advance(15 * Minute - 1);
        Assert.That(_scheduler.Check(5000), Is.EqualTo(SaveTriggers.None));
        _clock.Advance(1);
        Assert.That(_scheduler.Check(5000), Is.EqualTo(SaveTriggers.Periodic));

        _scheduler.MarkSaved(5000);
        Assert.That(_scheduler.Check(5000), Is.EqualTo(SaveTriggers.None));
        _clock.Advance(15 * Minute);
        Assert.That(_scheduler.Check(5000), Is.EqualTo(SaveTriggers.Periodic));
    }

    [Test]
    public void CheckIsAQueryAndStaysDueUntilMarked()
    {
        _clock.Advance(16 * Minute);
        Assert.That(_scheduler.Check(5000), Is.EqualTo(SaveTriggers.Periodic));
        Assert.That(_scheduler.Check(5000), Is.EqualTo(SaveTriggers.Periodic));
    }

    [TestCase(5099, false)]
    [TestCase(4901, false)]
    [TestCase(5100, true)]
    [TestCase(4900, true)]
    [TestCase(0, true)]
    public void StateOfChargeStepTriggersASaveAfterTheMinimumInterval(int stateOfCharge, bool due)
    {
        Assert.That(_scheduler.Check(stateOfCharge), Is.EqualTo(SaveTriggers.None), "minimum interval not yet over");
        _clock.Advance(2 * Minute);
        Assert.That(_scheduler.Check(stateOfCharge), Is.EqualTo(due ? SaveTriggers.StateOfChargeChanged : SaveTriggers.None));
    }

    [Test]
    public void StateOfChargeIsMeasuredFromTheLastSavedValue()
    {
        _clock.Advance(3 * Minute);
        Assert.That(_scheduler.Check(5150), Is.EqualTo(SaveTriggers.StateOfChargeChanged));
        _scheduler.MarkSaved(5150);
        _clock.Advance(3 * Minute);
        Assert.That(_scheduler.Check(5200), Is.EqualTo(SaveTriggers.None));
        Assert.That(_scheduler.Check(5250), Is.EqualTo(SaveTriggers.StateOfChargeChanged));
    }

    [Test]
    public void UnknownStateOfChargeTriggersWhenItBecomesKnown()
    {
        _scheduler.Restored(SaveScheduler.StateOfChargeUnknown);
        _clock.Advance(2 * Minute);
        Assert.That(_scheduler.Check(SaveScheduler.StateOfChargeUnknown), Is.EqualTo(SaveTriggers.None));
        Assert.That(_scheduler.Check(10000), Is.EqualTo(SaveTriggers.StateOfChargeChanged));
        _scheduler.Restored(7000);
        _clock.Advance(2 * Minute);
        Assert.That(_scheduler.Check(SaveScheduler.StateOfChargeUnknown), Is.EqualTo(SaveTriggers.None));
    }

    [TestCase(SaveTriggers.Synchronised)]
    [TestCase(SaveTriggers.CountersReset)]
    [TestCase(SaveTriggers.SettingsChanged)]
    [TestCase(SaveTriggers.Requested)]
    public void EventsAreSavedAtTheNextAllowedMoment(SaveTriggers trigger)
    {
        _clock.Advance(30_000);
        _scheduler.Request(trigger);
        Assert.That(_scheduler.Pending, Is.EqualTo(trigger));
        Assert.That(_scheduler.Check(5000), Is.EqualTo(SaveTriggers.None));
        _clock.Advance(90_000);
        Assert.That(_scheduler.Check(5000), Is.EqualTo(trigger));
        _scheduler.MarkSaved(5000);
        Assert.That(_scheduler.Pending, Is.EqualTo(SaveTriggers.None));
        _clock.Advance(5 * Minute);
        Assert.That(_scheduler.Check(5000), Is.EqualTo(SaveTriggers.None));
    }

    [Test]
    public void SeveralTriggersAreReportedTogether()
    {
        _scheduler.Request(SaveTriggers.Synchronised);
        _scheduler.Request(SaveTriggers.CountersReset);
        _clock.Advance(15 * Minute);
        Assert.That(_scheduler.Check(10000), Is.EqualTo(SaveTriggers.Synchronised | SaveTriggers.CountersReset | SaveTriggers.Periodic | SaveTriggers.StateOfChargeChanged));
    }

    [Test]
    public void FailedSaveIsRetriedAfterTheMinimumIntervalWithItsTriggers()
    {
        _scheduler.Request(SaveTriggers.CountersReset);
        _clock.Advance(2 * Minute);
        Assert.That(_scheduler.Check(5000), Is.EqualTo(SaveTriggers.CountersReset));
        _scheduler.MarkFailed();
        Assert.That(_scheduler.Check(5000), Is.EqualTo(SaveTriggers.None));
        _clock.Advance(2 * Minute);
        Assert.That(_scheduler.Check(5000), Is.EqualTo(SaveTriggers.CountersReset));
    }

    [Test]
    public void FastDischargeNeverWritesMoreThanTheWorstCaseBudget()
    {
        // 1 % of SOC every 10 s plus an event every minute, for a day, with a 1 s tick: the minimum interval caps it.
        int writes = SimulateDay(_scheduler, _clock, tick => 10000 - (tick / 10 % 10000), eventEverySeconds: 60);
        Assert.That(writes, Is.EqualTo(720));
        Assert.That(writes, Is.LessThanOrEqualTo(_scheduler.WorstCaseWritesPerDay));
    }

    [Test]
    public void IdleBatteryWritesOnlyOnThePeriod()
    {
        int writes = SimulateDay(_scheduler, _clock, _ => 5000, eventEverySeconds: 0);
        Assert.That(writes, Is.EqualTo(96));
    }

    [Test]
    public void DailyCycleWritesAboutOnePerPercentPlusPeriodic()
    {
        // Down from 100 % to 50 % over 12 h and back up over 12 h: 100 steps of 1 %; periodic saves fill the gaps
        // of 15 min without a step (none here: a step comes every 14.4 min).
        int writes = SimulateDay(_scheduler, _clock, tick => tick < 43200 ? 10000 - (tick * 5000 / 43200) : 5000 + ((tick - 43200) * 5000 / 43200), eventEverySeconds: 0);
        Assert.That(writes, Is.InRange(100, 110));
    }

    [Test]
    public void CheckAllocatesNothing()
    {
        _scheduler.Check(5000);
        long before = ThreadAllocations.Begin();
        SaveTriggers any = SaveTriggers.None;
        for (int i = 0; i < 10_000; i++)
        {
            _clock.Advance(1000);
            any |= _scheduler.Check(5000 + (i % 300));
            if (i % 500 == 0)
            {
                _scheduler.Request(SaveTriggers.Synchronised);
            }
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(any, Is.Not.EqualTo(SaveTriggers.None));
    }

    [Test]
    public void BadPolicyValuesAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => new SaveScheduler(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SaveScheduler(_clock, 0, 1, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SaveScheduler(_clock, 1000, 0, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SaveScheduler(_clock, 1000, 1001, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SaveScheduler(_clock, 1000, 1000, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SaveScheduler(_clock, 1000, 1000, 10001));
    }

    private static int SimulateDay(SaveScheduler scheduler, ManualClock clock, Func<int, int> stateOfChargeAt, int eventEverySeconds)
    {
        int writes = 0;
        for (int tick = 1; tick <= 86_400; tick++)
        {
            clock.Advance(1000);
            if (eventEverySeconds > 0 && tick % eventEverySeconds == 0)
            {
                scheduler.Request(SaveTriggers.Synchronised);
            }

            int soc = stateOfChargeAt(tick);
            if (scheduler.Check(soc) != SaveTriggers.None)
            {
                scheduler.MarkSaved(soc);
                writes++;
            }
        }

        return writes;
    }
}
