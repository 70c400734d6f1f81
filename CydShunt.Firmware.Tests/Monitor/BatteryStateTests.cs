using CydShunt.Protocol;
using System;
using CsCheck;
using CydShunt.Firmware.Monitor;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>The persisted battery state: round trips, restore after reboot, rejection of bad payloads.</summary>
public class BatteryStateTests
{
    private static BatteryState StateAfterAScenario()
    {
        var settings = MonitorRig.PlainSettings(100, peukertHundredths: 125, cefPercent: 95);
        settings.LowVoltageAlarmEnabled = true;
        var rig = new MonitorRig(settings);
        rig.Sample(12500, -20000);
        rig.Run(3 * 3_600_000, 12100, -20_003);
        rig.Run(100_000, 10900, -1_001);
        rig.Run(3_600_000, 13300, 15_007);
        return rig.State();
    }

    [Test]
    public void RoundTripsEveryField()
    {
        BatteryState original = StateAfterAScenario();
        Assert.That(original.PeukertFraction, Is.GreaterThan(0), "the scenario exercises every remainder");
        byte[] buffer = new byte[5 + BatteryState.SerializedSize];
        Assert.That(original.WriteTo(buffer, 5), Is.EqualTo(BatteryState.SerializedSize));
        Assert.That(BatteryState.TryReadFrom(buffer, 5, BatteryState.SerializedSize, out BatteryState? read, out BatteryStateError error), Is.True, error.ToString());
        foreach (var property in typeof(BatteryState).GetProperties())
        {
            Assert.That(property.GetValue(read), Is.EqualTo(property.GetValue(original)), property.Name);
        }
    }

    [Test]
    public void RandomValidStatesRoundTrip()
    {
        Gen.Select(Gen.Long[-(1L << 50), 0], Gen.Int[0, 99], Gen.Long[0, (1L << 48) - 1], Gen.Long[0, 1L << 40], Gen.Int[0, int.MaxValue], Gen.Int[0, 30000])
            .Sample((consumed, cef, fraction, drawn, cycles, minVolts) =>
            {
                var state = new BatteryState
                {
                    ConsumedMicroampMilliseconds = consumed,
                    PeukertConsumedMicroampMilliseconds = consumed,
                    ChargeEfficiencyRemainder = cef,
                    PeukertFraction = fraction,
                    CumulativeDrawnMilliampHours = drawn,
                    ChargeCycles = cycles,
                    MinimumVoltageMillivolts = minVolts,
                    MaximumVoltageMillivolts = minVolts + 1,
                    DeepestDischargeMilliampHours = -5,
                    LastDischargeMilliampHours = -3,
                    ActiveAlarms = BatteryAlarms.LowStateOfCharge | BatteryAlarms.HighTemperature,
                    Synchronised = (cycles & 1) == 0,
                };
                byte[] buffer = new byte[BatteryState.SerializedSize];
                state.WriteTo(buffer, 0);
                return BatteryState.TryReadFrom(buffer, 0, buffer.Length, out BatteryState? read, out _)
                    && read!.ConsumedMicroampMilliseconds == consumed && read.PeukertFraction == fraction
                    && read.CumulativeDrawnMilliampHours == drawn && read.ChargeCycles == cycles
                    && read.Synchronised == state.Synchronised && read.ActiveAlarms == state.ActiveAlarms;
            }, iter: 2000);
    }

    [Test]
    public void AMonitorRestoredFromThePayloadContinuesWhereItStopped()
    {
        BatteryState saved = StateAfterAScenario();
        byte[] buffer = new byte[BatteryState.SerializedSize];
        saved.WriteTo(buffer, 0);
        Assert.That(BatteryState.TryReadFrom(buffer, 0, buffer.Length, out BatteryState? read, out _), Is.True);

        var settings = MonitorRig.PlainSettings(100, peukertHundredths: 125, cefPercent: 95);
        settings.LowVoltageAlarmEnabled = true;
        settings.BatteryStartsSynchronised = false;
        var rebooted = new BatteryMonitor(settings);
        rebooted.RestoreState(read!);
        Assert.That(rebooted.Synchronised, Is.True, "the saved flag wins over 'starts synchronised'");
        Assert.That(rebooted.StateOfChargeCentipercent, Is.EqualTo(SocOf(saved)));
        Assert.That(rebooted.ConsumedMilliampHours, Is.EqualTo((int)(saved.ConsumedMicroampMilliseconds / BatteryState.MicroampMillisecondsPerMilliampHour)));
        Assert.That(rebooted.LowVoltageAlarms, Is.EqualTo(1));
        Assert.That(rebooted.ActiveAlarms, Is.EqualTo(saved.ActiveAlarms));
    }

    private static int SocOf(BatteryState state)
    {
        var probe = new BatteryMonitor(MonitorRig.PlainSettings(100));
        probe.RestoreState(state);
        return probe.StateOfChargeCentipercent;
    }

