using System.Text;
using CsCheck;
using NUnit.Framework;

namespace CydShunt.Protocol.Tests.Primitives;

/// <summary>
/// The local name of a scan record is decoded with the replacement rule of spec/advertising.md ("Parsing a scan
/// record"): one U+FFFD per maximal subpart of an ill-formed sequence. .NET's <see cref="Encoding.UTF8"/> follows the
/// same rule, so it is the oracle here for any bytes.
/// </summary>
public class LocalNameDecodingTests
{
    // Flags, then a glance frame (so the record parses), then the name structure appended by Name().
    private const string FlagsAndGlance = "02010611ffffff4353012a092d058eebff2e22f202";

    [Test]
    public void TheIssueExampleBecomesThreeReplacementCharactersAndNoSurrogate()
    {
        Assert.That(Name([0x57, 0x6f, 0x68, 0x6e, 0xed, 0xa2, 0x91, 0x4d]), Is.EqualTo("Wohn\uFFFD\uFFFD\uFFFDM"));
    }

    [Test]
    public void ATruncatedSequenceIsOneReplacementAndTheByteAfterItIsDecodedAfresh()
    {
        Assert.That(Name([0x57, 0xe2, 0x82, 0x41]), Is.EqualTo("W\uFFFDA"));
    }

    [Test]
    public void AnyBytesDecodeAsEncodingUtf8DoesAndFormWellFormedUtf16()
    {
        Gen.Byte.Array[1, 29].Sample(bytes =>
        {
            string name = Name(bytes)!;
            Assert.That(name, Is.EqualTo(Encoding.UTF8.GetString(bytes)));
            for (int i = 0; i < name.Length; i++)
            {
                if (char.IsHighSurrogate(name[i]))
                {
                    Assert.That(i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]), Is.True, "lone high surrogate");
                    i++;
                }
                else
                {
                    Assert.That(char.IsLowSurrogate(name[i]), Is.False, "lone low surrogate");
                }
            }
        });
    }

    [Test]
    public void AnEmptyNameStructureIsNoName()
    {
        byte[] record = Support.Hex.Parse(FlagsAndGlance + "0109");
        Assert.That(ScanRecordParser.TryParse(record, 0, record.Length, out ScanRecord parsed, out _), Is.True);
        Assert.That(parsed.HasLocalName, Is.False);
        Assert.That(parsed.GetLocalName(), Is.Null);
    }

    private static string? Name(byte[] nameBytes)
    {
        byte[] record = Support.Hex.Parse(FlagsAndGlance + Support.Hex.Format(new[] { (byte)(nameBytes.Length + 1), (byte)0x09 }, 0, 2) + Support.Hex.Format(nameBytes, 0, nameBytes.Length));
        Assert.That(ScanRecordParser.TryParse(record, 0, record.Length, out ScanRecord parsed, out ProtocolError error), Is.True, error.ToString());
        return parsed.GetLocalName();
    }
}
