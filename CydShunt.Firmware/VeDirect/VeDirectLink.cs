using System;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// The VE.Direct port of the firmware: sends a text block every second (main and history alternating; main only
    /// while no history statistic is available) and answers HEX frames from a GX device. Call <see cref="Update"/>
    /// whenever the monitor has new values and <see cref="Tick"/> often (every 50–100 ms keeps HEX answers prompt).
    /// </summary>
    /// <remarks>
    /// A text block is handed to the port in one write and HEX replies only in separate writes after it, so a reply
    /// can never land inside a block on the wire. The port's transmit buffer should hold a whole block
    /// (<see cref="VeDirectTextWriter.MaximumBlockLength"/> bytes) so the write does not stall the loop; at 19200 baud a
    /// block takes about 0.2 s to go out. Steady-state ticks allocate nothing.
    /// </remarks>
    public sealed class VeDirectLink
    {
        private const int ReceiveChunkLength = 64;

        // Enough for several frames a tick; the rest waits in the driver for the next tick.
        private const int MaximumReceiveChunksPerTick = 8;

        private readonly ISerialPort _port;
        private readonly IClock _clock;
        private readonly VeDirectSettings _settings;
        private readonly VeDirectTextWriter _writer;
        private readonly VeDirectHexResponder _responder;
        private readonly VeDirectBlockScheduler _scheduler = new VeDirectBlockScheduler();
        private readonly byte[] _block = new byte[VeDirectTextWriter.MaximumBlockLength];
        private readonly byte[] _received = new byte[ReceiveChunkLength];
        private readonly VeDirectMainValues _main = VeDirectMainValues.CreateUnavailable();
        private readonly VeDirectHistoryValues _history = VeDirectHistoryValues.CreateUnavailable();

        /// <summary>Creates the link; nothing is sent before the first <see cref="Tick"/>.</summary>
        public VeDirectLink(ISerialPort port, IClock clock, VeDirectSettings settings, IVeDirectRegisterProvider registers)
        {
            if (port == null)
            {
                throw new ArgumentNullException("port");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _port = port;
            _clock = clock;
            _settings = settings;
            _writer = new VeDirectTextWriter(settings);
            _responder = new VeDirectHexResponder(settings, registers);
        }

        /// <summary>The HEX responder, for its counters.</summary>
        public VeDirectHexResponder Responder
        {
            get { return _responder; }
        }

        /// <summary>Text blocks sent since creation.</summary>
        public int BlocksSent { get; private set; }

        /// <summary>Copies the values the next blocks report (the caller may reuse its instances).</summary>
        public void Update(VeDirectMainValues main, VeDirectHistoryValues history)
        {
            _main.CopyFrom(main);
            _history.CopyFrom(history);
        }

        /// <summary>Reads what arrived, sends a text block when one is due, then sends the HEX replies.</summary>
        public void Tick()
        {
            if (!_settings.Enabled)
            {
                // Drain the receiver so stale requests are not answered when the port is enabled again.
                while (_port.Read(_received, 0, _received.Length) > 0)
                {
                }

                _responder.ClearReplies();
                _scheduler.Reset();
                return;
            }

            for (int i = 0; i < MaximumReceiveChunksPerTick; i++)
            {
                int count = _port.Read(_received, 0, _received.Length);
                if (count <= 0)
                {
                    break;
                }

                _responder.Receive(_received, 0, count);
            }

            VeDirectBlockKind due = _scheduler.Poll(_clock.MillisecondsSinceBoot);
            if (due != VeDirectBlockKind.None)
            {
                int length = due == VeDirectBlockKind.History ? _writer.WriteHistoryBlock(_history, _block, 0) : 0;
                if (due == VeDirectBlockKind.Main || _writer.LastBlockFieldCount == 0)
                {
                    // A monitor without any history statistics gets no empty blocks: its history slot repeats the main block.
                    length = _writer.WriteMainBlock(_main, _block, 0);
                }

                _port.Write(_block, 0, length);
                BlocksSent++;
            }

            // Between blocks: the block above (if any) is already queued whole ahead of these bytes.
            if (_responder.PendingReplyLength > 0)
            {
                _port.Write(_responder.ReplyBuffer, 0, _responder.PendingReplyLength);
                _responder.ClearReplies();
            }
        }
    }
}
