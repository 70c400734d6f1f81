using System.Runtime.CompilerServices;
using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>
    /// The values of a BTHome v2 advertisement as CydShunt sends them (spec/bthome.md), in this library's model units.
    /// A quantity whose object is absent holds <see cref="Measurement.NotAvailable"/>.
    /// </summary>
    public struct BTHomeFrame
    {
        /// <summary>BTHome packet id (object 0x00), 0–255: the glance/snapshot sequence counter.</summary>
        public int PacketId { get; set; }

        /// <summary>State of charge in hundredths of a percent; BTHome carries whole percent (object 0x01).</summary>
        public int StateOfChargeCentipercent { get; set; }

        /// <summary>Temperature in hundredths of a degree Celsius (object 0x02).</summary>
        public int TemperatureCentidegrees { get; set; }

        /// <summary>Voltage in millivolts (object 0x0C, saturates at 65.535 V).</summary>
        public int VoltageMillivolts { get; set; }

        /// <summary>Power in milliwatts, positive while charging; BTHome carries 0.01 W (object 0x5C).</summary>
        public int PowerMilliwatts { get; set; }

        /// <summary>Current in milliamps, positive while charging (object 0x5D, saturates at ±32.767 A).</summary>
        public int CurrentMilliamps { get; set; }

        /// <summary>Energy charged into the battery in Wh, an increasing total (first object 0x4D, 0.001 kWh).</summary>
        public int EnergyChargedWattHours { get; set; }

        /// <summary>Energy discharged from the battery in Wh, an increasing total (second object 0x4D, 0.001 kWh).</summary>
        public int EnergyDischargedWattHours { get; set; }

        /// <summary>Takes the BTHome values from a snapshot; quantities that are not available are left out when encoding.</summary>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <returns>The frame.</returns>
        [MethodImpl(Inlining.Aggressive)]
        public static BTHomeFrame FromSnapshot(LiveSnapshot snapshot)
        {
            BTHomeFrame frame = default(BTHomeFrame);
            frame.PacketId = snapshot.Sequence;
            frame.StateOfChargeCentipercent = snapshot.StateOfChargeCentipercent;
            frame.TemperatureCentidegrees = snapshot.TemperatureCentidegrees;
            frame.VoltageMillivolts = snapshot.VoltageMillivolts;
            frame.PowerMilliwatts = snapshot.PowerMilliwatts;
            frame.CurrentMilliamps = snapshot.CurrentMilliamps;
            frame.EnergyChargedWattHours = Measurement.NotAvailable;
            frame.EnergyDischargedWattHours = Measurement.NotAvailable;
            return frame;
        }

        /// <summary>
        /// The energy frame (spec/bthome.md, "Two frames"): the two energy totals and nothing else, not even a packet id.
        /// </summary>
        /// <param name="energyChargedWattHours">Energy charged, Wh.</param>
        /// <param name="energyDischargedWattHours">Energy discharged, Wh.</param>
        /// <returns>The frame.</returns>
        [MethodImpl(Inlining.Aggressive)]
        public static BTHomeFrame FromEnergy(int energyChargedWattHours, int energyDischargedWattHours)
        {
            BTHomeFrame frame = default(BTHomeFrame);
            frame.PacketId = Measurement.NotAvailable;
            frame.StateOfChargeCentipercent = Measurement.NotAvailable;
            frame.TemperatureCentidegrees = Measurement.NotAvailable;
            frame.VoltageMillivolts = Measurement.NotAvailable;
            frame.PowerMilliwatts = Measurement.NotAvailable;
            frame.CurrentMilliamps = Measurement.NotAvailable;
            frame.EnergyChargedWattHours = energyChargedWattHours;
            frame.EnergyDischargedWattHours = energyDischargedWattHours;
            return frame;
        }
    }
}
