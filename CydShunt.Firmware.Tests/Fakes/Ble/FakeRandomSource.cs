using System;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Tests.Fakes.Ble;

/// <summary>Seeded pseudo-random numbers (tests need repeatability, not secrecy).</summary>
public sealed class FakeRandomSource(int seed = 1234) : IRandomSource
{
    private readonly Random _random = new(seed);

    public int Next(int maximumExclusive) => _random.Next(maximumExclusive);
}
