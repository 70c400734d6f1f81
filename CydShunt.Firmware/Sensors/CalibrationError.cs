namespace CydShunt.Firmware.Sensors
{
    /// <summary>Why a <see cref="ShuntCalibration"/> or a known-load correction could not be computed.</summary>
    public enum CalibrationError
    {
        /// <summary>No error.</summary>
        None = 0,

        /// <summary>The chip type is <see cref="ShuntSensorType.None"/> or unknown.</summary>
        UnsupportedChip = 1,

        /// <summary>The shunt's rated current is zero or negative.</summary>
        RatedCurrentNotPositive = 2,

        /// <summary>The shunt's rated current is above <see cref="ShuntCalibration.MaxRatedCurrentAmps"/>.</summary>
        RatedCurrentTooHigh = 3,

        /// <summary>The shunt's rated voltage drop is zero or negative.</summary>
        RatedMillivoltsNotPositive = 4,

        /// <summary>
        /// The shunt's rated voltage drop is larger than the chip can measure (INA226: 81.92 mV, INA228: 163.84 mV):
        /// currents near the rating would clip.
        /// </summary>
        ShuntBeyondInputRange = 5,

        /// <summary>The gain correction is outside <see cref="ShuntCalibration.MinCorrectionPpm"/>..<see cref="ShuntCalibration.MaxCorrectionPpm"/>.</summary>
        CorrectionOutOfRange = 6,

        /// <summary>The known reference current is zero.</summary>
        ReferenceCurrentZero = 7,

        /// <summary>The measured current is zero: nothing flows through the shunt, or it is not connected.</summary>
        MeasuredCurrentZero = 8,

        /// <summary>Reference and measured current have opposite signs: wrong direction or "invert current" mis-set.</summary>
        ReferenceSignMismatch = 9,

        /// <summary>The reference load is below <see cref="ShuntCalibration.MinCorrectionLoadPercent"/> % of the rated current: too small for a precise correction.</summary>
        ReferenceLoadTooSmall = 10,
    }
}
