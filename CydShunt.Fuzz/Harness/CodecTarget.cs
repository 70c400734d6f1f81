using System;
using CydShunt.Protocol;

namespace CydShunt.Fuzz.Harness;

/// <summary>
/// A CydShunt.Protocol codec under fuzzing. Beyond "no exception" it checks, for every input:
/// <list type="bullet">
/// <item>the Try decoder never throws and never writes to its input; it reads only the bytes it was given (the result
/// does not change with the bytes around them);</item>
/// <item>a failure names an error kind that spec/README.md lists for this decoder, and a success names none;</item>
/// <item>the byte[] and Span overloads agree, and the throwing Decode agrees (value, or ProtocolException with the
/// same error and nothing else);</item>
/// <item>decode → encode → decode gives the same value, both encode overloads write the same bytes, and an encoder
/// given one byte too few says so without throwing.</item>
/// </list>
/// </summary>
public abstract class CodecTarget<T> : FuzzTarget
    where T : struct
{
    /// <summary>The decoder's names in spec/README.md's error-kind table ("glance decoder", ...).</summary>
    protected abstract string[] SpecDecoders { get; }

    protected abstract TryDecodeArray<T> TryDecode { get; }

    protected abstract TryDecodeSpan<T> TryDecodeFromSpan { get; }

    protected abstract DecodeArray<T> Decode { get; }

    protected abstract TryEncodeArray<T> TryEncode { get; }

    protected abstract TryEncodeSpan<T> TryEncodeToSpan { get; }

    public override void Run(byte[] input)
    {
        bool ok = DecodeGuarded(input, 0x00, out T value, out ProtocolError error);
        bool okOtherGuard = DecodeGuarded(input, 0xFF, out T valueOtherGuard, out ProtocolError errorOtherGuard);
        Require(
            ok == okOtherGuard && error == errorOtherGuard && (!ok || value.Equals(valueOtherGuard)),
            "TryDecode's result depends on the bytes outside offset..offset+count (it reads past its input).");

        if (ok)
        {
            Require(error == ProtocolError.None, $"TryDecode succeeded but reported the error {error}.");
        }
        else
        {
            Require(error != ProtocolError.None, "TryDecode failed without naming an error.");
            Require(
                SpecErrorKinds.FromSpec.AllowsAny(SpecDecoders, error),
                $"TryDecode reported {error}, which spec/README.md does not list for the {string.Join(" / ", SpecDecoders)}.");
        }

        CheckSpanDecoderAgrees(input, ok, value, error);
        CheckThrowingDecoderAgrees(input, ok, value, error);
        if (ok)
        {
            _ = value.ToString();
            CheckRoundTrip(value);
        }
    }

    private bool DecodeGuarded(byte[] input, byte guard, out T value, out ProtocolError error)
    {
        var guarded = new GuardedInput(input, guard);
        bool ok;
        try
        {
            ok = TryDecode(guarded.Buffer, guarded.Offset, guarded.Count, out value, out error);
        }
        catch (Exception e)
        {
            throw new InvariantViolation($"TryDecode threw {e.GetType().Name}: {e.Message}", e);
        }

        guarded.RequireUnchanged("TryDecode");
        return ok;
    }

    private void CheckSpanDecoderAgrees(byte[] input, bool ok, T value, ProtocolError error)
    {
        byte[] copy = (byte[])input.Clone();
        bool spanOk;
        T spanValue;
        ProtocolError spanError;
        try
        {
            spanOk = TryDecodeFromSpan(copy, out spanValue, out spanError);
        }
        catch (Exception e)
        {
            throw new InvariantViolation($"TryDecode(ReadOnlySpan) threw {e.GetType().Name}: {e.Message}", e);
        }

        Require(copy.AsSpan().SequenceEqual(input), "TryDecode(ReadOnlySpan) wrote to its input.");
        Require(
            spanOk == ok && spanError == error && (!ok || spanValue.Equals(value)),
            $"The byte[] and Span decoders disagree: byte[] {Describe(ok, value, error)}, Span {Describe(spanOk, spanValue, spanError)}.");
    }

    private void CheckThrowingDecoderAgrees(byte[] input, bool ok, T value, ProtocolError error)
    {
        T decoded;
        try
        {
            decoded = Decode(input, 0, input.Length);
        }
        catch (ProtocolException e)
        {
            Require(!ok, $"Decode threw ProtocolException({e.Error}) where TryDecode succeeded.");
            Require(e.Error == error, $"Decode threw ProtocolException({e.Error}) where TryDecode reported {error}.");
            return;
        }
        catch (Exception e)
        {
            throw new InvariantViolation($"Decode threw {e.GetType().Name} (not ProtocolException): {e.Message}", e);
        }

        Require(ok, $"Decode returned a value where TryDecode reported {error}.");
        Require(decoded.Equals(value), "Decode and TryDecode return different values.");
    }

    // Decoders pass reserved bits through and encoders clear them (spec/README.md), so one round may change a value;
    // from then on it must not: encode(decode(encode(v))) == encode(v) and the values agree.
    private void CheckRoundTrip(T value)
    {
        byte[] encoded = new byte[256];
        Require(TryEncode(value, encoded, 0, out int length, out _), "A decoded value does not encode.");
        string hex = Convert.ToHexStringLower(encoded.AsSpan(0, length));
        Require(
            TryDecode(encoded, 0, length, out T again, out ProtocolError error),
            $"The re-encoded value {hex} does not decode: {error}.");
        byte[] reencoded = new byte[256];
        Require(TryEncode(again, reencoded, 0, out int relength, out _), $"The value decoded from {hex} does not encode.");
        Require(
            reencoded.AsSpan(0, relength).SequenceEqual(encoded.AsSpan(0, length)),
            $"decode → encode is not stable: {hex} became {Convert.ToHexStringLower(reencoded.AsSpan(0, relength))}.");
        Require(
            TryDecode(reencoded, 0, relength, out T third, out _) && third.Equals(again),
            $"decoding {hex} twice gives different values.");

        Span<byte> spanEncoded = stackalloc byte[256];
        Require(TryEncodeToSpan(value, spanEncoded, out int spanLength, out _), "The Span encoder refuses a value the byte[] encoder takes.");
        Require(
            spanEncoded[..spanLength].SequenceEqual(encoded.AsSpan(0, length)),
            "The byte[] and Span encoders write different bytes.");

        if (length == 0)
        {
            return;
        }

        byte[] tooSmall = new byte[length - 1];
        bool fitted;
        int written;
        try
        {
            fitted = TryEncode(value, tooSmall, 0, out written, out _);
        }
        catch (Exception e)
        {
            throw new InvariantViolation($"TryEncode into a buffer one byte too small threw {e.GetType().Name}.", e);
        }

        Require(!fitted && written == 0, "TryEncode claims to fit into a buffer one byte shorter than the encoding.");
    }

    private static string Describe(bool ok, T value, ProtocolError error) => ok ? value.ToString() ?? "" : error.ToString();
}
