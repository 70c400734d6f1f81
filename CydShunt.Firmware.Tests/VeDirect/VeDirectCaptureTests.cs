using System;
using System.Linq;
using CydShunt.Firmware.Tests.VeDirect.Support;
using CydShunt.Firmware.VeDirect;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.VeDirect;

/// <summary>
/// The parser on real device output. Both captures are raw serial bytes at 19200 baud: text blocks back to back (each
/// starting with CR LF, ending with its checksum byte). The SmartSolar capture starts in the middle of a block and
/// carries two asynchronous HEX frames (":A…\n", history registers 0x1050 and 0x104F) right after a checksum byte.
/// </summary>
public class VeDirectCaptureTests
{
    [Test]
    public void EveryBlockOfTheBmv700CaptureParsesAndChecksums()
    {
        byte[] capture = Captures.Read("bmv702.dump");
        RecordingListener result = RecordingListener.Parse(capture);

        // Every "Checksum" in the file closes a block; the file ends inside a main block, which is never reported.
        int checksumFields = CountOccurrences(capture, Ascii.Bytes("\r\nChecksum\t"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Blocks.Count(), Is.EqualTo(checksumFields));
            Assert.That(checksumFields, Is.EqualTo(906));
            Assert.That(result.HexFrames, Is.Empty);
        });

        TextBlockEvent first = result.Blocks.First();
        Assert.Multiple(() =>
        {
            Assert.That(first.Fields.Select(f => f.Label), Is.EqualTo(new[] { "PID", "V", "I", "P", "CE", "SOC", "TTG", "Alarm", "Relay", "AR", "BMV", "FW" }));
            Assert.That(first["PID"], Is.EqualTo("0x203"));
            Assert.That(first["V"], Is.EqualTo("12065"));
            Assert.That(first["I"], Is.EqualTo("-7625"));
            Assert.That(first["CE"], Is.EqualTo("-65473"));
            Assert.That(first.ChecksumByte, Is.EqualTo((byte)'q'));
        });

        // Main and history blocks alternate, as in our own output.
        var kinds = result.Blocks.Select(b => b.Fields[0].Label).ToList();
        Assert.That(kinds.Where((k, i) => k != (i % 2 == 0 ? "PID" : "H1")), Is.Empty);
    }

    [Test]
    public void BlocksOfTheBmv700CaptureReadAsNumbersThroughTheBlockApi()
    {
        byte[] capture = Captures.Read("bmv702.dump");
        var reader = new NumberReader();
        new VeDirectParser(reader).Parse(capture, 0, capture.Length);
        Assert.Multiple(() =>
        {
            Assert.That(reader.MainBlocks, Is.EqualTo(453));
            Assert.That(reader.ProductIds.Distinct(), Is.EqualTo(new[] { 0x203 }));
            Assert.That(reader.Voltages.Min(), Is.GreaterThan(11000));
            Assert.That(reader.Voltages.Max(), Is.LessThan(15000));
        });
    }

    [Test]
    public void TheSmartSolarCaptureParsesAfterItsTruncatedFirstBlockWithItsAsyncHexFrames()
    {
        byte[] capture = Captures.Read("smartsolar_1.39.dump");
        RecordingListener result = RecordingListener.Parse(capture);

        int checksumFields = CountOccurrences(capture, Ascii.Bytes("\r\nChecksum\t"));
        Assert.Multiple(() =>
        {
            // The capture starts at "ID\t0xA05F" (the "P" is cut off): that block cannot check and is the only error.
            Assert.That(result.Errors.Select(e => e.Error), Is.EqualTo(new[] { VeDirectParseError.TextChecksumMismatch }));
            Assert.That(result.Blocks.Count(), Is.EqualTo(checksumFields - 1));
            Assert.That(result.Blocks.All(b => b["PID"] == "0xA05F" && b["SER#"] == "HQ18486U2B4"), Is.True);
        });

        HexFrameEvent[] frames = [.. result.HexFrames];
        Assert.That(frames, Has.Length.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(frames.Select(f => f.Command), Is.All.EqualTo(VeDirectHexCommand.Async));
            Assert.That(frames.Select(f => f.Payload[0] | (f.Payload[1] << 8)), Is.EqualTo(new[] { 0x1050, 0x104F }));
            Assert.That(frames.Select(f => f.Payload.Length), Is.All.EqualTo(37));
        });

        // The frames sit between two blocks and do not disturb the blocks around them.
        int firstFrame = result.Events.FindIndex(e => e is HexFrameEvent);
        Assert.That(result.Events[firstFrame - 1], Is.TypeOf<TextBlockEvent>());
        Assert.That(result.Events[firstFrame + 2], Is.TypeOf<TextBlockEvent>());
    }

    [Test]
    public void TheCapturesParseTheSameInAnyChunking()
    {
        foreach (string name in new[] { "bmv702.dump", "smartsolar_1.39.dump" })
        {
            byte[] capture = Captures.Read(name);
            RecordingListener whole = RecordingListener.Parse(capture);
            var chunked = new RecordingListener();
            var parser = new VeDirectParser(chunked);
            var random = new System.Random(7);
            for (int offset = 0; offset < capture.Length;)
            {
                int count = System.Math.Min(random.Next(1, 40), capture.Length - offset);
                parser.Parse(capture, offset, count);
                offset += count;
            }

            Assert.That(chunked.Events, Is.EqualTo(whole.Events).Using<ParserEvent>(SameEvent), name);
        }
    }

    internal static bool SameEvent(ParserEvent a, ParserEvent b) => (a, b) switch
    {
        (TextBlockEvent x, TextBlockEvent y) => x.Fields.SequenceEqual(y.Fields) && x.ChecksumByte == y.ChecksumByte && x.Length == y.Length,
        (HexFrameEvent x, HexFrameEvent y) => x.Command == y.Command && x.Payload.SequenceEqual(y.Payload),
        _ => a.Equals(b),
    };

    private static int CountOccurrences(byte[] haystack, byte[] needle)
    {
        int count = 0;
        for (int i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                count++;
            }
        }

        return count;
    }

    private sealed class NumberReader : IVeDirectParserListener
    {
        public int MainBlocks { get; private set; }

        public System.Collections.Generic.List<int> ProductIds { get; } = [];

        public System.Collections.Generic.List<int> Voltages { get; } = [];

        public void OnTextBlock(VeDirectTextBlock block)
        {
            if (block.TryGetInt32("PID", out int pid) && block.TryGetInt32("V", out int v))
            {
                MainBlocks++;
                ProductIds.Add(pid);
                Voltages.Add(v);
            }
        }

        public void OnHexFrame(VeDirectHexFrame frame)
        {
        }

        public void OnError(VeDirectParseError error)
        {
        }
    }
}
