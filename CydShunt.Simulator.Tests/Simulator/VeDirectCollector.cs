using System.Collections.Generic;
using CydShunt.Firmware.VeDirect;

namespace CydShunt.Simulator.Tests.Simulator;

/// <summary>Collects what the firmware's VeDirectParser finds in bytes a reader received.</summary>
internal sealed class VeDirectCollector : IVeDirectParserListener
{
    public VeDirectCollector() => Parser = new VeDirectParser(this);

    public VeDirectParser Parser { get; }

    public List<Dictionary<string, string>> Blocks { get; } = [];

    public List<int> HexReplies { get; } = [];

    public int Errors { get; private set; }

    public void OnTextBlock(VeDirectTextBlock block)
    {
        var fields = new Dictionary<string, string>();
        for (int i = 0; i < block.FieldCount; i++)
        {
            fields[block.GetLabel(i)] = block.GetValue(i);
        }

        Blocks.Add(fields);
    }

    public void OnHexFrame(VeDirectHexFrame frame) => HexReplies.Add(frame.Command);

    public void OnError(VeDirectParseError error) => Errors++;
}
