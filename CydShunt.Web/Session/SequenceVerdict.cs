namespace CydShunt.Web.Session;

/// <summary>What a received sequence number means.</summary>
public enum SequenceVerdict
{
    /// <summary>A new measurement.</summary>
    New,

    /// <summary>The same measurement again (the device repeats the sequence when it has not measured since).</summary>
    Repeat,

    /// <summary>An older, reordered value: ignore it.</summary>
    Older,
}
