using System;
using System.Buffers.Binary;
using CsCheck;
using CydShunt.Protocol.Primitives;
using CydShunt.Protocol.Tests.Support;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Primitives;

/// <summary>
/// The byte-level primitives every byte[] codec is built on. The net8.0 build compiles <c>Net/Unchecked/</c> (single
/// unaligned loads and stores, no second bounds check) in place of the portable <c>Primitives/</c> files that
/// nanoFramework and netstandard2.0 get; both must read and write exactly the same bytes, and nothing next to them.
/// This file runs against both builds (CydShunt.Protocol.Tests and CydShunt.Protocol.Tests.NetStandard).
/// </summary>
public class PrimitivesTests
{
    // A buffer of 4-40 random bytes and an offset at which a value of up to 4 bytes fits.
    private static readonly Gen<(byte[] Buffer, int Offset)> BufferAndOffset =
        Gen.Byte.Array[4, 40].SelectMany(buffer => Gen.Int[0, buffer.Length - 4].Select(offset => (buffer, offset)));

    [Test]
    public void ReadsEqualBinaryPrimitivesAtAnyOffset()
    {
        BufferAndOffset.Sample(t =>
        {
            ReadOnlySpan<byte> at = t.Buffer.AsSpan(t.Offset);
            Assert.That(LittleEndian.ReadUInt16(t.Buffer, t.Offset), Is.EqualTo(BinaryPrimitives.ReadUInt16LittleEndian(at)));
            Assert.That(LittleEndian.ReadInt16(t.Buffer, t.Offset), Is.EqualTo(BinaryPrimitives.ReadInt16LittleEndian(at)));
            Assert.That(LittleEndian.ReadUInt32(t.Buffer, t.Offset), Is.EqualTo(BinaryPrimitives.ReadUInt32LittleEndian(at)));
            Assert.That(LittleEndian.ReadInt32(t.Buffer, t.Offset), Is.EqualTo(BinaryPrimitives.ReadInt32LittleEndian(at)));
            int uint24 = at[0] | (at[1] << 8) | (at[2] << 16);
            Assert.That(LittleEndian.ReadUInt24(t.Buffer, t.Offset), Is.EqualTo(uint24));
            Assert.That(LittleEndian.ReadInt24(t.Buffer, t.Offset), Is.EqualTo(uint24 >= 0x800000 ? uint24 - 0x1000000 : uint24));
        });
    }

    [Test]
    public void WritesStoreExactlyTheValuesBytes()
    {
        Gen.Select(BufferAndOffset, Gen.Int).Sample((t, value) =>
        {
            int length = t.Buffer.Length;
            int offset = t.Offset;
            AssertWrite(length, offset, 2, d => LittleEndian.WriteUInt16(d, offset, value), e => BinaryPrimitives.WriteUInt16LittleEndian(e, (ushort)value));
            AssertWrite(length, offset, 3, d => LittleEndian.WriteUInt24(d, offset, value), e => { e[0] = (byte)value; e[1] = (byte)(value >> 8); e[2] = (byte)(value >> 16); });
            AssertWrite(length, offset, 4, d => LittleEndian.WriteUInt32(d, offset, (uint)value), e => BinaryPrimitives.WriteUInt32LittleEndian(e, (uint)value));
            AssertWrite(length, offset, 4, d => LittleEndian.WriteInt32(d, offset, value), e => BinaryPrimitives.WriteInt32LittleEndian(e, value));
        });
    }

    [Test]
    public void ValuesEndingAtTheLastByteAreReadAndWritten()
    {
        byte[] buffer = [0x00, 0x11, 0x22, 0x33, 0x44];
        Assert.That(LittleEndian.ReadUInt32(buffer, 1), Is.EqualTo(0x44332211u));
        Assert.That(LittleEndian.ReadUInt24(buffer, 2), Is.EqualTo(0x443322));
        Assert.That(LittleEndian.ReadInt16(buffer, 3), Is.EqualTo(0x4433));
        LittleEndian.WriteUInt32(buffer, 1, 0xDDCCBBAA);
        LittleEndian.WriteUInt16(buffer, 0, 0xFF01);
        Assert.That(buffer, Is.EqualTo(new byte[] { 0x01, 0xFF, 0xBB, 0xCC, 0xDD }));
    }

    [Test]
    public void CopyMovesExactlyCountBytes()
    {
        Gen.Select(Gen.Byte.Array[0, 40], Gen.Int[0, 40], Gen.Int[0, 40], Gen.Int[0, 40]).Sample((source, a, b, c) =>
        {
            int sourceOffset = Math.Min(a, source.Length);
            int count = Math.Min(b, source.Length - sourceOffset);
            byte[] destination = new byte[count + c];
            destination.AsSpan().Fill(Sentinel.Value);
            int destinationOffset = c / 2;
            if (destination.Length - destinationOffset < count)
            {
                destinationOffset = destination.Length - count;
            }

            Bytes.Copy(source, sourceOffset, destination, destinationOffset, count);

            byte[] expected = new byte[destination.Length];
            expected.AsSpan().Fill(Sentinel.Value);
            source.AsSpan(sourceOffset, count).CopyTo(expected.AsSpan(destinationOffset));
            Assert.That(destination, Is.EqualTo(expected));
        });
    }

#if LIBRARY_NETSTANDARD
    // The netstandard2.0 build keeps nanoFramework's bounds-checked primitives: its test run is the one in which a
    // codec that forgot its own room check would throw instead of writing past the value.
    [Test]
    public void PortablePrimitivesStillCheckBounds()
    {
        byte[] three = new byte[3];
        Assert.That(() => LittleEndian.ReadUInt32(three, 0), Throws.InstanceOf<ArgumentException>());
        Assert.That(() => LittleEndian.ReadUInt16(three, 2), Throws.InstanceOf<ArgumentException>());
        Assert.That(() => LittleEndian.ReadUInt24(three, 1), Throws.InstanceOf<IndexOutOfRangeException>());
        Assert.That(() => LittleEndian.WriteUInt32(three, 0, 1), Throws.InstanceOf<IndexOutOfRangeException>());
        Assert.That(() => LittleEndian.WriteUInt16(three, 2, 1), Throws.InstanceOf<IndexOutOfRangeException>());
        Assert.That(() => Bytes.Copy(three, 0, new byte[2], 0, 3), Throws.InstanceOf<ArgumentException>());
    }
#endif

    private static void AssertWrite(int length, int offset, int size, Action<byte[]> write, SpanAction expected)
    {
        byte[] actual = new byte[length];
        actual.AsSpan().Fill(Sentinel.Value);
        write(actual);

        byte[] reference = new byte[length];
        reference.AsSpan().Fill(Sentinel.Value);
        expected(reference.AsSpan(offset, size));
        Assert.That(actual, Is.EqualTo(reference), $"{size}-byte write at {offset} of {length}");
    }

    private delegate void SpanAction(Span<byte> destination);
}
