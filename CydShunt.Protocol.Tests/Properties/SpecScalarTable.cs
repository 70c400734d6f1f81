using System;
using System.Collections.Generic;
using System.IO;
using CydShunt.Protocol.Tests.Support;

namespace CydShunt.Protocol.Tests.Properties;

/// <summary>One row of the table in spec/gatt.md, "Scalar characteristics".</summary>
internal sealed record SpecScalar(string Name, int Size, long Minimum, long Maximum, string? NotAvailableHex);

/// <summary>
/// Reads the scalar table of spec/gatt.md ("## Scalar characteristics"), so the property tests take wire sizes, valid
/// ranges and not-available markers from the spec text and never from the library's own format objects.
/// </summary>
internal static class SpecScalarTable
{
    private const string Section = "## Scalar characteristics";

    public static IReadOnlyDictionary<string, SpecScalar> Rows { get; } = Read(Path.Combine(RepositoryPaths.Root, "spec", "gatt.md"));

    private static Dictionary<string, SpecScalar> Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        int start = Array.IndexOf(lines, Section);
        if (start < 0)
        {
            throw new InvalidDataException(path + " has no \"" + Section + "\" section");
        }

        Dictionary<string, SpecScalar> rows = new();
        for (int i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            // | `voltage` 0x0101 | u32 | mV | 0..2147483647 | `ff ff ff ff` | ... : only rows whose first cell names a characteristic.
            string[] cells = lines[i].Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length < 7 || !cells[1].StartsWith('`'))
            {
                continue;
            }

            string name = cells[1].Split('`')[1];
            (long minimum, long maximum) = Range(cells[4], name);
            rows.Add(name, new SpecScalar(name, SizeOf(cells[2], name), minimum, maximum, NotAvailable(cells[5])));
        }

        return rows.Count > 0 ? rows : throw new InvalidDataException(path + ": no rows under \"" + Section + "\"");
    }

    private static int SizeOf(string wireType, string name) => wireType switch
    {
        "u8" => 1,
        "u16" or "i16" => 2,
        "u32" or "i32" => 4,
        _ => throw new InvalidDataException("spec/gatt.md: unknown wire type " + wireType + " for " + name),
    };

    // "0..10000" or "±32767".
    private static (long Minimum, long Maximum) Range(string cell, string name)
    {
        if (cell.StartsWith('±'))
        {
            long bound = long.Parse(cell[1..]);
            return (-bound, bound);
        }

        string[] ends = cell.Split("..");
        return ends.Length == 2
            ? (long.Parse(ends[0]), long.Parse(ends[1]))
            : throw new InvalidDataException("spec/gatt.md: unreadable range " + cell + " for " + name);
    }

    // "`ff ff` (not synchronised)" → "ffff"; "**none**" → null.
    private static string? NotAvailable(string cell) =>
        cell.StartsWith('`') ? cell.Split('`')[1].Replace(" ", "") : null;
}
