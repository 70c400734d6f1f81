namespace CydShunt.Firmware.Touch.Xpt2046
{
    /// <summary>
    /// The XPT2046 control byte, the only thing the chip is ever sent ("Digital Interface" / "Control Byte" in the
    /// XPT2046 data sheet; TSC2046 SBAS265 table 3 "Order of the Control Bits in the Control Byte"):
    /// <c>S A2 A1 A0 MODE SER/DFR PD1 PD0</c>, most significant bit first. The chip ignores DIN until it sees the start bit.
    /// </summary>
    public static class Xpt2046ControlByte
    {
        /// <summary>S (bit 7): start bit, always 1.</summary>
        public const byte Start = 0x80;

        /// <summary>Position of A2..A0 (bits 6..4), see <see cref="Xpt2046Channel"/>.</summary>
        public const int ChannelShift = 4;

        /// <summary>Mask of A2..A0 after shifting by <see cref="ChannelShift"/>.</summary>
        public const int ChannelMask = 0x7;

        /// <summary>MODE (bit 3): 1 selects an 8-bit conversion, 0 a 12-bit one.</summary>
        public const byte Mode8Bit = 0x08;

        /// <summary>
        /// SER/DFR (bit 2): 1 selects the single-ended reference, 0 the differential (ratiometric) one, which the data sheet
        /// prefers for X-Position, Y-Position and pressure because the panel's own drive voltage is the reference.
        /// </summary>
        public const byte SingleEnded = 0x04;

        /// <summary>Mask of PD1..PD0 (bits 1..0), see <see cref="Xpt2046PowerDownMode"/>.</summary>
        public const int PowerDownMask = 0x03;

        /// <summary>X-Position, 12-bit, differential, power-down between conversions (PENIRQ enabled): 1 101 0 0 00.</summary>
        public const byte MeasureXPosition = 0xD0;

        /// <summary>Y-Position, 12-bit, differential, power-down between conversions (PENIRQ enabled): 1 001 0 0 00.</summary>
        public const byte MeasureYPosition = 0x90;

        /// <summary>Z1-Position, 12-bit, differential, power-down between conversions (PENIRQ enabled): 1 011 0 0 00.</summary>
        public const byte MeasureZ1Position = 0xB0;

        /// <summary>Z2-Position, 12-bit, differential, power-down between conversions (PENIRQ enabled): 1 100 0 0 00.</summary>
        public const byte MeasureZ2Position = 0xC0;

        /// <summary>Composes a control byte.</summary>
        /// <param name="channel">A2..A0.</param>
        /// <param name="eightBit">MODE: an 8-bit instead of a 12-bit conversion.</param>
        /// <param name="singleEnded">SER/DFR: the single-ended instead of the differential reference.</param>
        /// <param name="powerDown">PD1..PD0.</param>
        /// <returns>The control byte, start bit set.</returns>
        public static byte Compose(Xpt2046Channel channel, bool eightBit, bool singleEnded, Xpt2046PowerDownMode powerDown)
        {
            int value = Start | (((int)channel & ChannelMask) << ChannelShift) | ((int)powerDown & PowerDownMask);
            if (eightBit)
            {
                value |= Mode8Bit;
            }

            if (singleEnded)
            {
                value |= SingleEnded;
            }

            return (byte)value;
        }

        /// <summary>The channel a control byte selects.</summary>
        /// <param name="control">The control byte.</param>
        /// <returns>A2..A0.</returns>
        public static Xpt2046Channel ChannelOf(int control)
        {
            return (Xpt2046Channel)((control >> ChannelShift) & ChannelMask);
        }

        /// <summary>The power-down mode a control byte selects.</summary>
        /// <param name="control">The control byte.</param>
        /// <returns>PD1..PD0.</returns>
        public static Xpt2046PowerDownMode PowerDownOf(int control)
        {
            return (Xpt2046PowerDownMode)(control & PowerDownMask);
        }
    }
}
