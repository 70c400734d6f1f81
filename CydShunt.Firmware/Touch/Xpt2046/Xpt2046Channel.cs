namespace CydShunt.Firmware.Touch.Xpt2046
{
    /// <summary>
    /// The control byte's channel select bits A2..A0 (bits 6..4). Names follow the XPT2046 data sheet's "Control Byte"
    /// and input-configuration tables (the chip is a functional equivalent of TI's TSC2046/ADS7846, whose data sheet,
    /// SBAS265, tables 1 and 2, gives the same codes): a position is measured on one plate while the other plate's
    /// drivers are on, so X-Position reads the Y+ input with the X drivers on, and Y-Position reads X+ with the Y drivers on.
    /// </summary>
    public enum Xpt2046Channel : byte
    {
        /// <summary>A2..A0 = 000: temperature, first reading (TEMP0); single-ended only.</summary>
        Temperature0 = 0x0,

        /// <summary>A2..A0 = 001: Y-Position (ADC input X+, Y drivers on).</summary>
        YPosition = 0x1,

        /// <summary>A2..A0 = 010: battery voltage (VBAT); single-ended only.</summary>
        BatteryVoltage = 0x2,

        /// <summary>A2..A0 = 011: Z1-Position, first cross-panel pressure measurement (ADC input X+, Y+ and X− drivers on).</summary>
        Z1Position = 0x3,

        /// <summary>A2..A0 = 100: Z2-Position, second cross-panel pressure measurement (ADC input Y−, Y+ and X− drivers on).</summary>
        Z2Position = 0x4,

        /// <summary>A2..A0 = 101: X-Position (ADC input Y+, X drivers on).</summary>
        XPosition = 0x5,

        /// <summary>A2..A0 = 110: auxiliary input (AUX); single-ended only.</summary>
        Auxiliary = 0x6,

        /// <summary>A2..A0 = 111: temperature, second reading (TEMP1); single-ended only.</summary>
        Temperature1 = 0x7,
    }
}
