namespace CydShunt.Firmware.Sensors
{
    /// <summary>Why a shunt sensor operation failed. Every failure leaves the driver's state as it was before the call.</summary>
    public enum SensorError
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>Nothing acknowledged the I2C address: sensor missing, wrong address (A0/A1 strapping) or wiring.</summary>
        NoAcknowledge = 1,

        /// <summary>The sensor acknowledged its address but a transfer stopped part-way (noise, loose wire).</summary>
        TransferIncomplete = 2,

        /// <summary>The sensor held the clock line longer than the controller waits.</summary>
        BusTimeout = 3,

        /// <summary>Another I2C bus failure (arbitration lost, stuck bus, driver error).</summary>
        BusError = 4,

        /// <summary>A device answered but its manufacturer id is not Texas Instruments (0x5449, "TI").</summary>
        WrongManufacturer = 5,

        /// <summary>A TI device answered but it is neither an INA228 nor an INA226 (for example an INA238 or INA219).</summary>
        UnsupportedDevice = 6,

        /// <summary>The driver has no calibration yet (or lost it after a reset): call TryConfigure first.</summary>
        NotConfigured = 7,

        /// <summary>A configuration register did not read back the value just written.</summary>
        ConfigurationNotApplied = 8,

        /// <summary>
        /// The chip lost its configuration since TryConfigure (power dip, brown-out, or a software reset): readings
        /// are uncalibrated and hardware accumulators restarted from zero. Call TryConfigure again.
        /// </summary>
        DeviceReset = 9,

        /// <summary>The chip reports an arithmetic overflow (MATHOF/OVF): current and power may be invalid.</summary>
        MathOverflow = 10,

        /// <summary>The calibration was computed for another chip type than this driver.</summary>
        CalibrationForOtherChip = 11,
    }
}
