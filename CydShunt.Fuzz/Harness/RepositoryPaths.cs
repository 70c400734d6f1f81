using System;
using System.IO;

namespace CydShunt.Fuzz.Harness;

/// <summary>
/// Finds the repository's folders (spec/, CydShunt.Fuzz/) from the running program, wherever it was built or published
/// to: CYDSHUNT_REPO names the root explicitly, otherwise the first parent folder that holds spec/README.md.
/// </summary>
public static class RepositoryPaths
{
    private static string? s_root;

    /// <summary>The repository root.</summary>
    public static string Root => s_root ??= FindRoot();

    /// <summary>spec/README.md, the source of the error kinds.</summary>
    public static string SpecReadme => Path.Combine(Root, "spec", "README.md");

    /// <summary>spec/vectors/.</summary>
    public static string Vectors => Path.Combine(Root, "spec", "vectors");

    /// <summary>CydShunt.Fuzz/, where the committed corpus, regressions and dictionaries live.</summary>
    public static string FuzzProject => Path.Combine(Root, "CydShunt.Fuzz");

    private static string FindRoot()
    {
        string? configured = Environment.GetEnvironmentVariable("CYDSHUNT_REPO");
        if (!string.IsNullOrEmpty(configured))
        {
            if (!File.Exists(Path.Combine(configured, "spec", "README.md")))
            {
                throw new InvalidOperationException($"CYDSHUNT_REPO={configured} has no spec/README.md.");
            }

            return configured;
        }

        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (DirectoryInfo? dir = new(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "spec", "README.md")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            "Cannot find the repository (no parent folder holds spec/README.md); set CYDSHUNT_REPO to its root.");
    }
}
