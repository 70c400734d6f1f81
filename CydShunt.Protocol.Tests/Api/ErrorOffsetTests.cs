using System;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Api;

/// <summary>
/// Errors say where: the offsets below are counted by hand from the bytes (AD structure = length byte, type, data;
/// BTHome = length, 0x16, UUID D2 FC, device information at byte 4, objects from byte 5).
/// </summary>
public class ErrorOffsetTests
{
    [TestCase("0916d2fc40002a03bf13", ProtocolError.BTHomeUnknownObject, 7, TestName = "unknown object 0x03 after the packet id (05) and its value (06)")]
    [TestCase("0616d2fc400165", ProtocolError.ValueOutOfRange, 5, TestName = "battery 101 % is the first object")]
    [TestCase("0e16d2fc404d000000004dffffffff", ProtocolError.ValueOutOfRange, 10, TestName = "the second energy object, at 5 + 5")]
    [TestCase("0616d2fc400cbd", ProtocolError.TooShort, 5, TestName = "truncated voltage object")]
    [TestCase("0616d2fc41002a", ProtocolError.BTHomeEncrypted, 4, TestName = "encryption bit in the device information")]
    [TestCase("1616d2fc40002a", ProtocolError.MalformedAdStructure, 0, TestName = "the length byte claims more than there is")]
    public void BTHomeDecodeNamesTheFailingObject(string hex, ProtocolError error, int offset)
    {
        // The structure sits 3 bytes into the array: the offset is relative to the window, the same for byte[] and Span.
        byte[] bytes = Convert.FromHexString("aabbcc" + hex);
        var fromArray = Assert.Throws<ProtocolException>(() => BTHomeCodec.Decode(bytes, 3, bytes.Length - 3))!;
        var fromSpan = Assert.Throws<ProtocolException>(() => BTHomeCodec.Decode(bytes.AsSpan(3)))!;
        Assert.Multiple(() =>
        {
            Assert.That(fromArray.Error, Is.EqualTo(error));
            Assert.That(fromArray.Offset, Is.EqualTo(offset));
            Assert.That(fromArray.Message, Does.Contain(ProtocolErrorText.GetName(error) + " at byte " + offset));
            Assert.That(fromSpan.Offset, Is.EqualTo(offset));
        });
    }

    [Test]
    public void AMalformedStructureIsReportedAtItsLengthByte()
    {
        // Flags (bytes 0-2), then a name structure at byte 3 that claims 5 bytes where 3 remain.
        byte[] bytes = Convert.FromHexString("ffff" + "020106" + "05094142");
        Assert.Multiple(() =>
        {
            Assert.That(ScanRecordParser.TryParse(bytes, 2, bytes.Length - 2, out ScanRecord record, out ProtocolError error), Is.False);
            Assert.That(error, Is.EqualTo(ProtocolError.MalformedAdStructure));
            Assert.That(record.ErrorOffset, Is.EqualTo(3), "relative to the window");
            Assert.That(ScanRecordParser.TryParse(bytes.AsSpan(2), out ScanRecord fromSpan, out _), Is.False);
            Assert.That(fromSpan.ErrorOffset, Is.EqualTo(3));
            Assert.That(Assert.Throws<ProtocolException>(() => ScanRecordParser.Parse(bytes, 2, bytes.Length - 2))!.Offset, Is.EqualTo(3));
        });
    }

    [Test]
    public void AGlanceFrameOfANewerVersionIsReportedWhereTheFrameStarts()
    {
        // Flags, then manufacturer data at byte 3: the frame (company id first) starts at byte 5; version 2.
        byte[] bytes = Convert.FromHexString("020106" + "06ffffff435302");
        Assert.Multiple(() =>
        {
            Assert.That(ScanRecordParser.TryParse(bytes, out ScanRecord record, out ProtocolError error), Is.False);
            Assert.That(error, Is.EqualTo(ProtocolError.UnsupportedVersion));
            Assert.That(record.GlanceErrorOffset, Is.EqualTo(5));
            Assert.That(record.ErrorOffset, Is.EqualTo(5));
            Assert.That(record.BTHomeErrorOffset, Is.EqualTo(-1));
        });
    }

    [Test]
    public void ABrokenBTHomeFrameBesideAGoodGlanceFrameIsReportedOnSuccess()
    {
        // Flags; a valid glance frame (spec/vectors/glance-frame.json, first round trip) at byte 3; BTHome at byte 21
        // with an unknown object.
        byte[] bytes = Convert.FromHexString("020106" + "11ff" + "ffff4353012a092d058eebff2e22f202" + "0916d2fc40002a03bf13");
        Assert.Multiple(() =>
        {
            Assert.That(ScanRecordParser.TryParse(bytes, out ScanRecord record, out ProtocolError error), Is.True);
            Assert.That(error, Is.EqualTo(ProtocolError.None));
            Assert.That(record.HasGlance, Is.True);
            Assert.That(record.BTHomeError, Is.EqualTo(ProtocolError.BTHomeUnknownObject));
            Assert.That(record.BTHomeErrorOffset, Is.EqualTo(21));
            Assert.That(record.GlanceErrorOffset, Is.EqualTo(-1));
            Assert.That(record.ErrorOffset, Is.EqualTo(-1));
        });
    }

    [Test]
    public void NoFrameAtAllHasNoPosition()
    {
        Assert.That(ScanRecordParser.TryParse(Convert.FromHexString("020106"), out ScanRecord record, out ProtocolError error), Is.False);
        Assert.That(error, Is.EqualTo(ProtocolError.FrameNotFound));
        Assert.That(record.ErrorOffset, Is.EqualTo(-1));
        Assert.That(Assert.Throws<ProtocolException>(() => ScanRecordParser.Parse(Convert.FromHexString("020106")))!.Offset, Is.EqualTo(-1));
    }

    [Test]
    public void ProtocolExceptionHasTheUsualConstructors()
    {
        var inner = new InvalidOperationException("inner");
        Assert.Multiple(() =>
        {
            Assert.That(new ProtocolException().Offset, Is.EqualTo(-1));
            Assert.That(new ProtocolException().Message, Is.Not.Empty);
            Assert.That(new ProtocolException("custom").Message, Is.EqualTo("custom"));
            Assert.That(new ProtocolException("custom").Error, Is.EqualTo(ProtocolError.None));
            Assert.That(new ProtocolException("custom", inner).InnerException, Is.SameAs(inner));
            Assert.That(new ProtocolException(ProtocolError.TooShort, "live snapshot").Offset, Is.EqualTo(-1));
            Assert.That(new ProtocolException(ProtocolError.TooShort, "live snapshot").Message, Does.StartWith("live snapshot: TooShort. "));
            Assert.That(new ProtocolException(ProtocolError.TooShort, "live snapshot", 4).Message, Does.StartWith("live snapshot: TooShort at byte 4. "));
        });
    }
}
