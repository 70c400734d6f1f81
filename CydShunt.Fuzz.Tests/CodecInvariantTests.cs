using System;
using CydShunt.Fuzz.Harness;
using CydShunt.Protocol;
using NUnit.Framework;

namespace CydShunt.Fuzz.Tests;

/// <summary>
/// The checks of <see cref="CodecTarget{T}"/> catch the faults they name: a deliberately broken codec (a two-byte
/// little-endian counter) for each fault, and the correct codec, which passes.
/// </summary>
public class CodecInvariantTests
{
    private static readonly byte[] s_input = [0x34, 0x12];

    [Test]
    public void ACorrectCodecPasses()
    {
        var target = new CounterCodec();
        Assert.Multiple(() =>
        {
            Assert.That(() => target.Run(s_input), Throws.Nothing);
            Assert.That(() => target.Run([0x01]), Throws.Nothing, "TooShort is listed for every decoder");
            Assert.That(() => target.Run([]), Throws.Nothing);
        });
    }

    [TestCase(Fault.WritesInput, "wrote to its input")]
    [TestCase(Fault.ReadsPastCount, "reads past its input")]
    [TestCase(Fault.SpanDisagrees, "byte[] and Span decoders disagree")]
    [TestCase(Fault.ThrowingDecodeDisagrees, "Decode and TryDecode return different values")]
    [TestCase(Fault.UnlistedError, "which spec/README.md does not list")]
    [TestCase(Fault.Throws, "TryDecode threw IndexOutOfRangeException")]
    [TestCase(Fault.UnstableEncode, "decode → encode is not stable")]
    [TestCase(Fault.SpanEncoderDiffers, "encoders write different bytes")]
    [TestCase(Fault.OverclaimsRoom, "one byte shorter")]
    public void EachFaultIsCaught(Fault fault, string message)
    {
        byte[] input = fault == Fault.UnlistedError || fault == Fault.Throws ? [0x01] : s_input;
        Assert.That(() => new CounterCodec(fault).Run(input), Throws.TypeOf<InvariantViolation>().With.Message.Contains(message));
    }

    public enum Fault
    {
        None,
        WritesInput,
        ReadsPastCount,
        SpanDisagrees,
        ThrowingDecodeDisagrees,
        UnlistedError,
        Throws,
        UnstableEncode,
        SpanEncoderDiffers,
        OverclaimsRoom,
    }

    /// <summary>A uint16 little-endian codec with one fault switched on.</summary>
    private sealed class CounterCodec(Fault fault = Fault.None) : CodecTarget<int>
    {
        public override string Name => "counter";

        public override string Description => "A test codec.";

        protected override string[] SpecDecoders => ["test decoder"];

        protected override TryDecodeArray<int> TryDecode => DecodeArray;

        protected override TryDecodeSpan<int> TryDecodeFromSpan => (ReadOnlySpan<byte> source, out int value, out ProtocolError error) =>
        {
            bool ok = DecodeArray(source.ToArray(), 0, source.Length, out value, out error);
            if (ok && fault == Fault.SpanDisagrees)
            {
                value++;
            }

            return ok;
        };

        protected override DecodeArray<int> Decode => (source, offset, count) =>
            DecodeArray(source, offset, count, out int value, out ProtocolError error)
                ? value + (fault == Fault.ThrowingDecodeDisagrees ? 1 : 0)
                : throw new ProtocolException(error, "counter");

        protected override TryEncodeArray<int> TryEncode => (int value, byte[] destination, int offset, out int bytesWritten, out ProtocolError error) =>
        {
            int room = fault == Fault.OverclaimsRoom ? 2 : destination.Length - offset;
            if (room < 2)
            {
                bytesWritten = 0;
                error = ProtocolError.DestinationTooSmall;
                return false;
            }

            int written = fault == Fault.UnstableEncode ? value + 1 : value;
            if (destination.Length - offset >= 2)
            {
                destination[offset] = (byte)written;
                destination[offset + 1] = (byte)(written >> 8);
            }

            bytesWritten = 2;
            error = ProtocolError.None;
            return true;
        };

        protected override TryEncodeSpan<int> TryEncodeToSpan => (int value, Span<byte> destination, out int bytesWritten, out ProtocolError error) =>
        {
            byte[] buffer = new byte[destination.Length];
            bool ok = TryEncode(fault == Fault.SpanEncoderDiffers ? value ^ 1 : value, buffer, 0, out bytesWritten, out error);
            buffer.CopyTo(destination);
            return ok;
        };

        private bool DecodeArray(byte[] source, int offset, int count, out int value, out ProtocolError error)
        {
            value = 0;
            if (fault == Fault.Throws && count < 2)
            {
                _ = source[source.Length];
            }

            if (count < 2)
            {
                error = fault == Fault.UnlistedError ? ProtocolError.BadSignature : ProtocolError.TooShort;
                return false;
            }

            if (fault == Fault.WritesInput)
            {
                source[offset] = 0;
            }

            value = source[offset] | (source[offset + 1] << 8);
            if (fault == Fault.ReadsPastCount && offset + count < source.Length)
            {
                value ^= source[offset + count] & 1;
            }

            error = ProtocolError.None;
            return true;
        }
    }
}
