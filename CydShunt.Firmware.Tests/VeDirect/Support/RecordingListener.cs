using System.Collections.Generic;
using System.Linq;
using CydShunt.Firmware.VeDirect;

namespace CydShunt.Firmware.Tests.VeDirect.Support;

/// <summary>A field as received: label and value text.</summary>
public sealed record ReceivedField(string Label, string Value);

/// <summary>One event of the parser, in stream order.</summary>
public abstract record ParserEvent;

/// <summary>A text block that passed its checksum.</summary>
public sealed record TextBlockEvent(IReadOnlyList<ReceivedField> Fields, int Length, byte ChecksumByte) : ParserEvent
{
    public string? this[string label] => Fields.FirstOrDefault(f => f.Label == label)?.Value;
}

/// <summary>A HEX frame that passed its checksum.</summary>
public sealed record HexFrameEvent(int Command, byte[] Payload) : ParserEvent;

/// <summary>An error.</summary>
public sealed record ErrorEvent(VeDirectParseError Error) : ParserEvent;

/// <summary>Copies everything the parser reports (the parser reuses its objects).</summary>
public sealed class RecordingListener : IVeDirectParserListener
{
    public List<ParserEvent> Events { get; } = [];

    public IEnumerable<TextBlockEvent> Blocks => Events.OfType<TextBlockEvent>();

    public IEnumerable<HexFrameEvent> HexFrames => Events.OfType<HexFrameEvent>();

    public IEnumerable<ErrorEvent> Errors => Events.OfType<ErrorEvent>();

    public void OnTextBlock(VeDirectTextBlock block)
    {
        var fields = new List<ReceivedField>();
        for (int i = 0; i < block.FieldCount; i++)
        {
            fields.Add(new ReceivedField(block.GetLabel(i), block.GetValue(i)));
        }

        Events.Add(new TextBlockEvent(fields, block.Length, block.ChecksumByte));
    }

    public void OnHexFrame(VeDirectHexFrame frame)
    {
        byte[] payload = new byte[frame.PayloadLength];
        frame.CopyPayloadTo(payload, 0);
        Events.Add(new HexFrameEvent(frame.Command, payload));
    }

    public void OnError(VeDirectParseError error) => Events.Add(new ErrorEvent(error));

    /// <summary>Parses <paramref name="bytes"/> with a new parser and returns what it reported.</summary>
    public static RecordingListener Parse(byte[] bytes)
    {
        var listener = new RecordingListener();
        new VeDirectParser(listener).Parse(bytes, 0, bytes.Length);
        return listener;
    }
}
