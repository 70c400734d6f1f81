using System;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// A minimal HEX-protocol responder, enough for a GX device to recognise and keep the device: ping, application
    /// version, product id, get (from an <see cref="IVeDirectRegisterProvider"/>), set (answered with the provider's
    /// verdict), "unknown command" for reserved commands and the 0xAAAA error for malformed frames. Restart and
    /// asynchronous frames get no answer, as the protocol prescribes.
    /// </summary>
    /// <remarks>
    /// Replies are queued in <see cref="ReplyBuffer"/>; the owner writes them to the port between text blocks and then
    /// calls <see cref="ClearReplies"/>. When the queue is full further replies are dropped (the host retries) and
    /// counted in <see cref="RepliesDropped"/>. Nothing is allocated per frame.
    /// </remarks>
    public sealed class VeDirectHexResponder
    {
        /// <summary>Capacity of the reply queue: several get answers with 32-character strings.</summary>
        public const int ReplyBufferLength = 512;

        private readonly VeDirectSettings _settings;
        private readonly IVeDirectRegisterProvider _registers;
        private readonly VeDirectHexFrameReader _reader = new VeDirectHexFrameReader();
        private readonly byte[] _replies = new byte[ReplyBufferLength];
        private readonly byte[] _payload = new byte[VeDirectHexFrame.MaximumPayloadLength];
        private readonly byte[] _value = new byte[VeDirectHexFrame.MaximumPayloadLength];
        private int _replyLength;

        /// <summary>Creates a responder that identifies itself from <paramref name="settings"/> and serves <paramref name="registers"/>.</summary>
        public VeDirectHexResponder(VeDirectSettings settings, IVeDirectRegisterProvider registers)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            if (registers == null)
            {
                throw new ArgumentNullException("registers");
            }

            _settings = settings;
            _registers = registers;
        }

        /// <summary>The queued replies, <see cref="PendingReplyLength"/> bytes from index 0.</summary>
        public byte[] ReplyBuffer
        {
            get { return _replies; }
        }

        /// <summary>Bytes of complete reply frames waiting in <see cref="ReplyBuffer"/>.</summary>
        public int PendingReplyLength
        {
            get { return _replyLength; }
        }

        /// <summary>Well-formed frames received since creation.</summary>
        public int FramesReceived { get; private set; }

        /// <summary>Malformed frames (bad checksum, not hex, truncated, too long) received since creation.</summary>
        public int FramesRejected { get; private set; }

        /// <summary>Replies that did not fit the queue since creation.</summary>
        public int RepliesDropped { get; private set; }

        /// <summary>Empties the reply queue after its bytes have been written.</summary>
        public void ClearReplies()
        {
            _replyLength = 0;
        }

        /// <summary>Feeds received bytes; complete frames are answered into the reply queue. Bytes outside frames are ignored.</summary>
        public void Receive(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || count > data.Length - offset)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            for (int i = offset; i < offset + count; i++)
            {
                byte b = data[i];
                if (b == ':')
                {
                    // A colon always starts a frame; an unfinished one before it was truncated.
                    if (_reader.IsActive)
                    {
                        Reject();
                    }

                    _reader.Start();
                    continue;
                }

                if (!_reader.IsActive)
                {
                    continue;
                }

                VeDirectHexReadStatus status = _reader.Accept(b);
                if (status == VeDirectHexReadStatus.Complete)
                {
                    FramesReceived++;
                    Answer(_reader.Frame);
                }
                else if (status != VeDirectHexReadStatus.InProgress)
                {
                    Reject();
                }
            }
        }

        private void Reject()
        {
            FramesRejected++;
            _payload[0] = VeDirectHexResponse.FrameErrorPayload & 0xFF;
            _payload[1] = VeDirectHexResponse.FrameErrorPayload >> 8;
            Queue(VeDirectHexResponse.Error, 2);
        }

        private void Answer(VeDirectHexFrame frame)
        {
            switch (frame.Command)
            {
                case VeDirectHexCommand.Ping:
                    QueueUInt16(VeDirectHexResponse.Ping, _settings.HexApplicationVersion);
                    break;
                case VeDirectHexCommand.AppVersion:
                    QueueUInt16(VeDirectHexResponse.Done, _settings.HexApplicationVersion);
                    break;
                case VeDirectHexCommand.ProductId:
                    QueueUInt16(VeDirectHexResponse.Done, _settings.ProductId);
                    break;
                case VeDirectHexCommand.EnterBoot:
                    // There is no VE.Direct bootloader: "unable to enter bootloader" is an error with payload 0.
                    QueueUInt16(VeDirectHexResponse.Error, 0);
                    break;
                case VeDirectHexCommand.Restart:
                case VeDirectHexCommand.Async:
                    break;
                case VeDirectHexCommand.Get:
                    AnswerGet(frame);
                    break;
                case VeDirectHexCommand.Set:
                    AnswerSet(frame);
                    break;
                default:
                    // Reserved commands: "unknown", carrying the command (as in Victron's ":253" -> ":3020050").
                    QueueUInt16(VeDirectHexResponse.Unknown, frame.Command);
                    break;
            }
        }

        private void AnswerGet(VeDirectHexFrame frame)
        {
            if (frame.PayloadLength != 3)
            {
                Reject();
                return;
            }

            int id = frame.ReadUInt16(0);
            int length = _registers.ReadRegister(id, _payload, 3);
            QueueRegister(VeDirectHexResponse.Get, id, length < 0 ? VeDirectHexFlags.UnknownId : VeDirectHexFlags.None, length);
        }

        private void AnswerSet(VeDirectHexFrame frame)
        {
            if (frame.PayloadLength < 4)
            {
                Reject();
                return;
            }

            int id = frame.ReadUInt16(0);
            frame.CopyPayloadTo(_value, 0);
            int flags = _registers.WriteRegister(id, _value, 3, frame.PayloadLength - 3);
            // The answer carries the value the register holds now, written or not; an unknown id carries none.
            int length = (flags & VeDirectHexFlags.UnknownId) != 0 ? -1 : _registers.ReadRegister(id, _payload, 3);
            QueueRegister(VeDirectHexResponse.Set, id, flags, length);
        }

        private void QueueRegister(int response, int id, int flags, int valueLength)
        {
            _payload[0] = (byte)id;
            _payload[1] = (byte)(id >> 8);
            _payload[2] = (byte)flags;
            Queue(response, 3 + (valueLength < 0 ? 0 : valueLength));
        }

        private void QueueUInt16(int response, int value)
        {
            _payload[0] = (byte)value;
            _payload[1] = (byte)(value >> 8);
            Queue(response, 2);
        }

        private void Queue(int response, int payloadLength)
        {
            if (_replyLength + VeDirectHexFrameWriter.GetFrameLength(payloadLength) > _replies.Length)
            {
                RepliesDropped++;
                return;
            }

            _replyLength += VeDirectHexFrameWriter.Write(response, _payload, 0, payloadLength, _replies, _replyLength);
        }
    }
}
