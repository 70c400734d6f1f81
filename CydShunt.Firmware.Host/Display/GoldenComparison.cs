namespace CydShunt.Firmware.Host.Display;

/// <summary>The outcome of comparing a frame with its golden screenshot (<see cref="GoldenImageComparer"/>).</summary>
public sealed class GoldenComparison
{
    /// <summary>True when every pixel matched, or the golden was (re)written on request.</summary>
    public bool Matches { get; init; }

    /// <summary>True when the golden was written from the frame instead of compared.</summary>
    public bool GoldenUpdated { get; init; }

    /// <summary>Pixels whose colour differs (0 when the sizes differ or the golden is missing).</summary>
    public int DifferingPixels { get; init; }

    /// <summary>Left edge of the differences' bounding box, or -1.</summary>
    public int DifferenceLeft { get; init; } = -1;

    /// <summary>Top edge of the differences' bounding box, or -1.</summary>
    public int DifferenceTop { get; init; } = -1;

    /// <summary>Right edge (inclusive) of the differences' bounding box, or -1.</summary>
    public int DifferenceRight { get; init; } = -1;

    /// <summary>Bottom edge (inclusive) of the differences' bounding box, or -1.</summary>
    public int DifferenceBottom { get; init; } = -1;

    /// <summary>The actual image written next to the golden, or null.</summary>
    public string? ActualPath { get; init; }

    /// <summary>The difference image written next to the golden, or null.</summary>
    public string? DiffPath { get; init; }

    /// <summary>What happened, in words fit for a test failure.</summary>
    public string Message { get; init; } = string.Empty;
}
