using System;
using System.Globalization;

namespace CydShunt.Simulator;

/// <summary>A tap on the simulated touch screen at a point, at a simulated time since boot (<c>--tap 250,215@30s</c>).</summary>
/// <param name="X">Column, 0..319.</param>
/// <param name="Y">Row, 0..239.</param>
/// <param name="At">Simulated time since boot.</param>
public sealed record ScriptedTap(int X, int Y, TimeSpan At)
{
    /// <summary>Parses "x,y@time" (time as the other duration options: 30s, 5m, 1:30:00).</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="tap">The tap.</param>
    /// <param name="error">Why the text is not a tap.</param>
    /// <returns>Whether it parsed.</returns>
    public static bool TryParse(string text, out ScriptedTap? tap, out string error)
    {
        tap = null;
        int at = text.IndexOf('@');
        string point = at < 0 ? text : text[..at];
        string[] parts = point.Split(',');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int x)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int y))
        {
            error = "--tap takes x,y@time, e.g. 250,215@30s (got '" + text + "').";
            return false;
        }

        if (x > 319 || y > 239)
        {
            error = "--tap point " + x + "," + y + " is outside the 320 x 240 screen.";
            return false;
        }

        TimeSpan when = TimeSpan.Zero;
        if (at >= 0 && !ValueParsers.TryParseDuration(text[(at + 1)..], out when))
        {
            error = "--tap time must be a duration such as 30s, 5m or 1:30:00 (got '" + text[(at + 1)..] + "').";
            return false;
        }

        tap = new ScriptedTap(x, y, when);
        error = string.Empty;
        return true;
    }
}
