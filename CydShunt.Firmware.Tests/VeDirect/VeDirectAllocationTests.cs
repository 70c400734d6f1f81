using System;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Serial;
using CydShunt.Firmware.Tests.VeDirect.Support;
using CydShunt.Firmware.VeDirect;
using NUnit.Framework;
using CydShunt.Firmware.Tests.Support;

namespace CydShunt.Firmware.Tests.VeDirect;

/// <summary>
/// The steady-state paths allocate nothing: bytes allocated on this thread are measured around many iterations
/// after a warm-up.
/// </summary>
public class VeDirectAllocationTests
{
    private const int Iterations = 2000;

    private static long Measure(Action action)
    {
        for (int i = 0; i < 50; i++)
        {
            action();
        }

        long before = ThreadAllocations.Begin();
        for (int i = 0; i < Iterations; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Test]
    public void WritingBlocksAllocatesNothing()
    {
        var writer = new VeDirectTextWriter(new VeDirectSettings());
        byte[] buffer = new byte[VeDirectTextWriter.MaximumBlockLength];
        VeDirectMainValues main = new()
        {
            VoltageMillivolts = -12345, AuxiliaryInput = VeDirectAuxiliaryInput.Temperature, TemperatureCelsius = 21, CurrentMilliamps = -4200,
            PowerWatts = -55, ConsumedMilliampHours = -25300, StateOfChargePermille = 873, TimeToGoMinutes = 1234, Synchronised = true,
        };
        VeDirectHistoryValues history = VeDirectTextWriterTests.FullHistory();
        Assert.That(Measure(() => writer.WriteMainBlock(main, buffer, 0)), Is.Zero);
        Assert.That(Measure(() => writer.WriteHistoryBlock(history, buffer, 0)), Is.Zero);
    }

    [Test]
    public void AnsweringHexFramesAllocatesNothing()
    {
        var settings = new VeDirectSettings();
        var responder = new VeDirectHexResponder(settings, new VeDirectSettingsRegisters(settings));
        byte[] requests = Ascii.Bytes(":154\n:451\n:70A010043\n:70C010041\n:70010003E\n:7B8EE00A8\n:452\n:80010002C0110\n");
        Assert.That(Measure(() =>
        {
            responder.Receive(requests, 0, requests.Length);
            responder.ClearReplies();
        }), Is.Zero);
    }

    [Test]
    public void ParsingAllocatesNothing()
    {
        byte[] capture = Captures.Read("smartsolar_1.39.dump");
        var parser = new VeDirectParser(new NullListener());
        Assert.That(Measure(() => parser.Parse(capture, 0, 2048)), Is.Zero);
    }

    [Test]
    public void LinkTicksAllocateNothingOnceRunning()
    {
        var port = new QuietPort();
        var clock = new ManualClock();
        var settings = new VeDirectSettings();
        var link = new VeDirectLink(port, clock, settings, new VeDirectSettingsRegisters(settings));
        link.Update(VeDirectMainValues.CreateUnavailable(), VeDirectTextWriterTests.FullHistory());
        Assert.That(Measure(() =>
        {
            link.Tick();
            clock.Advance(250);
        }), Is.Zero);
        Assert.That(port.BytesWritten, Is.GreaterThan(0));
    }

    private sealed class NullListener : IVeDirectParserListener
    {
        public void OnTextBlock(VeDirectTextBlock block)
        {
        }

        public void OnHexFrame(VeDirectHexFrame frame)
        {
        }

        public void OnError(VeDirectParseError error)
        {
        }
    }

    // InMemorySerialPort keeps copies of what is written; this one only counts, so the measurement sees the link alone.
    private sealed class QuietPort : CydShunt.Firmware.Platform.ISerialPort
    {
        private int _reads;

        public long BytesWritten { get; private set; }

        public int Read(byte[] buffer, int offset, int count)
        {
            // A ping every tenth read keeps the responder busy.
            if (++_reads % 10 != 0)
            {
                return 0;
            }

            buffer[offset] = (byte)':';
            buffer[offset + 1] = (byte)'1';
            buffer[offset + 2] = (byte)'5';
            buffer[offset + 3] = (byte)'4';
            buffer[offset + 4] = (byte)'\n';
            return 5;
        }

        public void Write(byte[] buffer, int offset, int count) => BytesWritten += count;
    }
}
