using System.Collections.Generic;
using System.Text;
using CydShunt.Firmware.VeDirect;

namespace CydShunt.Fuzz.Harness;

/// <summary>Writes down everything a <see cref="VeDirectParser"/> reports, one line per event, to compare two runs.</summary>
public sealed class RecordingParserListener : IVeDirectParserListener
{
    public List<string> Events { get; } = [];

    public int HexFrames { get; private set; }

    public int Errors { get; private set; }

    public void OnTextBlock(VeDirectTextBlock block)
    {
        var text = new StringBuilder("text");
        for (int i = 0; i < block.FieldCount; i++)
        {
            text.Append(' ').Append(block.GetLabel(i)).Append('=').Append(block.GetValue(i));
        }

        Events.Add(text.ToString());
    }

    public void OnHexFrame(VeDirectHexFrame frame)
    {
        HexFrames++;
        byte[] payload = new byte[frame.PayloadLength];
        frame.CopyPayloadTo(payload, 0);
        Events.Add($"hex {frame.Command:x} {System.Convert.ToHexStringLower(payload)}");
    }

    public void OnError(VeDirectParseError error)
    {
        Errors++;
        Events.Add("error " + error);
    }
}
