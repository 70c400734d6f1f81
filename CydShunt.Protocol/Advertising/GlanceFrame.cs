using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// The "instant glance" frame advertised as manufacturer-specific data (spec/advertising.md, "Glance frame"):
    /// what a dashboard shows without connecting.
    /// </summary>
    public struct GlanceFrame
    {
        /// <summary>Creates a value with every field given.</summary>
        /// <param name="companyId">Bluetooth SIG company identifier.</param>
        /// <param name="sequence">Sequence counter.</param>
        /// <param name="status">Status flags.</param>
        /// <param name="voltageMillivolts">Voltage in mV.</param>
        /// <param name="currentMilliamps">Current in mA.</param>
        /// <param name="stateOfChargeCentipercent">State of charge in 0.01 %.</param>
        /// <param name="timeToGoMinutes">Time to go in minutes.</param>
        public GlanceFrame(ushort companyId, byte sequence, StatusFlags status, int voltageMillivolts, int currentMilliamps, int stateOfChargeCentipercent, int timeToGoMinutes)
        {
            CompanyId = companyId;
            Sequence = sequence;
            Status = status;
            VoltageMillivolts = voltageMillivolts;
            CurrentMilliamps = currentMilliamps;
            StateOfChargeCentipercent = stateOfChargeCentipercent;
            TimeToGoMinutes = timeToGoMinutes;
        }

        /// <summary>Company identifier the frame was sent under (default <see cref="BluetoothSig.TestCompanyId"/>).</summary>
        public ushort CompanyId { get; }

        /// <summary>Sequence counter (same counter as the live snapshot); unchanged means unchanged data.</summary>
        public byte Sequence { get; }

        /// <summary>Status flags.</summary>
        public StatusFlags Status { get; }

        /// <summary>Battery voltage in millivolts (wire: 10 mV, 0 to 655.34 V).</summary>
        public int VoltageMillivolts { get; }

        /// <summary>Battery current in milliamps, positive while charging (wire: 1 mA, ±8 388.607 A).</summary>
        public int CurrentMilliamps { get; }

        /// <summary>State of charge in hundredths of a percent, 0–10000.</summary>
        public int StateOfChargeCentipercent { get; }

        /// <summary>Time to go in minutes, 0–65534.</summary>
        public int TimeToGoMinutes { get; }

        /// <summary>Takes the glance fields from a snapshot.</summary>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="companyId">The company identifier to advertise under.</param>
        /// <returns>The frame.</returns>
        public static GlanceFrame FromSnapshot(LiveSnapshot snapshot, ushort companyId)
        {
            return new GlanceFrame(companyId, snapshot.Sequence, snapshot.Status, snapshot.VoltageMillivolts, snapshot.CurrentMilliamps, snapshot.StateOfChargeCentipercent, snapshot.TimeToGoMinutes);
        }

        /// <summary>The fields with their units, e.g. for logs and the debugger; "n/a" marks an unavailable quantity.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return "GlanceFrame { CompanyId = " + CompanyId.ToString()
                + ", Sequence = " + Sequence.ToString()
                + ", Voltage = " + ValueText.Fixed(VoltageMillivolts, 3, "V")
                + ", Current = " + ValueText.Fixed(CurrentMilliamps, 3, "A")
                + ", StateOfCharge = " + ValueText.Fixed(StateOfChargeCentipercent, 2, "%")
                + ", TimeToGo = " + ValueText.Whole(TimeToGoMinutes, "min")
                + ", Status = " + ValueText.Status(Status) + " }";
        }
    }
}
