using System;
using System.Globalization;
using CydShunt.Protocol;

namespace CydShunt.Web.Display;

/// <summary>
/// Values as the dashboard shows them (spec/client-guide.md, "Signs and units"): the device's resolution, the unit, and
/// "—" for a value the device marks as not available, never 0.
/// </summary>
public static class Format
{
    /// <summary>What a not-available value shows.</summary>
    public const string NotAvailable = "—";

    private const string Minus = "\u2212";

    /// <summary>Voltage, mV → "13.245 V".</summary>
    public static string Voltage(int millivolts) => Scaled(millivolts, 1000, "0.000", " V", false);

    /// <summary>Current, mA → "−5.234 A" (signed: + into the battery).</summary>
    public static string Current(int milliamps) => Scaled(milliamps, 1000, "0.000", " A", true);

    /// <summary>Power, mW → "−69.3 W" (the snapshot's resolution is 0.1 W).</summary>
    public static string Power(int milliwatts) => Scaled(milliwatts, 1000, "0.0", " W", true);

    /// <summary>State of charge, 0.01 % → "87.50 %".</summary>
    public static string StateOfCharge(int centipercent) => Scaled(centipercent, 100, "0.00", " %", false);

    /// <summary>Temperature, 0.01 °C → "21.50 °C".</summary>
    public static string Temperature(int centidegrees) => Scaled(centidegrees, 100, "0.00", " °C", false);

    /// <summary>Consumed charge, mAh → "−12.34 Ah" (≤ 0: the sign is kept, as the guide asks).</summary>
    public static string Consumed(int milliampHours) => Scaled(milliampHours, 1000, "0.00", " Ah", false);

    /// <summary>Energy, Wh → "1.234 kWh".</summary>
    public static string Energy(int wattHours) => Scaled(wattHours, 1000, "0.000", " kWh", false);

    /// <summary>Time to go, minutes → "12:34 h".</summary>
    public static string TimeToGo(int minutes) =>
        Measurement.IsAvailable(minutes)
            ? (minutes / 60).ToString(CultureInfo.InvariantCulture) + ":" + (minutes % 60).ToString("00", CultureInfo.InvariantCulture) + " h"
            : NotAvailable;

    /// <summary>The direction of the current from the device's status bits (they apply its noise threshold).</summary>
    public static string Direction(StatusFlags status) =>
        (status & StatusFlags.Charging) != 0 ? "charging" : (status & StatusFlags.Discharging) != 0 ? "discharging" : "idle";

    /// <summary>Status flags in words.</summary>
    public static string Status(StatusFlags status)
    {
        var parts = new System.Collections.Generic.List<string>();
        parts.Add((status & StatusFlags.Synchronised) != 0 ? "synchronised" : "not synchronised (SOC unknown)");
        if ((status & StatusFlags.SensorFault) != 0)
        {
            parts.Add("sensor fault");
        }

        if ((status & StatusFlags.AlarmActive) != 0)
        {
            parts.Add("alarm");
        }

        return string.Join(", ", parts);
    }

    /// <summary>Active alarms in words, "none" when there are none.</summary>
    public static string Alarms(AlarmFlags alarms)
    {
        var parts = new System.Collections.Generic.List<string>();
        Add(alarms, AlarmFlags.LowVoltage, "low voltage", parts);
        Add(alarms, AlarmFlags.HighVoltage, "high voltage", parts);
        Add(alarms, AlarmFlags.LowStateOfCharge, "low state of charge", parts);
        Add(alarms, AlarmFlags.HighTemperature, "high temperature", parts);
        Add(alarms, AlarmFlags.LowTemperature, "low temperature", parts);
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    /// <summary>Sensor type from Device Info.</summary>
    public static string Sensor(SensorType sensor) => sensor switch
    {
        SensorType.Ina226 => "INA226",
        SensorType.Ina228 => "INA228",
        SensorType.Unknown => "none / unknown",
        _ => "type " + ((byte)sensor).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Configured battery capacity, Ah, or "not configured".</summary>
    public static string Capacity(int ampHours) =>
        Measurement.IsAvailable(ampHours) ? ampHours.ToString(CultureInfo.InvariantCulture) + " Ah" : "not configured";

    /// <summary>Nominal system voltage, V, or "unknown".</summary>
    public static string NominalVoltage(byte volts) => volts == 0 ? "unknown" : volts.ToString(CultureInfo.InvariantCulture) + " V";

    /// <summary>A plain number in <paramref name="format"/>, with the same minus sign as the values (U+2212).</summary>
    public static string Number(double value, string format) =>
        (value < 0 ? Minus : string.Empty) + Math.Abs(value).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A duration as "12 s" or "3 min 5 s".</summary>
    public static string Age(TimeSpan age)
    {
        int seconds = Math.Max(0, (int)age.TotalSeconds);
        return seconds < 60
            ? seconds.ToString(CultureInfo.InvariantCulture) + " s"
            : (seconds / 60).ToString(CultureInfo.InvariantCulture) + " min " + (seconds % 60).ToString(CultureInfo.InvariantCulture) + " s";
    }

    private static void Add(AlarmFlags alarms, AlarmFlags flag, string name, System.Collections.Generic.List<string> parts)
    {
        if ((alarms & flag) != 0)
        {
            parts.Add(name);
        }
    }

    private static string Scaled(int value, int divisor, string format, string unit, bool plusSign)
    {
        if (!Measurement.IsAvailable(value))
        {
            return NotAvailable;
        }

        string magnitude = (Math.Abs((decimal)value) / divisor).ToString(format, CultureInfo.InvariantCulture);
        string sign = value < 0 ? Minus : plusSign && value > 0 ? "+" : string.Empty;
        return sign + magnitude + unit;
    }
}
