using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>spec/vectors/bthome.json: <see cref="BTHomeCodec"/> (the whole AD structure).</summary>
    public sealed class BTHomeChecks : CodecChecks
    {
        private BTHomeFrame _expected;
        private BTHomeFrame _actual;

        /// <summary>Creates the checks.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public BTHomeChecks(TestLog log)
            : base(log, "bthome.json")
        {
        }

        /// <inheritdoc/>
        public override void RunCases()
        {
            BTHomeVectors.Run(this);
        }

        /// <summary>A case with a value (roundtrip, encode, decode). An omitted object is NA (<see cref="Measurement.NotAvailable"/>).</summary>
        public void BTHome(
            string name,
            CaseKind kind,
            string hex,
            ProtocolError error,
            int packetId,
            int stateOfChargeCentipercent,
            int temperatureCentidegrees,
            int voltageMillivolts,
            int powerMilliwatts,
            int currentMilliamps,
            int energyChargedWattHours,
            int energyDischargedWattHours)
        {
            _expected = Frame(packetId, stateOfChargeCentipercent, temperatureCentidegrees, voltageMillivolts, powerMilliwatts, currentMilliamps, energyChargedWattHours, energyDischargedWattHours);
            RunCase(name, kind, hex, error, true);
        }

        /// <summary>An invalid case: decoding <paramref name="hex"/> fails with <paramref name="error"/>.</summary>
        public void BTHome(string name, CaseKind kind, string hex, ProtocolError error)
        {
            RunCase(name, kind, hex, error, false);
        }

        /// <summary>A BTHome frame from the vector's fields.</summary>
        internal static BTHomeFrame Frame(int packetId, int stateOfChargeCentipercent, int temperatureCentidegrees, int voltageMillivolts, int powerMilliwatts, int currentMilliamps, int energyChargedWattHours, int energyDischargedWattHours)
        {
            return new BTHomeFrame(
                packetId: packetId,
                stateOfChargeCentipercent: stateOfChargeCentipercent,
                temperatureCentidegrees: temperatureCentidegrees,
                voltageMillivolts: voltageMillivolts,
                powerMilliwatts: powerMilliwatts,
                currentMilliamps: currentMilliamps,
                energyChargedWattHours: energyChargedWattHours,
                energyDischargedWattHours: energyDischargedWattHours);
        }

        /// <summary>Compares every field of a BTHome frame.</summary>
        internal static string? Compare(string? failures, string prefix, BTHomeFrame expected, BTHomeFrame actual)
        {
            failures = Verify.Int(failures, prefix + "packetId", expected.PacketId, actual.PacketId);
            failures = Verify.Int(failures, prefix + "stateOfChargeCentipercent", expected.StateOfChargeCentipercent, actual.StateOfChargeCentipercent);
            failures = Verify.Int(failures, prefix + "temperatureCentidegrees", expected.TemperatureCentidegrees, actual.TemperatureCentidegrees);
            failures = Verify.Int(failures, prefix + "voltageMillivolts", expected.VoltageMillivolts, actual.VoltageMillivolts);
            failures = Verify.Int(failures, prefix + "powerMilliwatts", expected.PowerMilliwatts, actual.PowerMilliwatts);
            failures = Verify.Int(failures, prefix + "currentMilliamps", expected.CurrentMilliamps, actual.CurrentMilliamps);
            failures = Verify.Int(failures, prefix + "energyChargedWattHours", expected.EnergyChargedWattHours, actual.EnergyChargedWattHours);
            return Verify.Int(failures, prefix + "energyDischargedWattHours", expected.EnergyDischargedWattHours, actual.EnergyDischargedWattHours);
        }

        /// <inheritdoc/>
        protected override bool TryEncodeValue(byte[] destination, int offset, out int bytesWritten)
        {
            return BTHomeCodec.TryEncode(_expected, destination, offset, out bytesWritten, out _);
        }

        /// <inheritdoc/>
        protected override bool TryDecodeValue(byte[] source, out ProtocolError error)
        {
            return BTHomeCodec.TryDecode(source, 0, source.Length, out _actual, out error);
        }

        /// <inheritdoc/>
        protected override string? CompareDecoded(string? failures)
        {
            return Compare(failures, string.Empty, _expected, _actual);
        }
    }
}
