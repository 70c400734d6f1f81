namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// Outcome of one I2C transfer. The ESP32 adapter maps nanoFramework's <c>I2cTransferResult</c> onto it:
    /// <c>FullTransfer</c> with every byte moved is <see cref="Ok"/>, <c>SlaveAddressNotAcknowledged</c> is
    /// <see cref="AddressNotAcknowledged"/>, <c>PartialTransfer</c> (or a full transfer that moved fewer bytes than
    /// asked) is <see cref="PartialTransfer"/>, <c>ClockStretchTimeout</c> is <see cref="ClockStretchTimeout"/> and
    /// <c>UnknownError</c> is <see cref="BusError"/>.
    /// </summary>
    public enum I2cStatus
    {
        /// <summary>Every byte was written and read.</summary>
        Ok = 0,

        /// <summary>Nobody acknowledged the 7-bit address: no device there, wrong address, or no power/pull-ups.</summary>
        AddressNotAcknowledged = 1,

        /// <summary>The device acknowledged its address but not every byte moved (a data byte was not acknowledged).</summary>
        PartialTransfer = 2,

        /// <summary>The device held SCL low for longer than the controller waits.</summary>
        ClockStretchTimeout = 3,

        /// <summary>Any other bus failure (arbitration lost, stuck bus, driver error).</summary>
        BusError = 4,
    }
}
