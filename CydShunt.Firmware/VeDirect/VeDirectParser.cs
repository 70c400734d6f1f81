using System;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// A streaming VE.Direct parser for both framings on one line: text blocks (<c>CR LF label TAB value</c> fields
    /// closed by <c>Checksum</c> and a byte making the block sum 0 modulo 256) and HEX frames (<c>':' … '\n'</c>, sum
    /// 0x55). HEX frames may interrupt a text block, as Victron's asynchronous messages do: their bytes are not part of
    /// the block's sum and the block continues after the frame's newline.
    /// </summary>
    /// <remarks>
    /// Bytes may arrive in any chunking. After any error the parser waits for the next CR to start a block, so it
    /// recovers after garbage; a block that started in the middle fails its checksum and is reported, never passed on.
    /// A ':' starts a HEX frame anywhere except as a checksum byte. Limits follow Victron's implementation guidelines:
    /// labels of at most 8 and values of at most 32 characters, at most 22 fields a block. Nothing is allocated per byte
    /// or per block.
    /// </remarks>
    public sealed class VeDirectParser
    {
        private const int WaitForBlockStart = 0;
        private const int BetweenBlocks = 1;
        private const int ExpectLineFeed = 2;
        private const int InLabel = 3;
        private const int InValue = 4;
        private const int InChecksum = 5;
        private const int InHex = 6;

        private const string ChecksumLabel = "Checksum";

        private readonly IVeDirectParserListener _listener;
        private readonly VeDirectTextBlock _block = new VeDirectTextBlock();
        private readonly VeDirectHexFrameReader _hex = new VeDirectHexFrameReader();

        // Holds the label of a 23rd field, which is only legal if it turns out to be "Checksum".
        private readonly byte[] _scratchLabel = new byte[VeDirectTextBlock.MaximumLabelLength];
        private int _state = WaitForBlockStart;
        private int _stateBeforeHex;
        private int _sum;
        private int _blockLength;
        private int _field;
        private int _labelLength;
        private int _valueLength;

        /// <summary>Creates a parser reporting to <paramref name="listener"/>.</summary>
        public VeDirectParser(IVeDirectParserListener listener)
        {
            if (listener == null)
            {
                throw new ArgumentNullException("listener");
            }

            _listener = listener;
        }

        /// <summary>Text blocks passed on since creation.</summary>
        public int TextBlocks { get; private set; }

        /// <summary>HEX frames passed on since creation.</summary>
        public int HexFrames { get; private set; }

        /// <summary>Errors reported since creation.</summary>
        public int Errors { get; private set; }

        /// <summary>Forgets any partial block or frame; the next CR starts a block.</summary>
        public void Reset()
        {
            _state = WaitForBlockStart;
        }

        /// <summary>Parses <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public void Parse(byte[] data, int offset, int count)
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
                Accept(data[i]);
            }
        }

        private void Accept(byte b)
        {
            if (b == ':' && _state != InChecksum)
            {
                if (_state == InHex)
                {
                    // A new frame before the newline: the previous one was cut short.
                    Fail(VeDirectParseError.HexFramingError, _stateBeforeHex);
                }
                else
                {
                    _stateBeforeHex = _state;
                }

                _state = InHex;
                _hex.Start();
                return;
            }

            switch (_state)
            {
                case InHex:
                    AcceptHex(b);
                    return;
                case WaitForBlockStart:
                    if (b == '\r')
                    {
                        StartBlock();
                    }

                    return;
                case BetweenBlocks:
                    if (b == '\r')
                    {
                        StartBlock();
                    }
                    else
                    {
                        FailText(VeDirectParseError.TextFramingError, b);
                    }

                    return;
            }

            _sum += b;
            _blockLength++;
            switch (_state)
            {
                case ExpectLineFeed:
                    if (b == '\n')
                    {
                        _state = InLabel;
                        _labelLength = 0;
                    }
                    else
                    {
                        FailText(VeDirectParseError.TextFramingError, b);
                    }

                    break;
                case InLabel:
                    AcceptLabel(b);
                    break;
                case InValue:
                    AcceptValue(b);
                    break;
                case InChecksum:
                    FinishBlock(b);
                    break;
            }
        }

        private void AcceptLabel(byte b)
        {
            if (b == '\t')
            {
                if (_labelLength == 0)
                {
                    FailText(VeDirectParseError.TextFramingError, b);
                }
                else if (IsChecksumLabel())
                {
                    _state = InChecksum;
                }
                else if (_field == VeDirectTextWriter.MaximumFieldsPerBlock)
                {
                    FailText(VeDirectParseError.TooManyFields, b);
                }
                else
                {
                    _state = InValue;
                    _valueLength = 0;
                }

                return;
            }

            if (b < 0x21 || b > 0x7E)
            {
                FailText(VeDirectParseError.TextFramingError, b);
                return;
            }

            if (_labelLength == VeDirectTextBlock.MaximumLabelLength)
            {
                FailText(VeDirectParseError.FieldTooLong, b);
                return;
            }

            // The label is collected in the next free field slot; it only becomes a field when its value ends.
            byte[] label = _field < VeDirectTextWriter.MaximumFieldsPerBlock ? _block.LabelBuffer(_field) : _scratchLabel;
            label[_labelLength++] = b;
        }

        private bool IsChecksumLabel()
        {
            if (_labelLength != ChecksumLabel.Length)
            {
                return false;
            }

            byte[] label = _field < VeDirectTextWriter.MaximumFieldsPerBlock ? _block.LabelBuffer(_field) : _scratchLabel;
            for (int i = 0; i < _labelLength; i++)
            {
                if (label[i] != ChecksumLabel[i])
                {
                    return false;
                }
            }

            return true;
        }

        private void AcceptValue(byte b)
        {
            if (b == '\r')
            {
                _block.SetField(_field, _labelLength, _valueLength);
                _field++;
                _state = ExpectLineFeed;
                return;
            }

            if (b < 0x20 || b > 0x7E)
            {
                FailText(VeDirectParseError.TextFramingError, b);
                return;
            }

            if (_valueLength == VeDirectTextBlock.MaximumValueLength)
            {
                FailText(VeDirectParseError.FieldTooLong, b);
                return;
            }

            _block.ValueBuffer(_field)[_valueLength++] = b;
        }

        private void FinishBlock(byte checksum)
        {
            _state = BetweenBlocks;
            if ((_sum & 0xFF) != 0)
            {
                Errors++;
                _listener.OnError(VeDirectParseError.TextChecksumMismatch);
                return;
            }

            _block.Length = _blockLength;
            _block.ChecksumByte = checksum;
            TextBlocks++;
            _listener.OnTextBlock(_block);
        }

        private void AcceptHex(byte b)
        {
            VeDirectHexReadStatus status = _hex.Accept(b);
            switch (status)
            {
                case VeDirectHexReadStatus.Complete:
                    _state = _stateBeforeHex;
                    HexFrames++;
                    _listener.OnHexFrame(_hex.Frame);
                    break;
                case VeDirectHexReadStatus.ChecksumError:
                    Fail(VeDirectParseError.HexChecksumMismatch, _stateBeforeHex);
                    break;
                case VeDirectHexReadStatus.FramingError:
                    Fail(VeDirectParseError.HexFramingError, _stateBeforeHex);
                    break;
            }
        }

        private void StartBlock()
        {
            _block.Clear();
            _sum = '\r';
            _blockLength = 1;
            _field = 0;
            _state = ExpectLineFeed;
        }

        // A text error drops the block; a CR that caused it may already start the next one.
        private void FailText(VeDirectParseError error, byte b)
        {
            Fail(error, WaitForBlockStart);
            if (b == '\r')
            {
                StartBlock();
            }
        }

        private void Fail(VeDirectParseError error, int nextState)
        {
            _state = nextState;
            Errors++;
            _listener.OnError(error);
        }
    }
}
