using CydShunt.Firmware.Monitor;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>History H1..H18 with Victron's definitions.</summary>
public class BatteryMonitorHistoryTests
{
    [Test]
    public void DeepestLastAverageAndCumulativeDischarge()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        BatteryMonitor m = rig.Monitor;
        rig.Sample(12500, -10000);
        rig.Run(3 * 3_600_000, 12500, -10000);
        Assert.That(m.DeepestDischargeMilliampHours, Is.EqualTo(-30000), "H1");
        Assert.That(m.LastDischargeMilliampHours, Is.EqualTo(-30000), "H2");
        Assert.That(m.CumulativeDrawnMilliampHours, Is.EqualTo(-30000), "H6");
        // BMV-712/SmartShunt manuals, "History data": average discharge = cumulative Ah drawn / number of cycles. With no
        // cycle counted there is no average: a real BMV-702 sends H3 0 beside H4 0 and a large H6.
        Assert.That(m.AverageDischargeMilliampHours, Is.Zero, "H3 before the first cycle: no average yet");

        m.SynchroniseToFull();
        Assert.That(m.LastDischargeMilliampHours, Is.EqualTo(-30000), "H2 keeps the last discharge while full");

        rig.Run(3_600_000, 12500, -10000);
        Assert.Multiple(() =>
        {
            Assert.That(m.LastDischargeMilliampHours, Is.EqualTo(-10000), "H2 restarts with the next discharge");
            Assert.That(m.DeepestDischargeMilliampHours, Is.EqualTo(-30000), "H1 keeps the deepest");
            Assert.That(m.CumulativeDrawnMilliampHours, Is.EqualTo(-40000), "H6 sums all discharges");
        });
    }

    [Test]
    public void ChargeCyclesNeedSocBelow65ThenAbove90()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        BatteryMonitor m = rig.Monitor;

        // 100 % → 66 % → 95 %: never below 65 %, no cycle.
        rig.Sample(12500, -34000);
        rig.Run(3_600_000, 12500, -34000);
        Assert.That(m.StateOfChargeCentipercent, Is.EqualTo(6600));
        rig.Run(3_600_000, 13000, 29000);
        Assert.That(m.ChargeCycles, Is.Zero);

        // → 60 % → 90.00 % (not above 90): armed, not yet counted; → 91 %: counted.
        rig.Run(3_600_000, 12500, -35000);
        Assert.That(m.StateOfChargeCentipercent, Is.EqualTo(6000));
        rig.Run(3_600_000, 13000, 30000);
        Assert.That(m.StateOfChargeCentipercent, Is.EqualTo(9000));
        Assert.That(m.ChargeCycles, Is.Zero);
        rig.Run(360_000, 13000, 10000);
        Assert.That(m.ChargeCycles, Is.EqualTo(1), "H4");

        Assert.That(m.AverageDischargeMilliampHours, Is.EqualTo(-(34000 + 35000)), "H3 = H6 / cycles");
    }

    [Test]
    public void FullDischargeIsCountedOnceUntilSocRecoversAboveTenPercent()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        BatteryMonitor m = rig.Monitor;
        rig.Sample(11500, -50000);
        rig.Run(2 * 3_600_000, 11500, -50000);
        Assert.That(m.StateOfChargeCentipercent, Is.Zero);
        Assert.That(m.FullDischarges, Is.EqualTo(1), "H5");
        rig.Run(600_000, 11000, -10000);
        Assert.That(m.FullDischarges, Is.EqualTo(1), "still the same discharge");

        // Back to ~5 % and down again: not re-armed. Consumed is beyond -100 Ah, so charge 7 Ah, then drain.
        rig.Run(3_600_000, 12500, 6667 + 5000);
        Assert.That(m.StateOfChargeCentipercent, Is.InRange(1, 1000));
        rig.Run(3_600_000, 11500, -10000);
        Assert.That(m.FullDischarges, Is.EqualTo(1));

        rig.Monitor.SetStateOfCharge(2000);
        rig.Run(3_600_000, 11500, -20000);
        Assert.That(m.FullDischarges, Is.EqualTo(2));
    }

    [Test]
    public void MinimumAndMaximumVoltage()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        Assert.That(rig.Monitor.MinimumVoltageMillivolts, Is.EqualTo(Measurement.NotAvailable));
        Assert.That(rig.Monitor.MaximumVoltageMillivolts, Is.EqualTo(Measurement.NotAvailable));
        rig.Sample(12500, 0);
        rig.Run(1000, 11876, 0);
        rig.Run(1000, 14321, 0);
        rig.Run(1000, 12600, 0);
        Assert.That(rig.Monitor.MinimumVoltageMillivolts, Is.EqualTo(11876), "H7");
        Assert.That(rig.Monitor.MaximumVoltageMillivolts, Is.EqualTo(14321), "H8");
    }

    [Test]
    public void SecondsSinceFullChargeRunThroughFaultsAndRestartAtEverySynchronisation()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        BatteryMonitor m = rig.Monitor;
        rig.Sample(12500, -1000);
        rig.Run(100_000, 12500, -1000);
        rig.Clock.Advance(50_000);
        m.ReportSensorFault(rig.Clock.MillisecondsSinceBoot);
        Assert.That(m.SecondsSinceFullCharge, Is.EqualTo(150), "H9");
        m.SynchroniseToFull();
        Assert.That(m.SecondsSinceFullCharge, Is.Zero);
        Assert.That(m.AutomaticSynchronisations, Is.Zero, "H10 counts automatic synchronisations only");
    }

    [Test]
    public void EnergyCountersAreExactAndFeedH17H18()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(1000));
        BatteryMonitor m = rig.Monitor;
        rig.Sample(12000, -10000);
        rig.Run(3_600_000, 12000, -10000);
        Assert.That(m.EnergyDischargedWattHours, Is.EqualTo(120));
        Assert.That(m.DischargedEnergyHundredthsKilowattHour, Is.EqualTo(12), "H17 in 0.01 kWh");

        // 12.345678 V × 3.21 A × 1 h = 39.6296264 Wh charged; the fraction stays in the remainders.
        rig.Monitor.Update(rig.Clock.MillisecondsSinceBoot, 12_345_678, 3_210_000, MonitorRig.NoTemperature);
        for (int i = 0; i < 3600; i++)
        {
            rig.Clock.Advance(1000);
            rig.Monitor.Update(rig.Clock.MillisecondsSinceBoot, 12_345_678, 3_210_000, MonitorRig.NoTemperature);
        }

        BatteryState s = rig.State();
        Assert.That(m.EnergyChargedWattHours, Is.EqualTo(39));
        System.Numerics.BigInteger exactPicowattMs = (System.Numerics.BigInteger)12_345_678 * 3_210_000 * 3_600_000;
        System.Numerics.BigInteger counted = ((System.Numerics.BigInteger)s.EnergyChargedWattHours * BatteryState.MicrowattMillisecondsPerWattHour + s.EnergyChargedRemainder)
            * BatteryState.PicowattsPerMicrowatt + s.EnergyChargedFineRemainder;
        Assert.That(counted, Is.EqualTo(exactPicowattMs));
        Assert.That(m.ChargedEnergyHundredthsKilowattHour, Is.EqualTo(3), "H18");
    }

    [Test]
    public void AuxiliaryVoltageHistoryIsNotAvailable()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Sample(12500, 0);
        Assert.That(rig.Monitor.MinimumAuxVoltageMillivolts, Is.EqualTo(Measurement.NotAvailable), "H15");
        Assert.That(rig.Monitor.MaximumAuxVoltageMillivolts, Is.EqualTo(Measurement.NotAvailable), "H16");
    }

    [Test]
    public void ResetHistoryClearsEverythingButTheSoc()
    {
        var rig = new MonitorRig(MonitorRig.PlainSettings(100));
        rig.Sample(12000, -10000);
        rig.Run(3_600_000, 12000, -10000);
        rig.Monitor.ResetHistory();
        BatteryMonitor m = rig.Monitor;
        Assert.Multiple(() =>
        {
            Assert.That(m.DeepestDischargeMilliampHours, Is.Zero);
            Assert.That(m.CumulativeDrawnMilliampHours, Is.Zero);
            Assert.That(m.EnergyDischargedWattHours, Is.Zero);
            Assert.That(m.MinimumVoltageMillivolts, Is.EqualTo(Measurement.NotAvailable));
            Assert.That(m.StateOfChargeCentipercent, Is.EqualTo(9000));
        });
    }
}
