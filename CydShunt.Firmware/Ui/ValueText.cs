using CydShunt.Firmware.Monitor;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Ui
{
    /// <summary>
    /// How the screen writes each quantity: resolution and range as a battery-monitor user reads them, and
    /// "---" for a value that is not available (never 0). Formats into a <see cref="TextBuffer"/>, without allocating.
    /// </summary>
    public static class ValueText
    {
        /// <summary>What a value that is not available reads as.</summary>
        public const string Missing = "---";

        /// <summary>Volts with two decimals: 13.27.</summary>
        /// <param name="text">Cleared, then written.</param>
        /// <param name="millivolts">mV or <see cref="Measurement.NotAvailable"/>.</param>
        public static void Volts(TextBuffer text, int millivolts)
        {
            text.Clear();
            if (millivolts == Measurement.NotAvailable)
            {
                text.Append(Missing);
                return;
            }

            text.AppendScaled(millivolts, 3, 2);
        }

        /// <summary>Amperes with two decimals below 100 A, one below 1000 A, none above: -12.34, -123.4, -1234.</summary>
        /// <param name="text">Cleared, then written.</param>
        /// <param name="milliamps">mA, + = charging, or not available.</param>
        public static void Amperes(TextBuffer text, int milliamps)
        {
            text.Clear();
            if (milliamps == Measurement.NotAvailable)
            {
                text.Append(Missing);
                return;
            }

            long magnitude = milliamps < 0 ? -(long)milliamps : milliamps;
            int decimals = magnitude < 99995 ? 2 : magnitude < 999950 ? 1 : 0;
            text.AppendScaled(milliamps, 3, decimals);
        }

        /// <summary>Whole watts: -1234.</summary>
        /// <param name="text">Cleared, then written.</param>
        /// <param name="milliwatts">mW, + = charging, or not available.</param>
        public static void Watts(TextBuffer text, int milliwatts)
        {
            text.Clear();
            if (milliwatts == Measurement.NotAvailable)
            {
                text.Append(Missing);
                return;
            }

            text.AppendScaled(milliwatts, 3, 0);
        }

        /// <summary>Ampere-hours with one decimal below 1000 Ah, none above: -123.4, -65535.</summary>
        /// <param name="text">Cleared, then written.</param>
        /// <param name="milliampHours">mAh or not available.</param>
        public static void AmpHours(TextBuffer text, int milliampHours)
        {
            text.Clear();
            if (milliampHours == Measurement.NotAvailable)
            {
                text.Append(Missing);
                return;
            }

            text.AppendScaled(milliampHours, 3, milliampHours > -999950 && milliampHours < 999950 ? 1 : 0);
        }

        /// <summary>State of charge in percent with one decimal: 87.3 (rounded down, as the monitor keeps it).</summary>
        /// <param name="text">Cleared, then written.</param>
        /// <param name="centipercent">0..10000 or not available.</param>
        public static void Percent(TextBuffer text, int centipercent)
        {
            text.Clear();
            if (centipercent == Measurement.NotAvailable)
            {
                text.Append(Missing);
                return;
            }

            // Rounded down like the SOC itself: 99.99 % must not read as a full 100.0 %.
            text.AppendFixed(centipercent / 10, 1, 1);
        }

        /// <summary>Hours and minutes: 12:34; 240:00 at most (longer reads as "&gt;240h" is the client's choice, the screen clamps).</summary>
        /// <param name="text">Cleared, then written.</param>
        /// <param name="minutes">Minutes or not available.</param>
        public static void HoursMinutes(TextBuffer text, int minutes)
        {
            text.Clear();
            if (minutes == Measurement.NotAvailable || minutes < 0)
            {
                text.Append(Missing);
                return;
            }

            if (minutes > 999 * 60)
            {
                minutes = 999 * 60;
            }

            text.Append(minutes / 60).Append(':').AppendPadded(minutes % 60, 2);
        }

        /// <summary>Kilowatt-hours from watt-hours: 2 decimals below 10 kWh, 1 below 1000 kWh, none above: 1.23, 145.2, 100000.</summary>
        /// <param name="text">Cleared, then written.</param>
        /// <param name="wattHours">Wh or not available.</param>
        public static void KilowattHours(TextBuffer text, int wattHours)
        {
            text.Clear();
            if (wattHours == Measurement.NotAvailable)
            {
                text.Append(Missing);
                return;
            }

            int magnitude = wattHours < 0 ? -wattHours : wattHours;
            text.AppendScaled(wattHours, 3, magnitude < 9995 ? 2 : magnitude < 999950 ? 1 : 0);
        }

        /// <summary>Degrees Celsius with one decimal: 23.5.</summary>
        /// <param name="text">Cleared, then written.</param>
        /// <param name="centidegrees">0.01 °C or not available.</param>
        public static void Celsius(TextBuffer text, int centidegrees)
        {
            text.Clear();
            if (centidegrees == Measurement.NotAvailable)
            {
                text.Append(Missing);
                return;
            }

            text.AppendScaled(centidegrees, 2, 1);
        }
    }
}
