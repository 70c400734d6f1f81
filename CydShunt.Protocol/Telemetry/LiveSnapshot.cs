namespace CydShunt.Protocol
{
    /// <summary>
    /// One complete measurement update: the value of the live-snapshot characteristic (spec/gatt.md, "Live snapshot").
    /// Every quantity is in the unit its name says; an unavailable one holds <see cref="Measurement.NotAvailable"/>.
    /// </summary>
    public struct LiveSnapshot
    {
        /// <summary>Sequence counter, +1 per new measurement, wrapping from 255 to 0.</summary>
        public byte Sequence { get; set; }

        /// <summary>Status flags.</summary>
        public StatusFlags Status { get; set; }

        /// <summary>Battery voltage in millivolts (wire: 1 mV, 0 to 16 777.214 V).</summary>
        public int VoltageMillivolts { get; set; }

        /// <summary>Battery current in milliamps, positive while charging (wire: 1 mA, ±8 388.607 A).</summary>
        public int CurrentMilliamps { get; set; }

        /// <summary>Battery power in milliwatts, positive while charging (wire: 0.1 W).</summary>
        public int PowerMilliwatts { get; set; }

        /// <summary>State of charge in hundredths of a percent, 0 to 10000 (wire: 0.01 %).</summary>
        public int StateOfChargeCentipercent { get; set; }

        /// <summary>Battery temperature in hundredths of a degree Celsius (wire: 0.01 °C).</summary>
        public int TemperatureCentidegrees { get; set; }

        /// <summary>Time to go in minutes (wire: 1 min, 0 to 65534).</summary>
        public int TimeToGoMinutes { get; set; }

        /// <summary>Consumed charge in milliamp hours, zero or negative after a full charge (wire: 10 mAh).</summary>
        public int ConsumedMilliampHours { get; set; }

        /// <summary>A snapshot in which every measured quantity is not available.</summary>
        public static LiveSnapshot Unavailable
        {
            get
            {
                LiveSnapshot snapshot = default(LiveSnapshot);
                snapshot.VoltageMillivolts = Measurement.NotAvailable;
                snapshot.CurrentMilliamps = Measurement.NotAvailable;
                snapshot.PowerMilliwatts = Measurement.NotAvailable;
                snapshot.StateOfChargeCentipercent = Measurement.NotAvailable;
                snapshot.TemperatureCentidegrees = Measurement.NotAvailable;
                snapshot.TimeToGoMinutes = Measurement.NotAvailable;
                snapshot.ConsumedMilliampHours = Measurement.NotAvailable;
                return snapshot;
            }
        }
    }
}
