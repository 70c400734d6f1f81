using System;
using System.Linq;
using CydShunt.Firmware.VeDirect;
using CydShunt.Fuzz.Harness;

namespace CydShunt.Fuzz.Targets.Firmware;

/// <summary>
/// A VE.Direct byte stream (text blocks and HEX frames mixed) through <see cref="VeDirectParser"/>. The first input
/// byte seeds how the rest is split into reads. Checks: no exception; the input is not written; the events are the
/// same whether the stream arrives at once or in pieces; the parser's counters match what it reported.
/// </summary>
public sealed class VeDirectStreamTarget : FuzzTarget
{
    public override string Name => "vedirect-stream";

    public override string Description => "A VE.Direct byte stream (text and HEX) through VeDirectParser, split into reads.";

    public override string[] Dictionaries => ["vedirect.dict"];

    public override byte[][] ExtraSeeds() => [[0, .. VeDirectSeeds.FirmwareOutput()], [7, .. VeDirectSeeds.HexRequests()]];

    public override void Run(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        byte[] stream = input[1..];
        byte[] copy = (byte[])stream.Clone();

        var whole = new RecordingParserListener();
        var wholeParser = new VeDirectParser(whole);
        wholeParser.Parse(stream, 0, stream.Length);
        Require(stream.AsSpan().SequenceEqual(copy), "VeDirectParser.Parse wrote to its input.");
        Require(wholeParser.HexFrames == whole.HexFrames, $"The parser counts {wholeParser.HexFrames} HEX frames but reported {whole.HexFrames}.");
        Require(wholeParser.Errors == whole.Errors, $"The parser counts {wholeParser.Errors} errors but reported {whole.Errors}.");

        var pieces = new RecordingParserListener();
        var piecesParser = new VeDirectParser(pieces);
        ChunkedFeed.Feed(stream, input[0], piecesParser.Parse);
        Require(
            pieces.Events.SequenceEqual(whole.Events),
            $"The parser reports different events when the stream arrives in pieces ({pieces.Events.Count} vs {whole.Events.Count} at once).");
    }
}
