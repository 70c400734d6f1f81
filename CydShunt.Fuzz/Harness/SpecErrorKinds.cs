using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Harness;

/// <summary>
/// The error kinds spec/README.md ("Error kinds") lists for each decoder, read from the spec's own table so that the
/// fuzzer checks the code against the spec, never against itself. A row raised by "every decoder" applies to every
/// decoder and parser.
/// </summary>
public sealed class SpecErrorKinds
{
    private const string EveryDecoder = "every decoder";

    private static SpecErrorKinds? s_fromSpec;

    private readonly Dictionary<ProtocolError, string[]> _raisedBy;

    private SpecErrorKinds(Dictionary<ProtocolError, string[]> raisedBy) => _raisedBy = raisedBy;

    /// <summary>The table of the repository's spec/README.md.</summary>
    public static SpecErrorKinds FromSpec => s_fromSpec ??= Parse(File.ReadAllLines(RepositoryPaths.SpecReadme));

    /// <summary>Every error kind the table lists.</summary>
    public IReadOnlyCollection<ProtocolError> Kinds => _raisedBy.Keys;

    /// <summary>Reads the "Error kinds" table of spec/README.md.</summary>
    public static SpecErrorKinds Parse(string[] specLines)
    {
        var raisedBy = new Dictionary<ProtocolError, string[]>();
        int heading = Array.FindIndex(specLines, l => l.Trim() == "## Error kinds");
        if (heading < 0)
        {
            throw new InvalidDataException("spec/README.md has no \"## Error kinds\" section.");
        }

        for (int i = heading + 1; i < specLines.Length && !specLines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            string[] cells = specLines[i].Split('|');
            if (cells.Length < 4 || !cells[1].Trim().StartsWith('`'))
            {
                continue;
            }

            string name = cells[1].Trim().Trim('`');
            if (!Enum.TryParse(name, out ProtocolError kind))
            {
                throw new InvalidDataException($"spec/README.md lists the error kind \"{name}\", which ProtocolError lacks.");
            }

            raisedBy[kind] = cells[2].Split(',', ';').SelectMany(Expand).ToArray();
        }

        if (raisedBy.Count == 0)
        {
            throw new InvalidDataException("The \"Error kinds\" table of spec/README.md has no rows.");
        }

        return new SpecErrorKinds(raisedBy);
    }

    // The table's cells name decoders in plain English: "glance decoder", "control point request decoder and encoder",
    // "Device Info and control point request encoders". Each becomes the single names it stands for.
    private static IEnumerable<string> Expand(string phrase)
    {
        string text = phrase.Trim();
        Match both = Regex.Match(text, "^(.+) decoder and encoder$");
        if (both.Success)
        {
            return [both.Groups[1].Value + " decoder", both.Groups[1].Value + " encoder"];
        }

        Match plural = Regex.Match(text, "^(.+) and (.+) (decoder|encoder)s$");
        if (plural.Success)
        {
            string role = plural.Groups[3].Value;
            return [plural.Groups[1].Value + " " + role, plural.Groups[2].Value + " " + role];
        }

        return [text];
    }

    /// <summary>Whether the spec lets <paramref name="decoder"/> (its name in the table) report <paramref name="error"/>.</summary>
    public bool Allows(string decoder, ProtocolError error) =>
        _raisedBy.TryGetValue(error, out string[]? by) &&
        by.Any(b => string.Equals(b, decoder, StringComparison.OrdinalIgnoreCase) ||
                    (b == EveryDecoder && (decoder.EndsWith("decoder", StringComparison.Ordinal) || decoder.EndsWith("parser", StringComparison.Ordinal))));

    /// <summary>Whether any of <paramref name="decoders"/> may report <paramref name="error"/>.</summary>
    public bool AllowsAny(string[] decoders, ProtocolError error) => decoders.Any(d => Allows(d, error));
}
