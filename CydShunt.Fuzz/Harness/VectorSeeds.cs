using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace CydShunt.Fuzz.Harness;

/// <summary>The seeds spec/vectors gives a target: every case of its vector files, through <see cref="FuzzTarget.SeedFromVector"/>.</summary>
public static class VectorSeeds
{
    /// <summary>The target's seeds from spec/vectors, in file and case order, duplicates removed.</summary>
    public static List<byte[]> For(FuzzTarget target)
    {
        var seeds = new List<byte[]>();
        var seen = new HashSet<string>();
        foreach (string file in target.VectorFiles)
        {
            string path = Path.Combine(RepositoryPaths.Vectors, file);
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (JsonElement vectorCase in document.RootElement.GetProperty("cases").EnumerateArray())
            {
                byte[]? seed = target.SeedFromVector(vectorCase);
                if (seed != null && seen.Add(System.Convert.ToHexString(seed)))
                {
                    seeds.Add(seed);
                }
            }
        }

        return seeds;
    }
}
