using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>spec/vectors/alarms.json: <see cref="AlarmStatusCodec"/>.</summary>
    public sealed class AlarmsChecks : CodecChecks
    {
        private AlarmStatus _expected;
        private AlarmStatus _actual;

        /// <summary>Creates the checks.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public AlarmsChecks(TestLog log)
            : base(log, "alarms.json")
        {
        }

        /// <inheritdoc/>
        public override void RunCases()
        {
            AlarmsVectors.Run(this);
        }

        /// <summary>A case with a value (roundtrip, encode, decode).</summary>
        public void Alarms(string name, CaseKind kind, string hex, ProtocolError error, int status, int alarms)
        {
            _expected = new AlarmStatus(
                status: (StatusFlags)status,
                alarms: (AlarmFlags)alarms);
            RunCase(name, kind, hex, error, true);
        }

        /// <summary>An invalid case: decoding <paramref name="hex"/> fails with <paramref name="error"/>.</summary>
        public void Alarms(string name, CaseKind kind, string hex, ProtocolError error)
        {
            RunCase(name, kind, hex, error, false);
        }

        /// <inheritdoc/>
        protected override bool TryEncodeValue(byte[] destination, int offset, out int bytesWritten)
        {
            return AlarmStatusCodec.TryEncode(_expected, destination, offset, out bytesWritten, out _);
        }

        /// <inheritdoc/>
        protected override bool TryDecodeValue(byte[] source, out ProtocolError error)
        {
            return AlarmStatusCodec.TryDecode(source, 0, source.Length, out _actual, out error);
        }

        /// <inheritdoc/>
        protected override string? CompareDecoded(string? failures)
        {
            failures = Verify.Int(failures, "status", (int)_expected.Status, (int)_actual.Status);
            return Verify.Int(failures, "alarms", (int)_expected.Alarms, (int)_actual.Alarms);
        }
    }
}
