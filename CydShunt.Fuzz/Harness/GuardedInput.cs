using System;

namespace CydShunt.Fuzz.Harness;

/// <summary>
/// An input placed inside a larger buffer, between guard bytes of a chosen value: a decoder given
/// <see cref="Offset"/> and <see cref="Count"/> must neither read the guards (the result would change with them) nor
/// write anywhere in the buffer.
/// </summary>
public sealed class GuardedInput
{
    /// <summary>Guard bytes before and after the input.</summary>
    public const int GuardLength = 7;

    private readonly byte[] _original;

    public GuardedInput(byte[] input, byte guard)
    {
        Buffer = new byte[input.Length + (2 * GuardLength)];
        Buffer.AsSpan().Fill(guard);
        input.CopyTo(Buffer, GuardLength);
        _original = (byte[])Buffer.Clone();
    }

    /// <summary>The whole buffer: guards, input, guards.</summary>
    public byte[] Buffer { get; }

    /// <summary>Where the input starts.</summary>
    public int Offset => GuardLength;

    /// <summary>The input's length.</summary>
    public int Count => Buffer.Length - (2 * GuardLength);

    /// <summary>Throws <see cref="InvariantViolation"/> if anything in the buffer changed.</summary>
    public void RequireUnchanged(string what)
    {
        int changed = Buffer.AsSpan().CommonPrefixLength(_original);
        if (changed < Buffer.Length)
        {
            throw new InvariantViolation(
                $"{what} wrote to its input buffer at index {changed - GuardLength} (relative to the input's offset).");
        }
    }
}
