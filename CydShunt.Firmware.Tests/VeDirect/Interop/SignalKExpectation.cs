using System;
using System.Collections.Generic;
using CydShunt.Firmware.Tests.VeDirect.Support;
using CydShunt.Firmware.VeDirect;

namespace CydShunt.Firmware.Tests.VeDirect.Interop;

/// <summary>
/// What @signalk/vedirect-serial-usb 1.7.0 should make of one of our blocks: the names and values its field table
/// (dist/fields.js) produces from each label, written from our input values with the same arithmetic in doubles.
/// A field it skips ("---", or an alarm reason it has no text for) is absent.
/// </summary>
internal static class SignalKExpectation
{
    private const int NotAvailable = int.MinValue;

    public static Dictionary<string, object?> For(SimulatedBlock block, VeDirectSettings settings) =>
        block.IsMain ? ForMain(block.Main, settings) : ForHistory(block.History);

    private static Dictionary<string, object?> ForMain(VeDirectMainValues v, VeDirectSettings settings)
    {
        var expected = new Dictionary<string, object?>
        {
            ["productId"] = "0x" + settings.ProductId.ToString("X", System.Globalization.CultureInfo.InvariantCulture),
            ["alarm"] = v.AlarmActive ? 1.0 : 0.0,
            ["batteryMonitorName"] = settings.ModelDescription,
            ["firmwareVersion"] = settings.FirmwareVersion.ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
        };
        Add(expected, "mainBattVoltage", v.VoltageMillivolts, n => n / 1000.0);
        if (v.AuxiliaryInput == VeDirectAuxiliaryInput.StarterVoltage)
        {
            Add(expected, "auxBatteryVoltage", v.StarterVoltageMillivolts, n => n / 1000.0);
        }
        else if (v.AuxiliaryInput == VeDirectAuxiliaryInput.Temperature)
        {
            Add(expected, "batteryTemperature", v.TemperatureCelsius, n => n + 273.15);
        }

        Add(expected, "batteryCurrent", v.CurrentMilliamps, n => Math.Floor(n / 10.0) / 100);
        Add(expected, "instantPower", v.PowerWatts, n => n);
        if (v.Synchronised)
        {
            Add(expected, "consumedAh", v.ConsumedMilliampHours, n => Math.Floor(n / 10.0) / 100 * 3600);
            Add(expected, "stateOfCharge", v.StateOfChargePermille, n => n / 1000.0);
            if (v.TimeToGoMinutes != NotAvailable)
            {
                bool infinite = v.TimeToGoMinutes == -1;
                expected["timeToGo"] = infinite ? null : v.TimeToGoMinutes * 60.0;
            }
        }

        string? reason = AlarmReasonText((int)v.AlarmReasons);
        if (reason != null)
        {
            expected["alarmReason"] = reason;
        }

        return expected;
    }

    private static Dictionary<string, object?> ForHistory(VeDirectHistoryValues h)
    {
        var expected = new Dictionary<string, object?>();
        Func<int, double> mAh = n => Math.Floor(n / 10.0) / 100 * 3600;
        Func<int, double> mV = n => n / 1000.0;
        Func<int, double> count = n => n;
        Func<int, double> kWh = n => n * 36000.0;
        Add(expected, "depthOfDeepestDischarge", h.DeepestDischargeMilliampHours, mAh);
        Add(expected, "depthOfLastDischarge", h.LastDischargeMilliampHours, mAh);
        Add(expected, "depthOfAverageDischarge", h.AverageDischargeMilliampHours, mAh);
        Add(expected, "numberOfChargeCycles", h.ChargeCycles, count);
        Add(expected, "numberOfFullDischarges", h.FullDischarges, count);
        Add(expected, "cumulativeAhDrawn", h.CumulativeMilliampHoursDrawn, mAh);
        Add(expected, "minimumMainBattVoltage", h.MinimumVoltageMillivolts, mV);
        Add(expected, "maximumMainBattVoltage", h.MaximumVoltageMillivolts, mV);
        Add(expected, "secondsSinceLastFullCharge", h.SecondsSinceLastFullCharge, count);
        Add(expected, "numberOfAutoSync", h.AutomaticSynchronisations, count);
        Add(expected, "numberOfLowMainVoltageAlarms", h.LowVoltageAlarms, count);
        Add(expected, "numberOfHighMainVoltageAlarms", h.HighVoltageAlarms, count);
        Add(expected, "numberOfLowAuxVoltageAlarms", h.LowAuxiliaryVoltageAlarms, count);
        Add(expected, "numberOfHighAuxVoltageAlarms", h.HighAuxiliaryVoltageAlarms, count);
        Add(expected, "minimumAuxBattVoltage", h.MinimumAuxiliaryVoltageMillivolts, mV);
        Add(expected, "maximumAuxBattVoltage", h.MaximumAuxiliaryVoltageMillivolts, mV);
        Add(expected, "dischargedEnergy", h.DischargedEnergyHundredthsKilowattHour, kWh);
        Add(expected, "chargedEnergy", h.ChargedEnergyHundredthsKilowattHour, kWh);
        return expected;
    }

    private static void Add(Dictionary<string, object?> expected, string name, int value, Func<int, double> convert)
    {
        if (value != NotAvailable)
        {
            expected[name] = convert(value);
        }
    }

    // The package names single alarm bits only; any other value (0, or several bits) sets nothing.
    private static string? AlarmReasonText(int reasons) => reasons switch
    {
        1 => "Low voltage",
        2 => "High voltage",
        4 => "Low state-of-charge",
        8 => "Low starter voltage",
        16 => "High starter voltage",
        32 => "Low temperature",
        64 => "High temperature",
        128 => "Mid voltage",
        _ => null,
    };
}
