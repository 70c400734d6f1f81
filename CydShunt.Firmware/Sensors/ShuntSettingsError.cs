namespace CydShunt.Firmware.Sensors
{
    /// <summary>Why <see cref="ShuntSettings"/> are not valid.</summary>
    public enum ShuntSettingsError
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>Rated current is zero or negative.</summary>
        RatedCurrentNotPositive = 1,

        /// <summary>Rated current is above <see cref="ShuntCalibration.MaxRatedCurrentAmps"/>.</summary>
        RatedCurrentTooHigh = 2,

        /// <summary>Rated voltage drop is zero or negative.</summary>
        RatedMillivoltsNotPositive = 3,

        /// <summary>Rated voltage drop is above <see cref="ShuntSettings.MaxRatedMillivolts"/>, more than any supported chip measures.</summary>
        RatedMillivoltsTooHigh = 4,

        /// <summary>Correction is outside <see cref="ShuntCalibration.MinCorrectionPpm"/>..<see cref="ShuntCalibration.MaxCorrectionPpm"/>.</summary>
        CorrectionOutOfRange = 5,

        /// <summary>The I2C address is outside 0x40..0x4F, the addresses A0/A1 strapping gives these chips.</summary>
        AddressOutOfRange = 6,

        /// <summary>A stored payload is shorter than its version's layout.</summary>
        PayloadTooShort = 7,

        /// <summary>A stored payload has a version this firmware does not know.</summary>
        PayloadVersionUnknown = 8,

        /// <summary>The settings are valid in general but not for the detected chip (e.g. a 100 mV shunt on an INA226, whose input ends at 81.92 mV).</summary>
        NotSupportedBySensor = 9,

        /// <summary>|<see cref="ShuntSettings.ZeroOffsetMicroamps"/>| is above <see cref="ShuntSettings.MaxZeroOffsetMicroamps"/> (2 % of the rated current).</summary>
        ZeroOffsetOutOfRange = 10,

        /// <summary>Zeroing was asked for but the sensor has given no reading since it was (re)configured.</summary>
        ZeroingWithoutReading = 11,

        /// <summary>Zeroing was asked for while the sensor reads more than an offset can be: a load is flowing.</summary>
        ZeroingLoadFlowing = 12,
    }
}
