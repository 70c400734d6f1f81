using System;
using System.Collections.Generic;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CydShunt.Simulator;

/// <summary>
/// Custom parsers for the options' values. Each refuses a bad value with one line that names the option and what it
/// accepts; System.CommandLine's own conversions would instead name a .NET type, list choices over several lines, or
/// (when a validator reads the value) throw.
/// </summary>
internal static class OptionParsers
{
    /// <summary>
    /// The option's value, or null after refusing an option given without one. The options take zero or one value so
    /// that a missing value reaches this parser instead of System.CommandLine's "Required argument missing", which
    /// says nothing of what the option accepts (options with a default never reach a parser without a value: the
    /// root command's validator refuses those, see CommandLineDefinition).
    /// </summary>
    public static string? Text(ArgumentResult result, string option, string accepted)
    {
        if (result.Tokens.Count == 0)
        {
            result.AddError(NoValueGiven(option, accepted));
            return null;
        }

        return result.Tokens.Single().Value;
    }

    /// <summary>What a choice option accepts: "one of a, b, c".</summary>
    public static string OneOf(IReadOnlyList<string> names) => "one of " + string.Join(", ", names);

    /// <summary>What a duration option accepts.</summary>
    public static string TimeOfAtLeast(TimeSpan minimum) => "a time of at least " + minimum.TotalMilliseconds + " ms, e.g. 90s, 30m, 24h, 7d or 1:30:00";

    /// <summary>The line for an option given without its value: names the option and what it accepts.</summary>
    public static string NoValueGiven(string option, string accepted) => option + " must be " + accepted + " (no value given).";

    /// <summary>One of <paramref name="names"/>, in any case; returns the name as listed.</summary>
    public static string Choice(ArgumentResult result, string option, IReadOnlyList<string> names)
    {
        string accepted = OneOf(names);
        if (Text(result, option, accepted) is not { } text)
        {
            return names[0];
        }

        string? name = names.FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name == null)
        {
            result.AddError(option + " must be " + accepted + " (got '" + text + "').");
            return names[0];
        }

        return name;
    }

    /// <summary>A whole number; <paramref name="accepted"/> says which, e.g. "10..10000 Ah, a whole number".</summary>
    public static int WholeNumber(ArgumentResult result, string option, int minimum, int maximum, string accepted)
    {
        if (Text(result, option, accepted) is not { } text)
        {
            return minimum;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out int value)
            || value < minimum || value > maximum)
        {
            result.AddError(option + " must be " + accepted + " (got '" + text + "').");
            return minimum;
        }

        return value;
    }

    /// <summary>A finite decimal number from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static double Number(ArgumentResult result, string option, double minimum, double maximum, string accepted)
    {
        if (Text(result, option, accepted) is not { } text)
        {
            return minimum;
        }

        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out double value)
            || !(value >= minimum && value <= maximum))
        {
            result.AddError(option + " must be " + accepted + " (got '" + text + "').");
            return minimum;
        }

        return value;
    }

    /// <summary>A duration of at least <paramref name="minimum"/> (see <see cref="ValueParsers.TryParseDuration"/>).</summary>
    public static TimeSpan? Duration(ArgumentResult result, string option, TimeSpan minimum)
    {
        string accepted = TimeOfAtLeast(minimum);
        if (Text(result, option, accepted) is not { } text)
        {
            return null;
        }

        if (!ValueParsers.TryParseDuration(text, out TimeSpan value) || value < minimum)
        {
            result.AddError(option + " must be " + accepted + " (got '" + text + "').");
            return null;
        }

        return value;
    }

    /// <summary>
    /// A folder, created at the start of the run if missing. Refused here: an empty path, and a path that is or goes
    /// through a file (creating the folder would fail only after the options were accepted).
    /// </summary>
    public static string? Folder(ArgumentResult result, string option)
    {
        if (Text(result, option, "a folder path") is not { } text)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            result.AddError(option + " must be a folder path (got '" + text + "').");
            return null;
        }

        if (File.Exists(text))
        {
            result.AddError(option + " must be a folder, but '" + text + "' is a file.");
            return null;
        }

        for (string? parent = Path.GetDirectoryName(Path.GetFullPath(text)); parent != null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                result.AddError(option + " must be a folder, but '" + parent + "' in its path is a file.");
                return null;
            }
        }

        return text;
    }
}
