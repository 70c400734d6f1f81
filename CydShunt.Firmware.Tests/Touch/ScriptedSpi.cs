using System;
using System.Collections.Generic;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Tests.Touch;

/// <summary>An SPI device that records what it is sent and answers every transfer with the same scripted bytes.</summary>
internal sealed class ScriptedSpi : ISpiDevice, IGpioInput
{
    public List<byte[]> Sent { get; } = new();

    public byte[] Answer { get; set; } = Array.Empty<byte>();

    public bool PenIrqLevel { get; set; }

    public bool Read() => PenIrqLevel;

    public void Write(byte[] buffer, int offset, int count) => Sent.Add(buffer.AsSpan(offset, count).ToArray());

    public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int count)
    {
        Sent.Add(writeBuffer.AsSpan(writeOffset, count).ToArray());
        for (int i = 0; i < count; i++)
        {
            readBuffer[readOffset + i] = i < Answer.Length ? Answer[i] : (byte)0;
        }
    }

    /// <summary>Places a 12-bit code as the chip sends it in the two bytes after a command: 0 D11..D0 000.</summary>
    public static void PutResult(byte[] frame, int commandIndex, int code)
    {
        int word = code << 3;
        frame[commandIndex + 1] = (byte)(word >> 8);
        frame[commandIndex + 2] = (byte)word;
    }
}
