using System;
using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Touch.Xpt2046
{
    /// <summary>
    /// Driver for the XPTEK XPT2046 4-wire resistive touch controller (a functional equivalent of TI's TSC2046/ADS7846).
    /// On the CYD (ESP32-2432S028R) it has its own SPI bus: CLK 25, MOSI 32, MISO 39, CS 33, and PENIRQ on GPIO 36.
    /// <para>
    /// Facts used, from the XPT2046 data sheet (XPTEK, 2007) and TI's TSC2046 data sheet (SBAS265): the control byte
    /// (<see cref="Xpt2046ControlByte"/>); "Digital Interface": after the 8 clocks of a control byte the chip outputs one
    /// BUSY clock, then the 12-bit result MSB first, then zeros, so the 16 bits after the command read 0 D11..D0 000
    /// (code = word &gt;&gt; 3); "16 Clocks per Conversion": the next control byte may start 16 clocks after the previous
    /// one, overlapping the last result bits, so one conversion costs 2 bytes; "Pen Interrupt Request Output": PENIRQ is
    /// low while the panel is touched, if the last control byte's PD1..PD0 enabled it (00 does, and powers the chip down
    /// between conversions); "Pressure Measurement": Z1, Z2 and X give the contact resistance (<see cref="TouchPressure"/>).
    /// The panel's drivers switching on make its voltage overshoot and settle (TI TSC2101 data sheet SLAS392,
    /// "Pressure Measurement"), so the first conversion of each axis after a switch is taken and discarded.
    /// </para>
    /// <para>
    /// One sample is one <see cref="ISpiDevice.TransferFullDuplex"/> of <see cref="FrameLength"/> bytes: Z1, Z2, X (settling),
    /// X, Y (settling), Y, all 12-bit differential with PENIRQ enabled. A read takes <see cref="SamplesPerRead"/> samples,
    /// drops those below <see cref="PressureThreshold"/>, and needs a majority left; it then sorts each value, discards the
    /// lowest and highest (outliers), rejects the read if the rest spread more than <see cref="MaximumSpread"/> codes (a
    /// finger sliding or lifting) and returns their mean. All buffers are allocated once: a read allocates nothing.
    /// </para>
    /// </summary>
    public sealed class Xpt2046 : ITouchSensor
    {
        /// <summary>Samples per read unless the constructor says otherwise.</summary>
        public const int DefaultSamplesPerRead = 5;

        /// <summary>The most samples a read may take.</summary>
        public const int MaximumSamplesPerRead = 15;

        /// <summary>
        /// Default <see cref="PressureThreshold"/>: 819, i.e. a contact resistance of at most four times the X-plate
        /// resistance. A starting value, to be tuned on hardware (the pressure a finger gives depends on the panel).
        /// </summary>
        public const int DefaultPressureThreshold = 819;

        /// <summary>Default <see cref="MaximumSpread"/>: 96 codes, about 8 pixels on the CYD's 320×240 screen.</summary>
        public const int DefaultMaximumSpread = 96;

        /// <summary>Bytes exchanged per sample: six overlapped conversions of 2 bytes each, plus the last result's tail.</summary>
        public const int FrameLength = 13;

        // Where each command sits in the frame; its result is the 16 bits in the two bytes after it.
        private const int Z1Command = 0;
        private const int Z2Command = 2;
        private const int XSettlingCommand = 4;
        private const int XCommand = 6;
        private const int YSettlingCommand = 8;
        private const int YCommand = 10;

        private readonly ISpiDevice _spi;
        private readonly IGpioInput _penInterrupt;
        private readonly byte[] _command = new byte[FrameLength];
        private readonly byte[] _response = new byte[FrameLength];
        private readonly byte[] _wakeCommand = new byte[3];
        private readonly byte[] _wakeResponse = new byte[3];
        private readonly int[] _x;
        private readonly int[] _y;
        private readonly int[] _z1;
        private readonly int[] _z2;
        private readonly int[] _pressure;
        private int _pressureThreshold = DefaultPressureThreshold;
        private int _maximumSpread = DefaultMaximumSpread;

        /// <summary>Creates the driver with <see cref="DefaultSamplesPerRead"/> samples per read; nothing is sent yet.</summary>
        /// <param name="spi">The chip's SPI device (mode 0; about 2 MHz keeps within the data sheet's DCLK high/low times).</param>
        /// <param name="penInterrupt">The PENIRQ pin (active low).</param>
        public Xpt2046(ISpiDevice spi, IGpioInput penInterrupt)
            : this(spi, penInterrupt, DefaultSamplesPerRead)
        {
        }

        /// <summary>Creates the driver; nothing is sent yet.</summary>
        /// <param name="spi">The chip's SPI device (mode 0; about 2 MHz keeps within the data sheet's DCLK high/low times).</param>
        /// <param name="penInterrupt">The PENIRQ pin (active low).</param>
        /// <param name="samplesPerRead">Samples per read, 1..<see cref="MaximumSamplesPerRead"/>.</param>
        public Xpt2046(ISpiDevice spi, IGpioInput penInterrupt, int samplesPerRead)
        {
            if (spi == null)
            {
                throw new ArgumentNullException(nameof(spi));
            }

            if (penInterrupt == null)
            {
                throw new ArgumentNullException(nameof(penInterrupt));
            }

            if (samplesPerRead < 1 || samplesPerRead > MaximumSamplesPerRead)
            {
                throw new ArgumentOutOfRangeException(nameof(samplesPerRead));
            }

            _spi = spi;
            _penInterrupt = penInterrupt;
            SamplesPerRead = samplesPerRead;
            _x = new int[samplesPerRead];
            _y = new int[samplesPerRead];
            _z1 = new int[samplesPerRead];
            _z2 = new int[samplesPerRead];
            _pressure = new int[samplesPerRead];

            _command[Z1Command] = Xpt2046ControlByte.MeasureZ1Position;
            _command[Z2Command] = Xpt2046ControlByte.MeasureZ2Position;
            _command[XSettlingCommand] = Xpt2046ControlByte.MeasureXPosition;
            _command[XCommand] = Xpt2046ControlByte.MeasureXPosition;
            _command[YSettlingCommand] = Xpt2046ControlByte.MeasureYPosition;
            _command[YCommand] = Xpt2046ControlByte.MeasureYPosition;
            _wakeCommand[0] = Xpt2046ControlByte.MeasureXPosition;
        }

        /// <summary>Samples taken per read.</summary>
        public int SamplesPerRead { get; }

        /// <summary>The smallest <see cref="TouchPressure"/> a sample needs to count as touched, 1..4095.</summary>
        public int PressureThreshold
        {
            get
            {
                return _pressureThreshold;
            }

            set
            {
                if (value < 1 || value > TouchPressure.Maximum)
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }

                _pressureThreshold = value;
            }
        }

        /// <summary>The largest spread, in codes, of the kept samples of one axis (after dropping the extremes).</summary>
        public int MaximumSpread
        {
            get
            {
                return _maximumSpread;
            }

            set
            {
                if (value < 0 || value > RawTouch.MaximumValue)
                {
                    throw new ArgumentOutOfRangeException(nameof(value));
                }

                _maximumSpread = value;
            }
        }

        /// <summary>Whether PENIRQ is low, i.e. the panel is touched (only meaningful once PENIRQ is enabled).</summary>
        public bool IsPenDown
        {
            get { return !_penInterrupt.Read(); }
        }

        /// <summary>
        /// Sends one conversion with PD1..PD0 = 00, which leaves PENIRQ enabled whatever mode the chip powered up in.
        /// Call once at start-up; every read ends in the same mode.
        /// </summary>
        public void EnablePenInterrupt()
        {
            _spi.TransferFullDuplex(_wakeCommand, 0, _wakeResponse, 0, _wakeCommand.Length);
        }

        /// <inheritdoc/>
        public bool TryRead(RawTouch into)
        {
            if (into == null)
            {
                throw new ArgumentNullException(nameof(into));
            }

            if (_penInterrupt.Read())
            {
                return false; // PENIRQ high: nobody touches the panel, so the bus stays quiet
            }

            int valid = 0;
            for (int s = 0; s < SamplesPerRead; s++)
            {
                _spi.TransferFullDuplex(_command, 0, _response, 0, FrameLength);
                int x = ResultAfter(_response, XCommand);
                int z1 = ResultAfter(_response, Z1Command);
                int z2 = ResultAfter(_response, Z2Command);
                int pressure = TouchPressure.FromPositions(x, z1, z2);
                if (pressure < _pressureThreshold)
                {
                    continue;
                }

                _x[valid] = x;
                _y[valid] = ResultAfter(_response, YCommand);
                _z1[valid] = z1;
                _z2[valid] = z2;
                _pressure[valid] = pressure;
                valid++;
            }

            if (valid <= SamplesPerRead / 2)
            {
                return false; // most samples too light: a feather touch, a press starting or ending
            }

            int trim = valid >= 3 ? 1 : 0;
            Sort(_x, valid);
            Sort(_y, valid);
            if (_x[valid - 1 - trim] - _x[trim] > _maximumSpread || _y[valid - 1 - trim] - _y[trim] > _maximumSpread)
            {
                return false;
            }

            Sort(_z1, valid);
            Sort(_z2, valid);
            Sort(_pressure, valid);
            into.X = MeanOfMiddle(_x, trim, valid);
            into.Y = MeanOfMiddle(_y, trim, valid);
            into.Z1 = MeanOfMiddle(_z1, trim, valid);
            into.Z2 = MeanOfMiddle(_z2, trim, valid);
            into.Pressure = MeanOfMiddle(_pressure, trim, valid);
            return true;
        }

        /// <summary>
        /// Decodes the 12-bit result of the command at <paramref name="commandIndex"/>: the 16 bits in the next two bytes
        /// are the BUSY clock, D11..D0 and three zeros.
        /// </summary>
        /// <param name="response">The bytes clocked in.</param>
        /// <param name="commandIndex">Where the command was in the bytes clocked out.</param>
        /// <returns>0..4095.</returns>
        public static int ResultAfter(byte[] response, int commandIndex)
        {
            int word = (response[commandIndex + 1] << 8) | response[commandIndex + 2];
            return (word >> 3) & RawTouch.MaximumValue;
        }

        private static void Sort(int[] values, int count)
        {
            for (int i = 1; i < count; i++)
            {
                int value = values[i];
                int j = i - 1;
                while (j >= 0 && values[j] > value)
                {
                    values[j + 1] = values[j];
                    j--;
                }

                values[j + 1] = value;
            }
        }

        private static int MeanOfMiddle(int[] sorted, int trim, int count)
        {
            int sum = 0;
            int n = count - (2 * trim);
            for (int i = trim; i < count - trim; i++)
            {
                sum += sorted[i];
            }

            return (sum + (n / 2)) / n;
        }
    }
}
