using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace CydShunt.Protocol.Tests.Support;

/// <summary>
/// Reads the model field names that a section of the spec's prose gives: every camelCase name in backticks in the
/// "Model field" column of the Markdown tables of that section (spec/README.md, Conventions, "Field names"). Tests
/// compare them with the JSON field names of the vectors, so a client author reading only the prose learns them.
/// </summary>
internal static partial class SpecModelFields
{
    private const string ColumnPrefix = "Model field";

    /// <summary>
    /// The names in the "Model field" columns of the section whose heading line is <paramref name="heading"/>
    /// (e.g. "## Device info (0x010C)"), up to the next heading of the same or a higher level.
    /// </summary>
    public static SortedSet<string> Read(string specFile, string heading)
    {
        string path = Path.Combine(RepositoryPaths.Root, "spec", specFile);
        string[] lines = File.ReadAllLines(path);
        int start = Array.IndexOf(lines, heading);
        if (start < 0)
        {
            throw new InvalidDataException(path + " has no heading \"" + heading + "\"");
        }

        int level = heading.IndexOf(' ', StringComparison.Ordinal);
        SortedSet<string> names = new(StringComparer.Ordinal);
        int column = -1;
        for (int i = start + 1; i < lines.Length && !IsHeadingAtOrAbove(lines[i], level); i++)
        {
            string line = lines[i].Trim();
            if (!line.StartsWith('|'))
            {
                column = -1; // a table ends at its first non-table line
                continue;
            }

            string[] cells = line.Split('|', StringSplitOptions.TrimEntries);
            bool isHeader = !lines[i - 1].Trim().StartsWith('|');
            if (isHeader)
            {
                column = Array.FindIndex(cells, c => c.StartsWith(ColumnPrefix, StringComparison.Ordinal));
                continue;
            }

            if (column < 0 || cells.Length <= column || cells[column].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in BacktickedName().Matches(cells[column]))
            {
                names.Add(m.Groups[1].Value);
            }
        }

        return names;
    }

    private static bool IsHeadingAtOrAbove(string line, int level)
    {
        int hashes = 0;
        while (hashes < line.Length && line[hashes] == '#')
        {
            hashes++;
        }

        return hashes > 0 && hashes <= level && hashes < line.Length && line[hashes] == ' ';
    }

    // `voltageMillivolts` and the like: a camelCase identifier alone in backticks (not `0x03`, `ff ff`, `CS`).
    [GeneratedRegex("`([a-z][A-Za-z0-9]*)`")]
    private static partial Regex BacktickedName();
}