    private static byte[] ValidPayload()
    {
        byte[] buffer = new byte[BatteryState.SerializedSize];
        StateAfterAScenario().WriteTo(buffer, 0);
        return buffer;
    }

    [Test]
    public void RejectsTruncatedAndUnknownVersionPayloads()
    {
        byte[] payload = ValidPayload();
        Assert.That(BatteryState.TryReadFrom(payload, 0, payload.Length - 1, out BatteryState? read, out BatteryStateError error), Is.False);
        Assert.That(error, Is.EqualTo(BatteryStateError.PayloadTooShort));
        Assert.That(read, Is.Null);
        payload[0] = 2;
        Assert.That(BatteryState.TryReadFrom(payload, 0, payload.Length, out _, out error), Is.False);
        Assert.That(error, Is.EqualTo(BatteryStateError.PayloadVersionUnknown));
    }

    [Test]
    public void RejectsReservedBits()
    {
        byte[] payload = ValidPayload();
        payload[1] |= 0x80;
        Assert.That(BatteryState.TryReadFrom(payload, 0, payload.Length, out _, out BatteryStateError error), Is.False);
        Assert.That(error, Is.EqualTo(BatteryStateError.ReservedBitsSet));
        payload = ValidPayload();
        payload[BatteryState.SerializedSize - 2] |= 0x20;
        Assert.That(BatteryState.TryReadFrom(payload, 0, payload.Length, out _, out error), Is.False);
        Assert.That(error, Is.EqualTo(BatteryStateError.ReservedBitsSet));
    }

    private static readonly object[] BrokenStates =
    {
        new object[] { (Action<BatteryState>)(s => s.ConsumedMicroampMilliseconds = 1), BatteryStateError.ConsumedChargePositive },
        new object[] { (Action<BatteryState>)(s => s.PeukertConsumedMicroampMilliseconds = 1), BatteryStateError.ConsumedChargePositive },
        new object[] { (Action<BatteryState>)(s => s.ChargeEfficiencyRemainder = 100), BatteryStateError.RemainderOutOfRange },
        new object[] { (Action<BatteryState>)(s => s.PeukertFraction = 1L << 48), BatteryStateError.RemainderOutOfRange },
        new object[] { (Action<BatteryState>)(s => s.CumulativeDrawnRemainder = BatteryState.MicroampMillisecondsPerMilliampHour), BatteryStateError.RemainderOutOfRange },
        new object[] { (Action<BatteryState>)(s => s.EnergyChargedFineRemainder = -1), BatteryStateError.RemainderOutOfRange },
        new object[] { (Action<BatteryState>)(s => s.EnergyDischargedWattHours = -1), BatteryStateError.NegativeTotal },
        new object[] { (Action<BatteryState>)(s => s.MillisecondsSinceFullCharge = -1), BatteryStateError.NegativeTotal },
        new object[] { (Action<BatteryState>)(s => s.DeepestDischargeMilliampHours = 1), BatteryStateError.DischargeDepthInvalid },
        new object[] { (Action<BatteryState>)(s => s.LastDischargeMilliampHours = s.DeepestDischargeMilliampHours - 1), BatteryStateError.DischargeDepthInvalid },
        new object[] { (Action<BatteryState>)(s => s.ChargeCycles = -1), BatteryStateError.NegativeCount },
        new object[] { (Action<BatteryState>)(s => s.LowTemperatureAlarms = -1), BatteryStateError.NegativeCount },
        new object[] { (Action<BatteryState>)(s => s.MinimumVoltageMillivolts = Measurement.NotAvailable), BatteryStateError.VoltageRangeInvalid },
        new object[] { (Action<BatteryState>)(s => s.MinimumVoltageMillivolts = s.MaximumVoltageMillivolts + 1), BatteryStateError.VoltageRangeInvalid },
    };

    [TestCaseSource(nameof(BrokenStates))]
    public void RejectsBrokenInvariantsWithTheirReason(Action<BatteryState> breakIt, BatteryStateError expected)
    {
        BatteryState state = StateAfterAScenario();
        breakIt(state);
        Assert.That(state.Validate(), Is.EqualTo(expected));
        byte[] payload = new byte[BatteryState.SerializedSize];
        state.WriteTo(payload, 0);
        Assert.That(BatteryState.TryReadFrom(payload, 0, payload.Length, out BatteryState? read, out BatteryStateError error), Is.False);
        Assert.That(error, Is.EqualTo(expected));
        Assert.That(read, Is.Null);
        Assert.Throws<ArgumentException>(() => new BatteryMonitor(MonitorRig.PlainSettings(100)).RestoreState(state));
    }

    [Test]
    public void BufferBoundsAreChecked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatteryState().WriteTo(new byte[BatteryState.SerializedSize], 1));
        Assert.Throws<ArgumentNullException>(() => new BatteryState().WriteTo(null!, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => BatteryState.TryReadFrom(new byte[10], 5, 6, out _, out _));
    }
}
