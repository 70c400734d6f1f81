using System;
using System.Linq;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Serial;
using CydShunt.Firmware.Tests.VeDirect.Support;
using CydShunt.Firmware.VeDirect;
using NUnit.Framework;

namespace CydShunt.Firmware.Tests.VeDirect;

public class VeDirectLinkTests
{
    private InMemorySerialPort _port = null!;
    private ManualClock _clock = null!;
    private VeDirectSettings _settings = null!;
    private VeDirectLink _link = null!;

    [SetUp]
    public void SetUp()
    {
        _port = new InMemorySerialPort();
        _clock = new ManualClock { MillisecondsSinceBoot = 12345 };
        _settings = new VeDirectSettings();
        _link = new VeDirectLink(_port, _clock, _settings, new VeDirectSettingsRegisters(_settings));
    }

    private string[] BlockKinds() => [.. RecordingListener.Parse(_port.Transmitted).Blocks.Select(b => b.Fields.Count == 0 ? "empty" : b.Fields[0].Label)];

    [Test]
    public void SendsOneBlockPerSecondAlternatingMainAndHistory()
    {
        _link.Update(VeDirectMainValues.CreateUnavailable(), VeDirectTextWriterTests.FullHistory());
        for (int t = 0; t <= 5000; t += 50)
        {
            _link.Tick();
            _clock.Advance(50);
        }

        Assert.That(BlockKinds(), Is.EqualTo(new[] { "PID", "H1", "PID", "H1", "PID", "H1" }));
        Assert.That(_port.Writes, Has.Count.EqualTo(6));
        Assert.That(_link.BlocksSent, Is.EqualTo(6));
    }

    [Test]
    public void BlocksKeepTheirRateWithAnUnevenTick()
    {
        var random = new Random(3);
        var starts = new System.Collections.Generic.List<long>();
        while (_clock.MillisecondsSinceBoot < 12345 + 60000)
        {
            int before = _port.Writes.Count;
            _link.Tick();
            if (_port.Writes.Count > before)
            {
                starts.Add(_clock.MillisecondsSinceBoot);
            }

            _clock.Advance(random.Next(1, 120));
        }

        // 60 s give 60 blocks; each starts within one tick (< 120 ms) of its slot, so the rate does not drift.
        Assert.That(starts, Has.Count.EqualTo(60));
        Assert.That(starts.Select((s, i) => s - (12345 + (1000L * i))), Is.All.InRange(0, 119));
    }

    [Test]
    public void AfterAStallTheScheduleRestartsInsteadOfBursting()
    {
        _link.Update(VeDirectMainValues.CreateUnavailable(), VeDirectTextWriterTests.FullHistory());
        _link.Tick();
        _clock.Advance(5500);
        _link.Tick();
        _link.Tick();
        _clock.Advance(999);
        _link.Tick();
        _clock.Advance(1);
        _link.Tick();
        Assert.That(BlockKinds(), Is.EqualTo(new[] { "PID", "H1", "PID" }));
    }

    [Test]
    public void WithoutAnyHistoryTheHistorySlotCarriesAMainBlock()
    {
        for (int t = 0; t < 3000; t += 100)
        {
            _link.Tick();
            _clock.Advance(100);
        }

        Assert.That(BlockKinds(), Is.EqualTo(new[] { "PID", "PID", "PID" }));
    }

    [Test]
    public void TheLatestValuesGoOut()
    {
        VeDirectMainValues main = VeDirectMainValues.CreateUnavailable();
        main.VoltageMillivolts = 13321;
        _link.Update(main, VeDirectHistoryValues.CreateUnavailable());
        _link.Tick();
        Assert.That(RecordingListener.Parse(_port.Transmitted).Blocks.Single()["V"], Is.EqualTo("13321"));
    }

    [Test]
    public void HexRepliesGoOutInTheirOwnWriteAfterTheBlock()
    {
        _port.Receive(":154\n:451\n");
        _link.Tick();
        Assert.That(_port.Writes, Has.Count.EqualTo(2));
        Assert.That(RecordingListener.Parse(_port.Writes[0]).Blocks.Count(), Is.EqualTo(1));
        Assert.That(Ascii.Text(_port.Writes[1]), Is.EqualTo(":500410F\n:189A328\n"));

        _port.Receive(":704010049\n");
        _clock.Advance(300);
        _link.Tick();
        Assert.That(Ascii.Text(_port.Writes[2]), Is.EqualTo(":70401000049\n"));
    }

    [Test]
    public void RepliesNeverInterleaveWithATextBlockOverALongRun()
    {
        string[] requests = [":154\n", ":352\n", ":451\n", ":70A010043\n", ":70C010041\n", ":704010049\n", ":70010003E\n", ":7B8EE00A8\n", ":452\n"];
        var random = new Random(5);
        int sent = 0;
        for (int tick = 0; tick < 6000; tick++)
        {
            if (random.Next(4) == 0)
            {
                // Requests arrive in arbitrary pieces, also in the middle of a frame.
                string request = requests[random.Next(requests.Length)];
                int cut = random.Next(request.Length + 1);
                _port.Receive(request[..cut]);
                _link.Tick();
                _port.Receive(request[cut..]);
                sent++;
            }

            _link.Tick();
            _clock.Advance(random.Next(5, 60));
        }

        foreach (byte[] write in _port.Writes)
        {
            RecordingListener alone = RecordingListener.Parse(write);
            bool oneBlock = alone.Events.Count == 1 && alone.Events[0] is TextBlockEvent && write[0] == '\r';
            bool onlyFrames = write[0] == ':' && write[^1] == '\n' && alone.Events.All(e => e is HexFrameEvent);
            Assert.That(oneBlock || onlyFrames, Is.True, "a write mixes text and HEX: " + Ascii.Text(write));
        }

        RecordingListener stream = RecordingListener.Parse(_port.Transmitted);
        Assert.Multiple(() =>
        {
            Assert.That(stream.Errors, Is.Empty);
            Assert.That(stream.HexFrames.Count(), Is.EqualTo(sent));
            Assert.That(stream.Blocks.Count(), Is.EqualTo(_link.BlocksSent));
            Assert.That(_link.Responder.RepliesDropped, Is.Zero);
        });
    }

    [Test]
    public void DisabledLinkIsSilentAndForgetsRequests()
    {
        _settings.Enabled = false;
        _port.Receive(":154\n");
        for (int i = 0; i < 30; i++)
        {
            _link.Tick();
            _clock.Advance(100);
        }

        Assert.That(_port.Writes, Is.Empty);

        _settings.Enabled = true;
        _link.Tick();
        Assert.That(_port.Writes, Has.Count.EqualTo(1));
        Assert.That(BlockKinds(), Is.EqualTo(new[] { "PID" }));
    }

    [Test]
    public void ArgumentsAreChecked()
    {
        var registers = new VeDirectSettingsRegisters(_settings);
        Assert.Multiple(() =>
        {
            Assert.That(() => new VeDirectLink(null!, _clock, _settings, registers), Throws.TypeOf<ArgumentNullException>());
            Assert.That(() => new VeDirectLink(_port, null!, _settings, registers), Throws.TypeOf<ArgumentNullException>());
            Assert.That(() => new VeDirectLink(_port, _clock, null!, registers), Throws.TypeOf<ArgumentNullException>());
            Assert.That(() => new VeDirectLink(_port, _clock, _settings, null!), Throws.TypeOf<ArgumentNullException>());
        });
    }
}
