using System;
using System.Linq;
using CydShunt.Firmware.VeDirect;
using CydShunt.Fuzz.Harness;

namespace CydShunt.Fuzz.Targets.Firmware;

/// <summary>
/// Bytes arriving on the firmware's VE.Direct port, as a GX device or VictronConnect sends HEX requests, through
/// <see cref="VeDirectHexResponder"/> with the firmware's register provider. The first input byte seeds how the rest
/// is split into reads. Checks: no exception; the input is not written; the replies fit the reply buffer and are all
/// well-formed HEX frames (VeDirectParser finds only HEX frames with right checksums in them); splitting the input
/// differently gives the same replies.
/// </summary>
public sealed class VeDirectHexTarget : FuzzTarget
{
    public override string Name => "vedirect-hex";

    public override string Description => "HEX requests on the VE.Direct port through VeDirectHexResponder, split into reads.";

    public override string[] Dictionaries => ["vedirect.dict"];

    public override byte[][] ExtraSeeds() => [[0, .. VeDirectSeeds.HexRequests()], [3, .. VeDirectSeeds.Frame(0x7, 0xFF, 0x0F, 0x00).Select(c => (byte)c)]];

    public override void Run(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        byte[] stream = input[1..];
        byte[] copy = (byte[])stream.Clone();
        byte[] whole = Replies(stream, responder => responder.Receive(stream, 0, stream.Length));
        Require(stream.AsSpan().SequenceEqual(copy), "VeDirectHexResponder.Receive wrote to its input.");
        byte[] pieces = Replies(stream, responder => ChunkedFeed.Feed(stream, input[0], responder.Receive));
        Require(
            whole.AsSpan().SequenceEqual(pieces),
            "The responder replies differently when the requests arrive in pieces.");

        var listener = new RecordingParserListener();
        new VeDirectParser(listener).Parse(whole, 0, whole.Length);
        Require(listener.Errors == 0, $"A reply is not a well-formed HEX frame: {listener.Events.FirstOrDefault(e => e.StartsWith("error", StringComparison.Ordinal))}.");
        Require(listener.Events.All(e => e.StartsWith("hex", StringComparison.Ordinal)), "The responder sent something other than HEX frames.");
    }

    private static byte[] Replies(byte[] stream, Action<VeDirectHexResponder> receive)
    {
        var settings = new VeDirectSettings();
        var responder = new VeDirectHexResponder(settings, new VeDirectSettingsRegisters(settings));
        receive(responder);
        Require(
            responder.PendingReplyLength >= 0 && responder.PendingReplyLength <= VeDirectHexResponder.ReplyBufferLength,
            $"The responder holds {responder.PendingReplyLength} reply bytes; its buffer has {VeDirectHexResponder.ReplyBufferLength}.");
        return responder.ReplyBuffer.AsSpan(0, responder.PendingReplyLength).ToArray();
    }
}
