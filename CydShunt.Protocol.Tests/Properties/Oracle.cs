using System;

namespace CydShunt.Protocol.Tests.Properties;

/// <summary>
/// An independent statement of the spec's sender rules (quantise by rounding half away from zero, then clamp),
/// written with decimal arithmetic so it shares nothing with the library's integer implementation.
/// </summary>
internal static class Oracle
{
    public const int NA = Measurement.NotAvailable;

    /// <summary>What a receiver decodes after a sender encoded <paramref name="value"/> with the given scale and wire range.</summary>
    public static int Quantise(int value, int scale, long wireMin, long wireMax)
    {
        if (value == NA)
        {
            return NA;
        }

        decimal wire = Math.Round((decimal)value / scale, MidpointRounding.AwayFromZero);
        wire = Math.Clamp(wire, wireMin, wireMax);
        return (int)(wire * scale);
    }
}
