using System;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Host;

/// <summary>Seeded pseudo-random numbers (tests and the simulator need repeatability, not secrecy).</summary>
public sealed class SeededRandomSource(int seed = 1234) : IRandomSource
{
    private readonly Random _random = new(seed);

    public int Next(int maximumExclusive) => _random.Next(maximumExclusive);
}
