using System;
using System.Collections.Generic;
using System.Text;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.VeDirect;

namespace CydShunt.Simulator;

/// <summary>
/// The firmware's VE.Direct UART on the PC: every byte it transmits is parsed with the firmware's own
/// <see cref="VeDirectParser"/> (as a GX device would read it, checksum included) for the dashboard and the JSON
/// lines, and passed on to the optional <see cref="IVeDirectSink"/>; bytes the sink receives are the firmware's input.
/// </summary>
internal sealed class VeDirectTap : ISerialPort, IVeDirectParserListener
{
    private readonly VeDirectParser _parser;
    private readonly IVeDirectSink? _sink;
    private bool _lastBlockWasHistory;

    /// <summary>A tap forwarding to <paramref name="sink"/> (or to nobody).</summary>
    public VeDirectTap(IVeDirectSink? sink)
    {
        _sink = sink;
        _parser = new VeDirectParser(this);
    }

    /// <summary>Fields of the last main block (V, I, P, CE, SOC, TTG, Alarm, AR, BMV, FW, PID...), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> MainBlock { get; private set; } = [];

    /// <summary>Fields of the last history block (H1..H18), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> HistoryBlock { get; private set; } = [];

    /// <summary>The bytes of the last main block as transmitted, checksum byte included.</summary>
    public byte[] MainBlockBytes { get; private set; } = [];

    /// <summary>The bytes of the last history block as transmitted.</summary>
    public byte[] HistoryBlockBytes { get; private set; } = [];

    /// <summary>Text blocks whose checksum was right.</summary>
    public int TextBlocks => _parser.TextBlocks;

    /// <summary>HEX frames seen on the output (replies to commands).</summary>
    public int HexFrames => _parser.HexFrames;

    /// <summary>Parse errors (bad checksum, malformed line): always 0 for a correct firmware.</summary>
    public int Errors => _parser.Errors;

    /// <summary>Bytes the firmware transmitted.</summary>
    public long BytesTransmitted { get; private set; }

    /// <summary>Bytes the firmware read (commands from a reader).</summary>
    public long BytesReceived { get; private set; }

    /// <summary>Simulated time of the last text block, ms since boot.</summary>
    public long LastBlockAt { get; private set; } = -1;

    /// <summary>The clock used to stamp blocks; set by the rig.</summary>
    public IClock? Clock { get; set; }

    /// <inheritdoc/>
    public int Read(byte[] buffer, int offset, int count)
    {
        int n = _sink?.Receive(buffer, offset, count) ?? 0;
        BytesReceived += n;
        return n;
    }

    /// <inheritdoc/>
    public void Write(byte[] buffer, int offset, int count)
    {
        BytesTransmitted += count;
        int blocksBefore = _parser.TextBlocks;
        _parser.Parse(buffer, offset, count);
        if (_parser.TextBlocks != blocksBefore && count <= 1024)
        {
            // The firmware writes each text block in one call (VeDirectLink), so this write is the block's bytes.
            byte[] raw = buffer.AsSpan(offset, count).ToArray();
            if (_lastBlockWasHistory)
            {
                HistoryBlockBytes = raw;
            }
            else
            {
                MainBlockBytes = raw;
            }
        }

        _sink?.Send(buffer, offset, count);
    }

    /// <summary>The last main block as VE.Direct text (label TAB value per line, checksum omitted).</summary>
    public string MainBlockText => Text(MainBlock);

    /// <summary>The last history block as text.</summary>
    public string HistoryBlockText => Text(HistoryBlock);

    void IVeDirectParserListener.OnTextBlock(VeDirectTextBlock block)
    {
        var fields = new List<KeyValuePair<string, string>>(block.FieldCount);
        bool history = false;
        for (int i = 0; i < block.FieldCount; i++)
        {
            string label = block.GetLabel(i);
            history |= label == "H1";
            fields.Add(new KeyValuePair<string, string>(label, block.GetValue(i)));
        }

        _lastBlockWasHistory = history;
        if (history)
        {
            HistoryBlock = fields;
        }
        else
        {
            MainBlock = fields;
        }

        LastBlockAt = Clock?.MillisecondsSinceBoot ?? -1;
    }

    void IVeDirectParserListener.OnHexFrame(VeDirectHexFrame frame)
    {
    }

    void IVeDirectParserListener.OnError(VeDirectParseError error)
    {
    }

    private static string Text(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var text = new StringBuilder();
        foreach (KeyValuePair<string, string> f in fields)
        {
            text.Append(f.Key).Append('\t').Append(f.Value).Append('\n');
        }

        return text.ToString();
    }
}
