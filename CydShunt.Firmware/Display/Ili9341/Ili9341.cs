using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Display.Ili9341
{
    /// <summary>
    /// ILI9341 TFT controller on a 4-wire SPI bus (D/C pin selects command or data), 16-bit RGB565 pixels, opened
    /// as a window and written by the <see cref="IDisplay"/> calls. Commands and their parameters are sent from one
    /// preallocated buffer: drawing allocates nothing.
    /// </summary>
    public sealed class Ili9341 : IDisplay
    {
        /// <summary>Wait after SWRESET before the next command (datasheet: 5 ms, 120 ms when reset out of sleep-out).</summary>
        public const int ResetDelayMilliseconds = 120;

        /// <summary>Wait after SLPOUT before the next command (the datasheet's 120 ms for the supply and clock to settle).</summary>
        public const int SleepOutDelayMilliseconds = 120;

        /// <summary>The panel's long side in pixels.</summary>
        public const int LongSide = 320;

        /// <summary>The panel's short side in pixels.</summary>
        public const int ShortSide = 240;

        private readonly ISpiDevice _spi;
        private readonly IGpioOutput _dataCommand;
        private readonly IPwmOutput _backlight;
        private readonly IDelay _delay;
        private readonly MemoryAccessControl _orientation;
        private readonly byte[] _command = new byte[1];
        private readonly byte[] _parameters = new byte[4];
        private int _backlightPerMille = -1;

        /// <summary>Binds the driver to its pins; nothing is sent until <see cref="Initialise"/>.</summary>
        /// <param name="spi">The display's SPI device (CS inside it).</param>
        /// <param name="dataCommand">The D/C pin: low for a command byte, high for parameters and pixels.</param>
        /// <param name="backlight">The backlight's PWM output.</param>
        /// <param name="delay">Waits between commands.</param>
        /// <param name="orientation">The MADCTL value; <see cref="MemoryAccessControl.RowColumnExchange"/> set means landscape.</param>
        public Ili9341(ISpiDevice spi, IGpioOutput dataCommand, IPwmOutput backlight, IDelay delay, MemoryAccessControl orientation)
        {
            _spi = spi ?? throw new System.ArgumentNullException("spi");
            _dataCommand = dataCommand ?? throw new System.ArgumentNullException("dataCommand");
            _backlight = backlight ?? throw new System.ArgumentNullException("backlight");
            _delay = delay ?? throw new System.ArgumentNullException("delay");
            _orientation = orientation;
            bool landscape = (orientation & MemoryAccessControl.RowColumnExchange) != 0;
            Width = landscape ? LongSide : ShortSide;
            Height = landscape ? ShortSide : LongSide;
        }

        /// <inheritdoc />
        public int Width { get; }

        /// <inheritdoc />
        public int Height { get; }

        /// <summary>The backlight level last set, 0..1000 per mille (-1 before the first call).</summary>
        public int BacklightPerMille
        {
            get { return _backlightPerMille; }
        }

        /// <summary>
        /// Resets the controller and sets it up: 16-bit pixels, the orientation, frame rate and gamma curve 1, display
        /// on. The frame memory holds noise after a reset: the caller draws the whole screen next.
        /// </summary>
        public void Initialise()
        {
            SendCommand(Ili9341Command.SoftwareReset);
            _delay.Sleep(ResetDelayMilliseconds);
            SendCommand(Ili9341Command.SleepOut);
            _delay.Sleep(SleepOutDelayMilliseconds);
            SendCommand(Ili9341Command.PixelFormatSet, 0x55);
            SendCommand(Ili9341Command.MemoryAccessControl, (byte)_orientation);
            SendCommand(Ili9341Command.FrameRateControlNormal, 0x00, 0x1B); // fosc / 1, 27 clocks per line: 70 Hz, the reset value
            SendCommand(Ili9341Command.GammaSet, 0x01);
            SendCommand(Ili9341Command.DisplayInversionOff);
            SendCommand(Ili9341Command.DisplayOn);
        }

        /// <summary>Sets the backlight.</summary>
        /// <param name="perMille">0 (off) to 1000 (full).</param>
        public void SetBacklight(int perMille)
        {
            if (perMille < 0 || perMille > 1000)
            {
                throw new System.ArgumentOutOfRangeException("perMille", "The backlight level is 0..1000 per mille.");
            }

            if (perMille != _backlightPerMille)
            {
                _backlight.SetDutyCycle(perMille);
                _backlightPerMille = perMille;
            }
        }

        /// <summary>Puts the controller to sleep (panel blank, frame memory kept) or wakes it.</summary>
        /// <param name="asleep"><c>true</c> for DISPOFF + SLPIN, <c>false</c> for SLPOUT + DISPON.</param>
        public void SetSleep(bool asleep)
        {
            if (asleep)
            {
                SendCommand(Ili9341Command.DisplayOff);
                SendCommand(Ili9341Command.EnterSleepMode);
            }
            else
            {
                SendCommand(Ili9341Command.SleepOut);
                _delay.Sleep(SleepOutDelayMilliseconds);
                SendCommand(Ili9341Command.DisplayOn);
            }
        }

        /// <inheritdoc />
        public void OpenWindow(int x, int y, int width, int height)
        {
            if (x < 0 || y < 0 || width < 1 || height < 1 || x + width > Width || y + height > Height)
            {
                throw new System.ArgumentOutOfRangeException("width", "The window must lie inside the screen.");
            }

            SendAddressWindow(Ili9341Command.ColumnAddressSet, x, x + width - 1);
            SendAddressWindow(Ili9341Command.PageAddressSet, y, y + height - 1);
            SendCommand(Ili9341Command.MemoryWrite);
        }

        /// <inheritdoc />
        public void WritePixels(byte[] buffer, int offset, int count)
        {
            _spi.Write(buffer, offset, count);
        }

        private void SendCommand(Ili9341Command command)
        {
            _command[0] = (byte)command;
            _dataCommand.Write(false);
            _spi.Write(_command, 0, 1);
            _dataCommand.Write(true);
        }

        private void SendCommand(Ili9341Command command, byte parameter)
        {
            SendCommand(command);
            _parameters[0] = parameter;
            _spi.Write(_parameters, 0, 1);
        }

        private void SendCommand(Ili9341Command command, byte first, byte second)
        {
            SendCommand(command);
            _parameters[0] = first;
            _parameters[1] = second;
            _spi.Write(_parameters, 0, 2);
        }

        // A separate name, not an overload: with int parameters an overload would capture SendCommand(cmd, 0x00, 0x1B).
        private void SendAddressWindow(Ili9341Command command, int start, int end)
        {
            SendCommand(command);
            _parameters[0] = (byte)(start >> 8);
            _parameters[1] = (byte)start;
            _parameters[2] = (byte)(end >> 8);
            _parameters[3] = (byte)end;
            _spi.Write(_parameters, 0, 4);
        }
    }
}
