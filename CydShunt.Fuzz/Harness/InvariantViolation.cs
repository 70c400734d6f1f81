using System;

namespace CydShunt.Fuzz.Harness;

/// <summary>
/// A fuzz target saw behaviour the spec or the API contract rules out. Thrown out of the target so that afl-fuzz
/// records the input as a crash; the message says which invariant broke.
/// </summary>
public sealed class InvariantViolation : Exception
{
    public InvariantViolation()
    {
    }

    public InvariantViolation(string message)
        : base(message)
    {
    }

    public InvariantViolation(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
