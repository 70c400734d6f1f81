using CydShunt.Firmware.Monitor;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>History on its own: H1, H2, H3, H4, H5, H7, H8, H9, H10 and the last known SOC.</summary>
public class BatteryHistoryRecorderTests
{
    private const long MilliampHour = 3_600_000_000L;

    [Test]
    public void AChargeCycleIsBelowSixtyFiveThenAboveNinetyPercent()
    {
        var state = new BatteryState();
        var history = new BatteryHistoryRecorder(state);
        history.Update(6500);
        history.Update(9500);
        Assert.That(state.ChargeCycles, Is.Zero, "65.00 % does not arm");

        history.Update(6499);
        history.Update(9000);
        Assert.That(state.ChargeCycles, Is.Zero, "90.00 % does not complete");
        history.Update(9001);
        history.Update(9500);
        Assert.That(state.ChargeCycles, Is.EqualTo(1));
    }

    [Test]
    public void AFullDischargeCountsAgainOnlyAfterTenPercent()
    {
        var state = new BatteryState();
        var history = new BatteryHistoryRecorder(state);
        history.Update(0);
        history.Update(0);
        history.Update(1000);
        history.Update(0);
        Assert.That(state.FullDischarges, Is.EqualTo(1));
        history.Update(1001);
        history.Update(0);
        Assert.That(state.FullDischarges, Is.EqualTo(2));
    }

    [Test]
    public void TheLastDischargeRestartsAfterAFullChargeAndTheDeepestStays()
    {
        var state = new BatteryState();
        var history = new BatteryHistoryRecorder(state);
        state.ConsumedMicroampMilliseconds = -5000 * MilliampHour;
        history.Update(5000);
        Assert.That(state.DeepestDischargeMilliampHours, Is.EqualTo(-5000));
        Assert.That(state.LastDischargeMilliampHours, Is.EqualTo(-5000));

        history.RecordFullCharge(false);
        state.ConsumedMicroampMilliseconds = 0;
        history.Update(10000);
        Assert.That(state.LastDischargeMilliampHours, Is.EqualTo(-5000), "kept until the next discharge");

        state.ConsumedMicroampMilliseconds = -1000 * MilliampHour;
        history.Update(9000);
        Assert.That(state.LastDischargeMilliampHours, Is.EqualTo(-1000));
        Assert.That(state.DeepestDischargeMilliampHours, Is.EqualTo(-5000));
    }

    [Test]
    public void NothingIsRecordedWhileNotSynchronised()
    {
        var state = new BatteryState { Synchronised = false };
        var history = new BatteryHistoryRecorder(state);
        state.ConsumedMicroampMilliseconds = -5000 * MilliampHour;
        history.Update(Measurement.NotAvailable);
        history.Update(0);
        Assert.That(state.DeepestDischargeMilliampHours, Is.Zero);
        Assert.That(state.FullDischarges, Is.Zero);
        Assert.That(history.LastKnownStateOfChargeCentipercent, Is.EqualTo(10000));
    }

    [Test]
    public void AFullChargeRestartsTheTimeSinceFullAndCountsOnlyAutomaticOnes()
    {
        var state = new BatteryState();
        var history = new BatteryHistoryRecorder(state);
        history.AddElapsed(1500);
        history.AddElapsed(2500);
        Assert.That(state.MillisecondsSinceFullCharge, Is.EqualTo(4000));
        history.RecordFullCharge(true);
        Assert.That(state.MillisecondsSinceFullCharge, Is.Zero);
        history.AddElapsed(700);
        history.RecordFullCharge(false);
        Assert.That(state.MillisecondsSinceFullCharge, Is.Zero);
        Assert.That(state.AutomaticSynchronisations, Is.EqualTo(1));
    }

    [Test]
    public void TheVoltageRangeStartsAtTheFirstSample()
    {
        var state = new BatteryState();
        var history = new BatteryHistoryRecorder(state);
        Assert.That(state.MinimumVoltageMillivolts, Is.EqualTo(Measurement.NotAvailable));
        history.TrackVoltage(12700);
        history.TrackVoltage(11900);
        history.TrackVoltage(14400);
        history.TrackVoltage(12500);
        Assert.That(state.MinimumVoltageMillivolts, Is.EqualTo(11900));
        Assert.That(state.MaximumVoltageMillivolts, Is.EqualTo(14400));
    }

    [Test]
    public void TheAverageDischargeIsTheCumulativeDrawnPerCycle()
    {
        var state = new BatteryState { CumulativeDrawnMilliampHours = 10000 };
        var history = new BatteryHistoryRecorder(state);
        Assert.That(history.AverageDischargeMilliampHours, Is.Zero, "no cycle yet");
        state.ChargeCycles = 4;
        Assert.That(history.AverageDischargeMilliampHours, Is.EqualTo(-2500));
    }

    [Test]
    public void TheLastKnownStateOfChargeIgnoresNotAvailable()
    {
        var history = new BatteryHistoryRecorder(new BatteryState());
        history.Update(4200);
        history.Update(Measurement.NotAvailable);
        history.RememberStateOfCharge(Measurement.NotAvailable);
        Assert.That(history.LastKnownStateOfChargeCentipercent, Is.EqualTo(4200));
        history.RememberStateOfCharge(3100);
        Assert.That(history.LastKnownStateOfChargeCentipercent, Is.EqualTo(3100));
    }

    [Test]
    public void ResetClearsTheHistory()
    {
        var state = new BatteryState();
        var history = new BatteryHistoryRecorder(state);
        state.ConsumedMicroampMilliseconds = -5000 * MilliampHour;
        history.Update(0);
        history.TrackVoltage(12000);
        history.RecordFullCharge(true);
        state.CumulativeDrawnMilliampHours = 5000;
        state.LowVoltageAlarms = 3;
        history.Reset();
        Assert.That(state.DeepestDischargeMilliampHours, Is.Zero);
        Assert.That(state.FullDischarges, Is.Zero);
        Assert.That(state.AutomaticSynchronisations, Is.Zero);
        Assert.That(state.CumulativeDrawnMilliampHours, Is.Zero);
        Assert.That(state.LowVoltageAlarms, Is.Zero);
        Assert.That(state.MinimumVoltageMillivolts, Is.EqualTo(Measurement.NotAvailable));
    }
}
