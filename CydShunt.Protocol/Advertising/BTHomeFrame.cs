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
        /// <summary>Creates a value with every field given.</summary>
        /// <param name="packetId">Packet id 0-255, or Measurement.NotAvailable.</param>
        /// <param name="stateOfChargeCentipercent">State of charge in 0.01 %.</param>
        /// <param name="temperatureCentidegrees">Temperature in 0.01 °C.</param>
        /// <param name="voltageMillivolts">Voltage in mV.</param>
        /// <param name="powerMilliwatts">Power in mW.</param>
        /// <param name="currentMilliamps">Current in mA.</param>
        /// <param name="energyChargedWattHours">Energy charged in Wh.</param>
        /// <param name="energyDischargedWattHours">Energy discharged in Wh.</param>
        public BTHomeFrame(int packetId, int stateOfChargeCentipercent, int temperatureCentidegrees, int voltageMillivolts, int powerMilliwatts, int currentMilliamps, int energyChargedWattHours, int energyDischargedWattHours)
        {
            PacketId = packetId;
            StateOfChargeCentipercent = stateOfChargeCentipercent;
            TemperatureCentidegrees = temperatureCentidegrees;
            VoltageMillivolts = voltageMillivolts;
            PowerMilliwatts = powerMilliwatts;
            CurrentMilliamps = currentMilliamps;
            EnergyChargedWattHours = energyChargedWattHours;
            EnergyDischargedWattHours = energyDischargedWattHours;
        }

        /// <summary>BTHome packet id (object 0x00), 0–255: the glance/snapshot sequence counter.</summary>
        public int PacketId { get; }

        /// <summary>State of charge in hundredths of a percent; BTHome carries whole percent (object 0x01).</summary>
        public int StateOfChargeCentipercent { get; }

        /// <summary>Temperature in hundredths of a degree Celsius (object 0x02).</summary>
        public int TemperatureCentidegrees { get; }

        /// <summary>Voltage in millivolts (object 0x0C, saturates at 65.535 V).</summary>
        public int VoltageMillivolts { get; }

        /// <summary>Power in milliwatts, positive while charging; BTHome carries 0.01 W (object 0x5C).</summary>
        public int PowerMilliwatts { get; }

        /// <summary>Current in milliamps, positive while charging (object 0x5D, saturates at ±32.767 A).</summary>
        public int CurrentMilliamps { get; }

        /// <summary>Energy charged into the battery in Wh, an increasing total (first object 0x4D, 0.001 kWh).</summary>
        public int EnergyChargedWattHours { get; }

        /// <summary>Energy discharged from the battery in Wh, an increasing total (second object 0x4D, 0.001 kWh).</summary>
        public int EnergyDischargedWattHours { get; }

        /// <summary>Takes the BTHome values from a snapshot; quantities that are not available are left out when encoding.</summary>
        /// <param name="snapshot">The latest snapshot.</param>
        /// <returns>The frame.</returns>
        [MethodImpl(Inlining.Aggressive)]
        public static BTHomeFrame FromSnapshot(LiveSnapshot snapshot)
        {
            return new BTHomeFrame(snapshot.Sequence, snapshot.StateOfChargeCentipercent, snapshot.TemperatureCentidegrees, snapshot.VoltageMillivolts, snapshot.PowerMilliwatts, snapshot.CurrentMilliamps, Measurement.NotAvailable, Measurement.NotAvailable);
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
            int n = Measurement.NotAvailable;
            return new BTHomeFrame(n, n, n, n, n, n, energyChargedWattHours, energyDischargedWattHours);
        }

        /// <summary>The fields with their units, e.g. for logs and the debugger; "n/a" marks an unavailable quantity.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return "BTHomeFrame { PacketId = " + ValueText.Number(PacketId)
                + ", StateOfCharge = " + ValueText.Fixed(StateOfChargeCentipercent, 2, "%")
                + ", Temperature = " + ValueText.Fixed(TemperatureCentidegrees, 2, "°C")
                + ", Voltage = " + ValueText.Fixed(VoltageMillivolts, 3, "V")
                + ", Power = " + ValueText.Fixed(PowerMilliwatts, 3, "W")
                + ", Current = " + ValueText.Fixed(CurrentMilliamps, 3, "A")
                + ", EnergyCharged = " + ValueText.Whole(EnergyChargedWattHours, "Wh")
                + ", EnergyDischarged = " + ValueText.Whole(EnergyDischargedWattHours, "Wh") + " }";
        }
    }
}
