using System;

namespace CydShunt.Fuzz.Harness;

/// <summary>
/// A stored-record payload decoder of the firmware (settings and state, read back from flash at boot). Checks: the
/// decoder never throws and never writes to its input, reads only the bytes it was given, names a defined error on
/// failure; a decoded record writes out and reads back to the same bytes (write → read → write is stable).
/// </summary>
public abstract class RecordTarget<T, TError> : FuzzTarget
    where T : class
    where TError : struct, Enum
{
    /// <summary>The record kind's decoder.</summary>
    protected delegate bool TryReadRecord(byte[] source, int offset, int count, out T? record, out TError error);

    protected abstract TryReadRecord TryRead { get; }

    /// <summary>Writes the record's payload and returns its length.</summary>
    protected abstract int Write(T record, byte[] destination, int offset);

    /// <summary>A record of the kind, for a seed (the defaults the firmware starts with).</summary>
    protected abstract T Example { get; }

    public override byte[][] ExtraSeeds()
    {
        byte[] buffer = new byte[512];
        int length = Write(Example, buffer, 0);
        return [buffer[..length]];
    }

    public override void Run(byte[] input)
    {
        bool ok = ReadGuarded(input, 0x00, out T? record, out TError error);
        bool okOnes = ReadGuarded(input, 0xFF, out T? recordOnes, out TError errorOnes);
        Require(
            ok == okOnes && error.Equals(errorOnes) && (!ok || Encode(record!).AsSpan().SequenceEqual(Encode(recordOnes!))),
            "TryReadFrom's result depends on the bytes outside offset..offset+count (it reads past its input).");
        Require(Enum.IsDefined(error), $"TryReadFrom reported the undefined error {error}.");
        Require(ok || record == null, "TryReadFrom failed but returned a record.");
        if (!ok)
        {
            return;
        }

        Require(record != null, "TryReadFrom succeeded without a record.");
        byte[] written = Encode(record!);
        Require(
            TryRead(written, 0, written.Length, out T? again, out TError againError),
            $"A record read from flash does not read back after writing it ({Convert.ToHexStringLower(written)}): {againError}.");
        Require(Encode(again!).AsSpan().SequenceEqual(written), "write → read → write changed the record.");
    }

    private byte[] Encode(T record)
    {
        byte[] buffer = new byte[512];
        int length = Write(record, buffer, 0);
        return buffer[..length];
    }

    private bool ReadGuarded(byte[] input, byte guard, out T? record, out TError error)
    {
        var guarded = new GuardedInput(input, guard);
        bool ok;
        try
        {
            ok = TryRead(guarded.Buffer, guarded.Offset, guarded.Count, out record, out error);
        }
        catch (Exception e)
        {
            throw new InvariantViolation($"TryReadFrom threw {e.GetType().Name}: {e.Message}", e);
        }

        guarded.RequireUnchanged("TryReadFrom");
        return ok;
    }
}
