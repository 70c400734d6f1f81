namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// User settings of the shunt sensor. Defaults describe a 500 A / 50 mV shunt (like a Victron SmartShunt 500A)
    /// on an INA228/INA226 with A0 = A1 = GND (address 0x40). Whether the rating fits the detected chip is checked
    /// by <see cref="ShuntCalibration.TryCreate(ShuntSensorType, ShuntSettings, out ShuntCalibration, out CalibrationError)"/>
    /// (an INA226 measures at most 81.92 mV).
    /// </summary>
    public sealed partial class ShuntSettings
    {
        /// <summary>Default rated current (A).</summary>
        public const int DefaultRatedCurrentAmps = 500;

        /// <summary>Default rated drop (mV).</summary>
        public const int DefaultRatedMillivolts = 50;

        /// <summary>Default 7-bit I2C address (A0 = A1 = GND).</summary>
        public const int DefaultI2cAddress = 0x40;

        /// <summary>Lowest address the chips can be strapped to.</summary>
        public const int MinI2cAddress = 0x40;

        /// <summary>Highest address the chips can be strapped to.</summary>
        public const int MaxI2cAddress = 0x4F;

        /// <summary>Largest rated drop any supported chip measures (INA228 with ADCRANGE=0: 163.84 mV).</summary>
        public const int MaxRatedMillivolts = 163;

        /// <summary>Largest zero offset as a percentage of the rated current; a bigger "offset" is a load, not an offset.</summary>
        public const int MaxZeroOffsetPercent = 2;

        /// <summary>Shunt rated current in A.</summary>
        public int RatedCurrentAmps { get; set; } = DefaultRatedCurrentAmps;

        /// <summary>Shunt voltage drop at rated current in mV.</summary>
        public int RatedMillivolts { get; set; } = DefaultRatedMillivolts;

        /// <summary>Known-load gain correction in ppm (1 000 000 = none); see <see cref="ShuntCalibration.TryComputeCorrection"/>.</summary>
        public int CorrectionPpm { get; set; } = ShuntCalibration.UnityCorrectionPpm;

        /// <summary>7-bit I2C address of the sensor (0x40..0x4F).</summary>
        public int I2cAddress { get; set; } = DefaultI2cAddress;

        /// <summary>
        /// Flip the current sign. Positive must mean charging; set this when the shunt's IN+/IN− (or the whole shunt)
        /// is wired the other way round and a charger reads negative.
        /// </summary>
        public bool InvertCurrent { get; set; }

        /// <summary>
        /// Zero-current offset in µA: what the sensor reads with no load flowing (chip offset, thermal EMF of the shunt
        /// joints), subtracted from every reading. Kept in the shunt's own direction, before <see cref="InvertCurrent"/>,
        /// so flipping the direction keeps it right. At most <see cref="MaxZeroOffsetPercent"/> % of the rated current.
        /// </summary>
        public int ZeroOffsetMicroamps { get; set; }

        /// <summary>The largest allowed |<see cref="ZeroOffsetMicroamps"/>| for the rated current, in µA (0 for an invalid rating).</summary>
        public int MaxZeroOffsetMicroamps
        {
            get
            {
                if (RatedCurrentAmps <= 0 || RatedCurrentAmps > ShuntCalibration.MaxRatedCurrentAmps)
                {
                    return 0;
                }

                // 1 A = 10^6 µA; 2 % of it is 20 000 µA per rated ampere (2000 A gives 40 000 000 µA: fits an int).
                return RatedCurrentAmps * (1000000 / 100 * MaxZeroOffsetPercent);
            }
        }

        /// <summary>The offset as it is subtracted from the (possibly inverted) reading, in µA.</summary>
        public int ReadingZeroOffsetMicroamps
        {
            get { return InvertCurrent ? -ZeroOffsetMicroamps : ZeroOffsetMicroamps; }
        }

        /// <summary>An independent copy.</summary>
        /// <returns>The copy.</returns>
        public ShuntSettings Clone()
        {
            ShuntSettings copy = new ShuntSettings();
            copy.RatedCurrentAmps = RatedCurrentAmps;
            copy.RatedMillivolts = RatedMillivolts;
            copy.CorrectionPpm = CorrectionPpm;
            copy.I2cAddress = I2cAddress;
            copy.InvertCurrent = InvertCurrent;
            copy.ZeroOffsetMicroamps = ZeroOffsetMicroamps;
            return copy;
        }

        /// <summary>Checks every field.</summary>
        /// <param name="error">The first problem found.</param>
        /// <returns>Whether the settings are valid.</returns>
        public bool TryValidate(out ShuntSettingsError error)
        {
            if (RatedCurrentAmps <= 0)
            {
                error = ShuntSettingsError.RatedCurrentNotPositive;
            }
            else if (RatedCurrentAmps > ShuntCalibration.MaxRatedCurrentAmps)
            {
                error = ShuntSettingsError.RatedCurrentTooHigh;
            }
            else if (RatedMillivolts <= 0)
            {
                error = ShuntSettingsError.RatedMillivoltsNotPositive;
            }
            else if (RatedMillivolts > MaxRatedMillivolts)
            {
                error = ShuntSettingsError.RatedMillivoltsTooHigh;
            }
            else if (CorrectionPpm < ShuntCalibration.MinCorrectionPpm || CorrectionPpm > ShuntCalibration.MaxCorrectionPpm)
            {
                error = ShuntSettingsError.CorrectionOutOfRange;
            }
            else if (I2cAddress < MinI2cAddress || I2cAddress > MaxI2cAddress)
            {
                error = ShuntSettingsError.AddressOutOfRange;
            }
            else if (ZeroOffsetMicroamps < -MaxZeroOffsetMicroamps || ZeroOffsetMicroamps > MaxZeroOffsetMicroamps)
            {
                error = ShuntSettingsError.ZeroOffsetOutOfRange;
            }
            else
            {
                error = ShuntSettingsError.None;
            }

            return error == ShuntSettingsError.None;
        }
    }
}
