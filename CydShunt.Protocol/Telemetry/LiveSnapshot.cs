using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// One complete measurement update: the value of the live-snapshot characteristic (spec/gatt.md, "Live snapshot").
    /// Every quantity is in the unit its name says; an unavailable one holds <see cref="Measurement.NotAvailable"/>.
    /// </summary>
    public struct LiveSnapshot
    {
        /// <summary>Creates a value with every field given.</summary>
        /// <param name="sequence">Sequence counter.</param>
        /// <param name="status">Status flags.</param>
        /// <param name="voltageMillivolts">Voltage in mV.</param>
        /// <param name="currentMilliamps">Current in mA, positive while charging.</param>
        /// <param name="powerMilliwatts">Power in mW, positive while charging.</param>
        /// <param name="stateOfChargeCentipercent">State of charge in 0.01 %.</param>
        /// <param name="temperatureCentidegrees">Temperature in 0.01 °C.</param>
        /// <param name="timeToGoMinutes">Time to go in minutes.</param>
        /// <param name="consumedMilliampHours">Consumed charge in mAh.</param>
        public LiveSnapshot(byte sequence, StatusFlags status, int voltageMillivolts, int currentMilliamps, int powerMilliwatts, int stateOfChargeCentipercent, int temperatureCentidegrees, int timeToGoMinutes, int consumedMilliampHours)
        {
            Sequence = sequence;
            Status = status;
            VoltageMillivolts = voltageMillivolts;
            CurrentMilliamps = currentMilliamps;
            PowerMilliwatts = powerMilliwatts;
            StateOfChargeCentipercent = stateOfChargeCentipercent;
            TemperatureCentidegrees = temperatureCentidegrees;
            TimeToGoMinutes = timeToGoMinutes;
            ConsumedMilliampHours = consumedMilliampHours;
        }

        /// <summary>Sequence counter, +1 per new measurement, wrapping from 255 to 0.</summary>
        public byte Sequence { get; }

        /// <summary>Status flags.</summary>
        public StatusFlags Status { get; }

        /// <summary>Battery voltage in millivolts (wire: 1 mV, 0 to 16 777.214 V).</summary>
        public int VoltageMillivolts { get; }

        /// <summary>Battery current in milliamps, positive while charging (wire: 1 mA, ±8 388.607 A).</summary>
        public int CurrentMilliamps { get; }

        /// <summary>Battery power in milliwatts, positive while charging (wire: 0.1 W).</summary>
        public int PowerMilliwatts { get; }

        /// <summary>State of charge in hundredths of a percent, 0 to 10000 (wire: 0.01 %).</summary>
        public int StateOfChargeCentipercent { get; }

        /// <summary>Battery temperature in hundredths of a degree Celsius (wire: 0.01 °C).</summary>
        public int TemperatureCentidegrees { get; }

        /// <summary>Time to go in minutes (wire: 1 min, 0 to 65534).</summary>
        public int TimeToGoMinutes { get; }

        /// <summary>Consumed charge in milliamp hours, zero or negative after a full charge (wire: 10 mAh).</summary>
        public int ConsumedMilliampHours { get; }

        /// <summary>A snapshot in which every measured quantity is not available.</summary>
        public static LiveSnapshot Unavailable
        {
            get
            {
                int n = Measurement.NotAvailable;
                return new LiveSnapshot(0, StatusFlags.None, n, n, n, n, n, n, n);
            }
        }

        /// <summary>The fields with their units, e.g. for logs and the debugger; "n/a" marks an unavailable quantity.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return "LiveSnapshot { Sequence = " + Sequence.ToString()
                + ", Voltage = " + ValueText.Fixed(VoltageMillivolts, 3, "V")
                + ", Current = " + ValueText.Fixed(CurrentMilliamps, 3, "A")
                + ", Power = " + ValueText.Fixed(PowerMilliwatts, 3, "W")
                + ", StateOfCharge = " + ValueText.Fixed(StateOfChargeCentipercent, 2, "%")
                + ", Temperature = " + ValueText.Fixed(TemperatureCentidegrees, 2, "°C")
                + ", TimeToGo = " + ValueText.Whole(TimeToGoMinutes, "min")
                + ", Consumed = " + ValueText.Fixed(ConsumedMilliampHours, 3, "Ah")
                + ", Status = " + ValueText.Status(Status) + " }";
        }
    }
}
