using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CydShunt.Firmware.Tests.Subset;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.Documentation;

/// <summary>
/// Every type of the firmware opens with an XML summary, so a newcomer reading any file learns what the type is
/// responsible for before its code. Attributes may stand between the summary and the declaration.
/// </summary>
public partial class OpeningCommentTests
{
    // Only obj/ and bin/ (build output) are left out; the generated fonts (Display/Fonts/*.g.cs) carry summaries from
    // their generator, so they are checked like the rest.
    [TestCase("CydShunt.Firmware")]
    [TestCase("CydShunt.Firmware.Esp32")]
    [TestCase("CydShunt.Firmware.Host")]
    public void EveryTypeDeclarationOpensWithASummary(string project)
    {
        string root = Path.Combine(FirmwareSubsetTests.RepositoryRoot, project);
        var files = SourceFiles(root).ToList();
        Assert.That(files, Is.Not.Empty, root);

        var missing = files.SelectMany(file => TypesWithoutSummary(root, file)).ToList();
        Assert.That(missing, Is.Empty, "types without an opening /// <summary>");
    }

    [Test]
    public void TheCheckFindsEveryKindOfDeclarationWithoutASummary()
    {
        string[] source =
        [
            "namespace N",
            "{",
            "    /// <summary>Documented.</summary>",
            "    [Flags]",
            "    public enum Documented { A }",
            "    public sealed class Bare",
            "    {",
            "        private struct Nested { }",
            "        /// <summary>Documented nested.</summary>",
            "        internal interface IDocumented { }",
            "    }",
            "    // A plain comment is not a summary.",
            "    public delegate int Callback(int value);",
            "    internal static partial class Part { }",
            "    /// <remarks>Remarks alone are not a summary.</remarks>",
            "    private sealed record Point(int X, int Y);",
            "}",
        ];

        Assert.That(TypesWithoutSummary("", source), Is.EqualTo(new[]
        {
            "6: Bare", "8: Nested", "13: Callback", "14: Part", "16: Point",
        }));
    }

    private static IEnumerable<string> SourceFiles(string root)
    {
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "obj" or "bin"))
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> TypesWithoutSummary(string root, string file)
    {
        string relative = Path.GetRelativePath(root, file);
        return TypesWithoutSummary(relative + ":", File.ReadAllLines(file));
    }

    /// <summary>"prefix" + "line: Name" for each declaration not preceded by a /// block holding &lt;summary&gt;.</summary>
    private static IEnumerable<string> TypesWithoutSummary(string prefix, string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            Match declaration = Declaration().Match(lines[i]);
            if (!declaration.Success)
            {
                continue;
            }

            int j = i - 1;
            while (j >= 0 && lines[j].TrimStart().StartsWith('['))
            {
                j--;
            }

            bool hasSummary = false;
            while (j >= 0 && lines[j].TrimStart().StartsWith("///", StringComparison.Ordinal))
            {
                hasSummary |= lines[j].Contains("<summary>", StringComparison.Ordinal);
                j--;
            }

            if (!hasSummary)
            {
                yield return prefix + (i + 1) + ": " + declaration.Groups["name"].Value;
            }
        }
    }

    // A line that declares a type: modifiers, then class/struct/interface/enum/record and the name, or delegate, its
    // return type and the name followed by "(".
    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|static|sealed|abstract|partial|readonly|unsafe|new|ref|file)\s+)*(?:(?:class|struct|interface|enum|record)\s+(?<name>[A-Za-z_]\w*)|delegate\s+[\w.\[\]<>?, ]+?\s+(?<name>[A-Za-z_]\w*)\s*\()")]
    private static partial Regex Declaration();
}
