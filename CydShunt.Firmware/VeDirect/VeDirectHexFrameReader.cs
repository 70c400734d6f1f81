namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// Assembles one HEX frame, <c>':' command-nibble (hex byte)* checksum-byte '\n'</c>, byte by byte. The sum of
    /// the command nibble, the payload bytes and the checksum must be 0x55; digits must be upper case. The caller
    /// detects the ':' and calls <see cref="Start"/>; a carriage return before the newline is tolerated.
    /// </summary>
    public sealed class VeDirectHexFrameReader
    {
        private readonly VeDirectHexFrame _frame = new VeDirectHexFrame();
        private bool _haveCommand;
        private int _command;
        private int _highNibble;
        private int _count;
        private int _sum;
        private bool _active;

        /// <summary>The last frame completed by <see cref="Accept"/>; overwritten by the next one.</summary>
        public VeDirectHexFrame Frame
        {
            get { return _frame; }
        }

        /// <summary>Whether a frame has been started and not yet finished.</summary>
        public bool IsActive
        {
            get { return _active; }
        }

        /// <summary>Begins a new frame (the ':' has been seen), dropping any unfinished one.</summary>
        public void Start()
        {
            _active = true;
            _haveCommand = false;
            _highNibble = -1;
            _count = 0;
            _sum = 0;
        }

        /// <summary>Feeds the next byte after the ':'.</summary>
        public VeDirectHexReadStatus Accept(byte value)
        {
            if (!_active)
            {
                return VeDirectHexReadStatus.FramingError;
            }

            if (value == '\n')
            {
                _active = false;
                // At least the command and one checksum byte, and no dangling half byte.
                if (!_haveCommand || _highNibble >= 0 || _count == 0)
                {
                    return VeDirectHexReadStatus.FramingError;
                }

                if (((_command + _sum) & 0xFF) != 0x55)
                {
                    return VeDirectHexReadStatus.ChecksumError;
                }

                _frame.Command = _command;
                _frame.PayloadLength = _count - 1;
                return VeDirectHexReadStatus.Complete;
            }

            if (value == '\r')
            {
                return VeDirectHexReadStatus.InProgress;
            }

            int digit = VeDirectAscii.HexDigitValue(value);
            if (digit < 0)
            {
                _active = false;
                return VeDirectHexReadStatus.FramingError;
            }

            if (!_haveCommand)
            {
                _command = digit;
                _haveCommand = true;
                return VeDirectHexReadStatus.InProgress;
            }

            if (_highNibble < 0)
            {
                _highNibble = digit;
                return VeDirectHexReadStatus.InProgress;
            }

            // The payload buffer holds the checksum byte too until the newline says which byte was last.
            if (_count > VeDirectHexFrame.MaximumPayloadLength)
            {
                _active = false;
                return VeDirectHexReadStatus.FramingError;
            }

            int b = (_highNibble << 4) | digit;
            _highNibble = -1;
            if (_count < VeDirectHexFrame.MaximumPayloadLength)
            {
                _frame.PayloadBuffer[_count] = (byte)b;
            }

            _count++;
            _sum += b;
            return VeDirectHexReadStatus.InProgress;
        }
    }
}
