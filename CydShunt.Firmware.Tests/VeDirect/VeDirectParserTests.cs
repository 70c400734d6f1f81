using System;
using System.Linq;
using CydShunt.Firmware.Tests.VeDirect.Support;
using CydShunt.Firmware.VeDirect;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.VeDirect;

public class VeDirectParserTests
{
    // A block with a correct checksum byte appended.
    private static string Block(string fields)
    {
        string body = fields + "\r\nChecksum\t";
        int sum = Ascii.Sum(Ascii.Bytes(body));
        return body + (char)((256 - (sum % 256)) % 256);
    }

    private static readonly string Good = Block("\r\nPID\t0xA389\r\nV\t12800\r\nI\t-1500");

    [Test]
    public void ParsesABlockAndItsValues()
    {
        TextBlockEvent block = RecordingListener.Parse(Ascii.Bytes(Good)).Blocks.Single();
        Assert.That(block.Fields, Is.EqualTo(new[] { new ReceivedField("PID", "0xA389"), new ReceivedField("V", "12800"), new ReceivedField("I", "-1500") }));
        Assert.That(block.Length, Is.EqualTo(Good.Length));
    }

    [Test]
    public void BlockApiReadsNumbersDashesAndLabelsWithoutGuessing()
    {
        var listener = new Inspecting();
        byte[] bytes = Ascii.Bytes(Block("\r\nPID\t0xA389\r\nSOC\t---\r\nTTG\t-1\r\nBMV\tSmartShunt 500A/50mV\r\nH6\t-2147483648\r\nX\t99999999999"));
        new VeDirectParser(listener).Parse(bytes, 0, bytes.Length);
        Assert.That(listener.Results, Is.EqualTo(new object[] { true, 0xA389, false, true, -1, true, false, int.MinValue, false, false, -1 }));
    }

    [Test]
    public void WrongChecksumIsReportedAndTheBlockDropped()
    {
        string bad = Good[..^1] + (char)(Good[^1] + 1);
        RecordingListener result = RecordingListener.Parse(Ascii.Bytes(bad + Good));
        Assert.That(result.Events.Select(e => e.GetType().Name), Is.EqualTo(new[] { nameof(ErrorEvent), nameof(TextBlockEvent) }));
        Assert.That(result.Errors.Single().Error, Is.EqualTo(VeDirectParseError.TextChecksumMismatch));
    }

    [Test]
    public void AColonAsChecksumByteIsTheChecksumNotAHexFrame()
    {
        // Find field content whose checksum byte is ':' (0x3A).
        string block = Enumerable.Range(10000, 90000).Select(n => Block("\r\nV\t" + n)).First(b => b[^1] == ':');
        RecordingListener result = RecordingListener.Parse(Ascii.Bytes(block + Good));
        Assert.That(result.Blocks.Count(), Is.EqualTo(2));
        Assert.That(result.Errors, Is.Empty);
    }

    [TestCase("\x00\xFFnoise\t\t\n")]
    [TestCase("\r\nV\t1\r\nI")]
    [TestCase("\r\nWAYTOOLONGLABEL\t1")]
    [TestCase("\r\nV\t012345678901234567890123456789012")]
    [TestCase(":1234\n")]
    [TestCase("\r\n\t1\r\n")]
    public void RecoversAfterGarbage(string garbage)
    {
        RecordingListener result = RecordingListener.Parse(Ascii.Bytes(garbage + Good + Good));
        // At most the block the garbage ran into is lost; the next one always parses.
        Assert.That(result.Blocks.Count(), Is.GreaterThanOrEqualTo(1));
        Assert.That(result.Events[^1], Is.TypeOf<TextBlockEvent>());
    }

    [Test]
    public void RecoversAfterEveryPrefixOfGarbageBytes()
    {
        var random = new Random(11);
        for (int run = 0; run < 200; run++)
        {
            byte[] garbage = new byte[random.Next(0, 80)];
            random.NextBytes(garbage);
            RecordingListener result = RecordingListener.Parse([.. garbage, .. Ascii.Bytes(Good + Good)]);
            Assert.That(result.Events[^1], Is.TypeOf<TextBlockEvent>(), "run " + run);
            Assert.That(result.Blocks.Last().Fields[0], Is.EqualTo(new ReceivedField("PID", "0xA389")));
        }
    }

    [Test]
    public void LabelAndValueLimitsAreEnforced()
    {
        string longestLabel = Block("\r\nABCDEFGH\t" + new string('9', VeDirectTextBlock.MaximumValueLength));
        Assert.That(RecordingListener.Parse(Ascii.Bytes(longestLabel)).Blocks.Count(), Is.EqualTo(1));
        Assert.That(RecordingListener.Parse(Ascii.Bytes(Block("\r\nABCDEFGHI\t1"))).Errors.First().Error, Is.EqualTo(VeDirectParseError.FieldTooLong));
        Assert.That(RecordingListener.Parse(Ascii.Bytes(Block("\r\nV\t" + new string('9', 33)))).Errors.First().Error, Is.EqualTo(VeDirectParseError.FieldTooLong));
    }

