using System;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Malformed;

/// <summary>
/// AD-structure lengths read near the end of the largest byte array .NET allows: offset + length passes
/// <see cref="int.MaxValue"/> there, so a check written as "offset + 1 + length > end" wraps and lets the parser read
/// past the array (without a bounds check in the net8.0 build). The length byte must be compared with the bytes left.
/// </summary>
/// <remarks>
/// One array for all cases, allocated uninitialised: its pages are never touched, so the 2 GB cost address space and
/// GC commit, not memory (about 110 MB resident for the whole test run). A host whose GC heap limit is under ~2.2 GB
/// cannot run this and fails with the message below rather than skipping.
/// </remarks>
[NonParallelizable]
public class LargeOffsetTests
{
    private byte[]? _huge;

    [OneTimeSetUp]
    public void AllocateTheLargestArray()
    {
        try
        {
            _huge = GC.AllocateUninitializedArray<byte>(Array.MaxLength);
        }
        catch (OutOfMemoryException e)
        {
            Assert.Fail("LargeOffsetTests need a byte array of Array.MaxLength (~2 GB of address space; the GC heap limit must allow it): " + e.Message);
        }
    }

    [OneTimeTearDown]
    public void Release()
    {
        _huge = null;
        GC.Collect();
    }

    [TestCase(AdType.ServiceData16, 2)]
    [TestCase(AdType.ServiceData16, 3)]
    [TestCase(AdType.ManufacturerSpecificData, 2)]
    [TestCase(AdType.ManufacturerSpecificData, 3)]
    public void AdLengthPastTheEndOfAMaximumSizeArrayIsMalformed(byte type, int bytesLeft)
    {
        byte[] huge = _huge!;
        int offset = huge.Length - bytesLeft;
        huge[offset] = 0xFF;            // claims 255 more bytes
        huge[offset + 1] = type;
        if (bytesLeft > 2)
        {
            huge[offset + 2] = 0xD2;    // first byte of the BTHome UUID 0xFCD2 (little-endian)
        }

        Assert.Multiple(() =>
        {
            Assert.That(ScanRecordParser.TryParse(huge, offset, bytesLeft, out _, out ProtocolError parseError), Is.False, "scan record");
            Assert.That(parseError, Is.EqualTo(ProtocolError.MalformedAdStructure), "scan-record error");
            Assert.That(BTHomeCodec.TryDecode(huge, offset, bytesLeft, out _, out ProtocolError bthomeError), Is.False, "BTHome");
            Assert.That(bthomeError, Is.EqualTo(ProtocolError.MalformedAdStructure), "BTHome error");
        });
    }
}
