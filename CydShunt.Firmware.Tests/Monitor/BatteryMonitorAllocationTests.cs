using System;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using NUnit.Framework;
using CydShunt.Firmware.Tests.Support;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>The per-sample path must not allocate (nanoFramework's GC would stall the tick).</summary>
public class BatteryMonitorAllocationTests
{
    [Test]
    public void UpdateFaultsAndReadingTheViewDoNotAllocate()
    {
        BatterySettings settings = BatterySettings.CreatePreset(12, BatteryChemistry.LeadAcid);
        settings.CapacityAmpHours = 200;
        settings.LowVoltageAlarmEnabled = true;
        settings.HighTemperatureAlarmEnabled = true;
        var monitor = new BatteryMonitor(settings);
        IBatteryMonitorView view = monitor;
        var saved = new BatteryState();
        byte[] payload = new byte[BatteryState.SerializedSize];

        long now = 0;
        long sink = 0;
        void Run(int count)
        {
            for (int i = 0; i < count; i++)
            {
                now += 1000;
                if (i % 97 == 0)
                {
                    monitor.ReportSensorFault(now);
                    continue;
                }

                int current = ((i * 7919) % 60_000_000) - 40_000_000;
                int voltage = 10_800_000 + ((i * 104_729) % 3_000_000);
                monitor.Update(now, voltage, current, 2000 + (i % 4000));
                sink += view.StateOfChargeCentipercent + view.TimeToGoMinutes + view.ConsumedMilliampHours + view.PowerMilliwatts
                    + (int)view.Status + (int)view.ActiveAlarms + view.AverageDischargeMilliampHours + view.SecondsSinceFullCharge
                    + view.LastKnownStateOfChargeCentipercent + view.ChargedEnergyHundredthsKilowattHour;
            }

            monitor.CopyStateTo(saved);
            saved.WriteTo(payload, 0);
        }

        Run(1000); // warm-up: JIT and caches
        long before = ThreadAllocations.Begin();
        Run(100_000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(allocated, Is.Zero);
        Assert.That(sink, Is.Not.Zero);
    }
}