    [Test]
    public void TwentyTwoFieldsAreAcceptedAndTwentyThreeAreNot()
    {
        string fields22 = string.Concat(Enumerable.Range(1, 22).Select(i => "\r\nH" + i + "\t" + i));
        Assert.That(RecordingListener.Parse(Ascii.Bytes(Block(fields22))).Blocks.Single().Fields, Has.Count.EqualTo(22));
        RecordingListener result = RecordingListener.Parse(Ascii.Bytes(Block(fields22 + "\r\nH23\t23")));
        Assert.That(result.Blocks, Is.Empty);
        Assert.That(result.Errors.First().Error, Is.EqualTo(VeDirectParseError.TooManyFields));
    }

    [Test]
    public void AHexFrameInsideABlockIsReportedAndTheBlockStillChecks()
    {
        string block = Good.Insert(Good.IndexOf("\r\nV", StringComparison.Ordinal), ":A0102000543\n");
        RecordingListener result = RecordingListener.Parse(Ascii.Bytes(block));
        Assert.That(result.Events.Select(e => e.GetType().Name), Is.EqualTo(new[] { nameof(HexFrameEvent), nameof(TextBlockEvent) }));
        HexFrameEvent frame = result.HexFrames.Single();
        Assert.That(frame.Command, Is.EqualTo(0xA));
        Assert.That(frame.Payload, Is.EqualTo(new byte[] { 0x01, 0x02, 0x00, 0x05 }));
        Assert.That(result.Blocks.Single().Fields, Has.Count.EqualTo(3));
    }

    [Test]
    public void HexFramesBetweenBlocksAreReported()
    {
        RecordingListener result = RecordingListener.Parse(Ascii.Bytes(Good + ":500410F\n:189A328\n" + Good));
        Assert.That(result.Events.Select(e => e.GetType().Name), Is.EqualTo(new[] { nameof(TextBlockEvent), nameof(HexFrameEvent), nameof(HexFrameEvent), nameof(TextBlockEvent) }));
        Assert.That(result.HexFrames.Select(f => f.Command), Is.EqualTo(new[] { 5, 1 }));
    }

    [TestCase(":452\n", VeDirectParseError.HexChecksumMismatch)]
    [TestCase(":4zz\n", VeDirectParseError.HexFramingError)]
    [TestCase(":70A:154\n", VeDirectParseError.HexFramingError)]
    public void BadHexFramesAreReportedAndTheTextContinues(string frame, VeDirectParseError error)
    {
        RecordingListener result = RecordingListener.Parse(Ascii.Bytes(Good + frame + Good));
        Assert.That(result.Errors.First().Error, Is.EqualTo(error));
        Assert.That(result.Blocks.Count(), Is.EqualTo(2));
    }

    [Test]
    public void ResetDropsAPartialBlock()
    {
        var listener = new RecordingListener();
        var parser = new VeDirectParser(listener);
        byte[] bytes = Ascii.Bytes(Good);
        parser.Parse(bytes, 0, 10);
        parser.Reset();
        parser.Parse(bytes, 0, bytes.Length);
        Assert.That(listener.Blocks.Count(), Is.EqualTo(1));
        Assert.That(listener.Errors, Is.Empty);
        Assert.That(parser.TextBlocks, Is.EqualTo(1));
    }

    [Test]
    public void CountersFollowTheEvents()
    {
        var listener = new RecordingListener();
        var parser = new VeDirectParser(listener);
        byte[] bytes = Ascii.Bytes(Good + ":154\n:452\n" + Good);
        parser.Parse(bytes, 0, bytes.Length);
        Assert.That((parser.TextBlocks, parser.HexFrames, parser.Errors), Is.EqualTo((2, 1, 1)));
    }

    [Test]
    public void ArgumentsAreChecked()
    {
        Assert.That(() => new VeDirectParser(null!), Throws.TypeOf<ArgumentNullException>());
        var parser = new VeDirectParser(new RecordingListener());
        Assert.That(() => parser.Parse(null!, 0, 0), Throws.TypeOf<ArgumentNullException>());
        Assert.That(() => parser.Parse(new byte[3], 2, 2), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    private sealed class Inspecting : IVeDirectParserListener
    {
        public object[] Results { get; private set; } = [];

        public void OnTextBlock(VeDirectTextBlock block)
        {
            bool pid = block.TryGetInt32("PID", out int pidValue);
            bool soc = block.TryGetInt32("SOC", out _);
            bool ttg = block.TryGetInt32("TTG", out int ttgValue);
            bool h6 = block.TryGetInt32("H6", out int h6Value);
            bool overflow = block.TryGetInt32("X", out _);
            Results = [pid, pidValue, soc, block.ValueEquals("SOC", "---"), ttgValue, h6 && ttg, block.ValueEquals("BMV", "SmartShunt"), h6Value, overflow, block.TryGetInt32("Missing", out _), block.IndexOf("pid")];
        }

        public void OnHexFrame(VeDirectHexFrame frame)
        {
        }

        public void OnError(VeDirectParseError error)
        {
        }
    }
}
