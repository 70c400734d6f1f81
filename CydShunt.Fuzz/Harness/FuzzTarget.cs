using System;
using System.Text.Json;

namespace CydShunt.Fuzz.Harness;

/// <summary>
/// One entry point that takes bytes from outside: <see cref="Run"/> feeds it one input and throws
/// <see cref="InvariantViolation"/> (or lets any other exception escape) when the input reveals a bug.
/// </summary>
public abstract class FuzzTarget
{
    /// <summary>The target's name on the command line and its folder under Corpus/ and Regressions/.</summary>
    public abstract string Name { get; }

    /// <summary>What is fuzzed, in one line.</summary>
    public abstract string Description { get; }

    /// <summary>The files of spec/vectors whose "hex" values seed this target.</summary>
    public virtual string[] VectorFiles => Array.Empty<string>();

    /// <summary>The AFL dictionaries (Dictionaries/*.dict) that give the fuzzer this target's structure.</summary>
    public virtual string[] Dictionaries => Array.Empty<string>();

    /// <summary>
    /// The seed a vector case gives this target: by default the case's "hex" bytes; a target whose input adds a
    /// selector byte, or is built from other fields, overrides it. Null leaves the case out.
    /// </summary>
    public virtual byte[]? SeedFromVector(JsonElement vectorCase) => HexProperty(vectorCase, "hex");

    /// <summary>The bytes of a vector case's hex-string property, or null when the case has none.</summary>
    protected static byte[]? HexProperty(JsonElement vectorCase, string name) =>
        vectorCase.TryGetProperty(name, out JsonElement hex) && hex.ValueKind == JsonValueKind.String
            ? Convert.FromHexString(hex.GetString()!)
            : null;

    /// <summary>Seeds written by hand or built with the library's own encoders, besides the vectors.</summary>
    public virtual byte[][] ExtraSeeds() => Array.Empty<byte[]>();

    /// <summary>Runs the entry point on <paramref name="input"/> and checks every invariant.</summary>
    public abstract void Run(byte[] input);

    /// <summary>Throws <see cref="InvariantViolation"/> with <paramref name="message"/> when <paramref name="condition"/> is false.</summary>
    protected static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolation(message);
        }
    }
}
