using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Host;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Tests.Monitor;

/// <summary>A monitor driven by a fake clock, with helpers that feed steady samples.</summary>
internal sealed class MonitorRig
{
    public const int NoTemperature = Measurement.NotAvailable;

    public MonitorRig(BatterySettings settings)
    {
        Monitor = new BatteryMonitor(settings);
    }

    public ManualClock Clock { get; } = new();

    public BatteryMonitor Monitor { get; }

    /// <summary>
    /// 12 V lead-acid preset with the given capacity; Peukert 1.00, CEF 100 % and threshold 0 unless overridden, so
    /// that expectations are plain ampere-hours.
    /// </summary>
    public static BatterySettings PlainSettings(int capacityAmpHours = 100, int peukertHundredths = 100, int cefPercent = 100, int thresholdMilliamps = 0)
    {
        BatterySettings settings = BatterySettings.CreatePreset(12, BatteryChemistry.LeadAcid);
        settings.CapacityAmpHours = capacityAmpHours;
        settings.PeukertExponentHundredths = peukertHundredths;
        settings.ChargeEfficiencyPercent = cefPercent;
        settings.CurrentThresholdMilliamps = thresholdMilliamps;
        return settings;
    }

    /// <summary>One sample at the current clock time.</summary>
    public void Sample(int millivolts, int milliamps, int temperatureCentidegrees = NoTemperature)
    {
        Monitor.Update(Clock.MillisecondsSinceBoot, millivolts * 1000, milliamps * 1000, temperatureCentidegrees);
    }

    /// <summary>Advances the clock by <paramref name="stepMilliseconds"/> and samples, until <paramref name="durationMilliseconds"/> have passed.</summary>
    public void Run(long durationMilliseconds, int millivolts, int milliamps, int stepMilliseconds = 1000, int temperatureCentidegrees = NoTemperature)
    {
        for (long done = 0; done < durationMilliseconds; done += stepMilliseconds)
        {
            Clock.Advance(stepMilliseconds);
            Sample(millivolts, milliamps, temperatureCentidegrees);
        }
    }

    public BatteryState State()
    {
        BatteryState state = new();
        Monitor.CopyStateTo(state);
        return state;
    }
}
