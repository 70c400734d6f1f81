using System;
using System.Text;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Api;

/// <summary>
/// A scan record keeps its local name inside the value: GetLocalName() needs neither the parsed bytes nor the record
/// again. Names longer than 32 bytes (extended advertising only: legacy names are at most 29) are kept cut at a UTF-8
/// character boundary; the original position and length stay.
/// </summary>
public class ScanRecordLocalNameTests
{
    private static ScanRecord Parse(byte[] name, byte type = 0x09)
    {
        byte[] record = new byte[2 + name.Length];
        record[0] = (byte)(1 + name.Length);
        record[1] = type;
        name.CopyTo(record, 2);
        ScanRecordParser.TryParse(record, out ScanRecord parsed, out _);
        return parsed;
    }

    [Test]
    public void TheNameOutlivesTheParsedBytes()
    {
        byte[] record = Convert.FromHexString("0609" + "5368756e74");
        ScanRecordParser.TryParse(record, out ScanRecord parsed, out _);
        Array.Clear(record);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.GetLocalName(), Is.EqualTo("Shunt"));
            Assert.That(parsed.LocalNameTruncated, Is.False);
            Assert.That((parsed.LocalNameOffset, parsed.LocalNameLength, parsed.LocalNameComplete), Is.EqualTo((2, 5, true)));
        });
    }

    [Test]
    public void ALongNameIsCutAt32BytesAndSaysSo()
    {
        string forty = new string('N', 40);
        ScanRecord parsed = Parse(Encoding.ASCII.GetBytes(forty));
        Assert.Multiple(() =>
        {
            Assert.That(parsed.GetLocalName(), Is.EqualTo(new string('N', 32)));
            Assert.That(parsed.LocalNameTruncated, Is.True);
            Assert.That(parsed.LocalNameLength, Is.EqualTo(40), "the length as sent");
        });
    }

    [Test]
    public void TheCutNeverSplitsACharacter()
    {
        // 31 ASCII bytes, then "é" (C3 A9) across the 32-byte boundary, then "b": the é does not fit whole and is left out.
        byte[] name = Encoding.UTF8.GetBytes(new string('a', 31) + "éb");
        Assert.That(name, Has.Length.EqualTo(34));
        ScanRecord parsed = Parse(name);
        Assert.That(parsed.GetLocalName(), Is.EqualTo(new string('a', 31)));
        Assert.That(parsed.LocalNameTruncated, Is.True);
    }

    [Test]
    public void A32ByteNameIsKeptWhole()
    {
        ScanRecord parsed = Parse(Encoding.UTF8.GetBytes(new string('z', 30) + "é"));
        Assert.That(parsed.GetLocalName(), Is.EqualTo(new string('z', 30) + "é"));
        Assert.That(parsed.LocalNameTruncated, Is.False);
    }

    [Test]
    public void AnEmptyNameIsNoNameAndIllFormedBytesBecomeReplacementCharacters()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Parse([]).HasLocalName, Is.False);
            Assert.That(Parse([]).GetLocalName(), Is.Null);
            Assert.That(Parse([0x41, 0xff, 0x42], 0x08).GetLocalName(), Is.EqualTo("A\uFFFDB"), "spec/advertising.md: U+FFFD per maximal subpart");
        });
    }

    [Test]
    public void TheConstructorsCopyTheNameFromAnArrayOrASpan()
    {
        byte[] source = Encoding.ASCII.GetBytes("xxShunt");
        var fromArray = new ScanRecord(false, default, ProtocolError.None, -1, false, default, ProtocolError.None, -1, false, source, 2, 5, true, -1);
        var fromSpan = new ScanRecord(false, default, ProtocolError.None, -1, false, default, ProtocolError.None, -1, false, source.AsSpan(), 2, 5, false, -1);
        var none = new ScanRecord(false, default, ProtocolError.None, -1, false, default, ProtocolError.None, -1, true, null, -1, 0, false, -1);
        Assert.Multiple(() =>
        {
            Assert.That(fromArray.GetLocalName(), Is.EqualTo("Shunt"));
            Assert.That(fromArray.LocalNameOffset, Is.EqualTo(2));
            Assert.That(fromSpan.GetLocalName(), Is.EqualTo("Shunt"));
            Assert.That(none.HasLocalName, Is.False);
            Assert.That(none.HasServiceUuid, Is.True);
        });
    }
}
