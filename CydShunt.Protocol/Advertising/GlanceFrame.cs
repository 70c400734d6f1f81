namespace CydShunt.Protocol
{
    /// <summary>
    /// The "instant glance" frame advertised as manufacturer-specific data (spec/advertising.md, "Glance frame"):
    /// what a dashboard shows without connecting.
    /// </summary>
    public struct GlanceFrame
    {
        /// <summary>Company identifier the frame was sent under (default <see cref="BluetoothSig.TestCompanyId"/>).</summary>
        public ushort CompanyId { get; set; }

        /// <summary>Sequence counter (same counter as the live snapshot); unchanged means unchanged data.</summary>
        public byte Sequence { get; set; }

        /// <summary>Status flags.</summary>
        public StatusFlags Status { get; set; }

        /// <summary>Battery voltage in millivolts (wire: 10 mV, 0 to 655.34 V).</summary>
        public int VoltageMillivolts { get; set; }

        /// <summary>Battery current in milliamps, positive while charging (wire: 1 mA, ±8 388.607 A).</summary>
        public int CurrentMilliamps { get; set; }

        /// <summary>State of charge in hundredths of a percent, 0–10000.</summary>
        public int StateOfChargeCentipercent { get; set; }

        /// <summary>Time to go in minutes, 0–65534.</summary>
        public int TimeToGoMinutes { get; set; }

        /// <summary>Takes the glance fields from a snapshot.</summary>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <param name="companyId">The company identifier to advertise under.</param>
        /// <returns>The frame.</returns>
        public static GlanceFrame FromSnapshot(LiveSnapshot snapshot, ushort companyId)
        {
            GlanceFrame frame = default(GlanceFrame);
            frame.CompanyId = companyId;
            frame.Sequence = snapshot.Sequence;
            frame.Status = snapshot.Status;
            frame.VoltageMillivolts = snapshot.VoltageMillivolts;
            frame.CurrentMilliamps = snapshot.CurrentMilliamps;
            frame.StateOfChargeCentipercent = snapshot.StateOfChargeCentipercent;
            frame.TimeToGoMinutes = snapshot.TimeToGoMinutes;
            return frame;
        }
    }
}
