using System;
using System.Globalization;

namespace CydShunt.Simulator;

/// <summary>Parsers for the command line's values, each with a message that says what is expected.</summary>
internal static class ValueParsers
{
    /// <summary>Parses a duration: "90s", "30m", "24h", "2d", "500ms", or "hh:mm:ss" / "d.hh:mm:ss".</summary>
    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        text = text.Trim();
        (string suffix, double scale)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86400)];
        foreach ((string suffix, double scale) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && !(suffix == "s" && text.EndsWith("ms", StringComparison.OrdinalIgnoreCase)))
            {
                string number = text[..^suffix.Length];
                if (double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
                    && value * scale <= TimeSpan.MaxValue.TotalSeconds / 2)
                {
                    duration = TimeSpan.FromSeconds(value * scale);
                    return true;
                }

                return false;
            }
        }

        return text.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration) && duration >= TimeSpan.Zero;
    }

    /// <summary>Parses a time of day "HH:mm" or "HH:mm:ss" (00:00..23:59:59).</summary>
    public static bool TryParseTimeOfDay(string text, out TimeSpan timeOfDay)
    {
        if (TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly t))
        {
            timeOfDay = t.ToTimeSpan();
            return true;
        }

        timeOfDay = TimeSpan.Zero;
        return false;
    }

    /// <summary>Parses an acceleration factor ("1", "60", "3600") or "max" (as fast as possible).</summary>
    public static bool TryParseAcceleration(string text, out double factor)
    {
        if (text.Trim().Equals("max", StringComparison.OrdinalIgnoreCase))
        {
            factor = double.PositiveInfinity;
            return true;
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out factor) && double.IsFinite(factor);
    }

    /// <summary>Formats a simulated duration for humans: "1d 02:03:04" or "02:03:04".</summary>
    public static string Format(TimeSpan t) => t.Days > 0
        ? t.Days.ToString(CultureInfo.InvariantCulture) + "d " + t.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture)
        : t.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
}
