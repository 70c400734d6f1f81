using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CydShunt.Protocol.Tests.Support;

/// <summary>Locations in the repository, recorded at build time so tests find spec/ wherever they run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string Vectors => Path.Combine(Root, "spec", "vectors");

    public static string ExpectedLibraryFramework => Metadata("ExpectedLibraryFramework");

    private static string Metadata(string key) =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException("Missing assembly metadata " + key);
}
