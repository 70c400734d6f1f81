using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>spec/vectors/live-snapshot.json: <see cref="LiveSnapshotCodec"/>.</summary>
    public sealed class LiveSnapshotChecks : CodecChecks
    {
        private LiveSnapshot _expected;
        private LiveSnapshot _actual;

        /// <summary>Creates the checks.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public LiveSnapshotChecks(TestLog log)
            : base(log, "live-snapshot.json")
        {
        }

        /// <inheritdoc/>
        public override void RunCases()
        {
            LiveSnapshotVectors.Run(this);
        }

        /// <summary>A case with a value (roundtrip, encode, decode). NA is <see cref="Measurement.NotAvailable"/>.</summary>
        public void Snapshot(
            string name,
            CaseKind kind,
            string hex,
            ProtocolError error,
            int sequence,
            int status,
            int voltageMillivolts,
            int currentMilliamps,
            int powerMilliwatts,
            int stateOfChargeCentipercent,
            int temperatureCentidegrees,
            int timeToGoMinutes,
            int consumedMilliampHours)
        {
            _expected = Snapshot(sequence, status, voltageMillivolts, currentMilliamps, powerMilliwatts, stateOfChargeCentipercent, temperatureCentidegrees, timeToGoMinutes, consumedMilliampHours);
            RunCase(name, kind, hex, error, true);
        }

        /// <summary>A snapshot from the vector's fields (also the input of advertising.json's builds).</summary>
        internal static LiveSnapshot Snapshot(int sequence, int status, int voltageMillivolts, int currentMilliamps, int powerMilliwatts, int stateOfChargeCentipercent, int temperatureCentidegrees, int timeToGoMinutes, int consumedMilliampHours)
        {
            return new LiveSnapshot(
                sequence: (byte)sequence,
                status: (StatusFlags)status,
                voltageMillivolts: voltageMillivolts,
                currentMilliamps: currentMilliamps,
                powerMilliwatts: powerMilliwatts,
                stateOfChargeCentipercent: stateOfChargeCentipercent,
                temperatureCentidegrees: temperatureCentidegrees,
                timeToGoMinutes: timeToGoMinutes,
                consumedMilliampHours: consumedMilliampHours);
        }

        /// <summary>An invalid case: decoding <paramref name="hex"/> fails with <paramref name="error"/>.</summary>
        public void Snapshot(string name, CaseKind kind, string hex, ProtocolError error)
        {
            RunCase(name, kind, hex, error, false);
        }

        /// <inheritdoc/>
        protected override bool TryEncodeValue(byte[] destination, int offset, out int bytesWritten)
        {
            return LiveSnapshotCodec.TryEncode(_expected, destination, offset, out bytesWritten, out _);
        }

        /// <inheritdoc/>
        protected override bool TryDecodeValue(byte[] source, out ProtocolError error)
        {
            return LiveSnapshotCodec.TryDecode(source, 0, source.Length, out _actual, out error);
        }

        /// <inheritdoc/>
        protected override string? CompareDecoded(string? failures)
        {
            failures = Verify.Int(failures, "sequence", _expected.Sequence, _actual.Sequence);
            failures = Verify.Int(failures, "status", (int)_expected.Status, (int)_actual.Status);
            failures = Verify.Int(failures, "voltageMillivolts", _expected.VoltageMillivolts, _actual.VoltageMillivolts);
            failures = Verify.Int(failures, "currentMilliamps", _expected.CurrentMilliamps, _actual.CurrentMilliamps);
            failures = Verify.Int(failures, "powerMilliwatts", _expected.PowerMilliwatts, _actual.PowerMilliwatts);
            failures = Verify.Int(failures, "stateOfChargeCentipercent", _expected.StateOfChargeCentipercent, _actual.StateOfChargeCentipercent);
            failures = Verify.Int(failures, "temperatureCentidegrees", _expected.TemperatureCentidegrees, _actual.TemperatureCentidegrees);
            failures = Verify.Int(failures, "timeToGoMinutes", _expected.TimeToGoMinutes, _actual.TimeToGoMinutes);
            return Verify.Int(failures, "consumedMilliampHours", _expected.ConsumedMilliampHours, _actual.ConsumedMilliampHours);
        }
    }
}
