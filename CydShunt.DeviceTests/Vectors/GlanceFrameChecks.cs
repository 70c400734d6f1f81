using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>spec/vectors/glance-frame.json: <see cref="GlanceFrameCodec"/> (company id + payload).</summary>
    public sealed class GlanceFrameChecks : CodecChecks
    {
        private GlanceFrame _expected;
        private GlanceFrame _actual;

        /// <summary>Creates the checks.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public GlanceFrameChecks(TestLog log)
            : base(log, "glance-frame.json")
        {
        }

        /// <inheritdoc/>
        public override void RunCases()
        {
            GlanceFrameVectors.Run(this);
        }

        /// <summary>A case with a value (roundtrip, encode, decode). NA is <see cref="Measurement.NotAvailable"/>.</summary>
        public void Glance(
            string name,
            CaseKind kind,
            string hex,
            ProtocolError error,
            int companyId,
            int sequence,
            int status,
            int voltageMillivolts,
            int currentMilliamps,
            int stateOfChargeCentipercent,
            int timeToGoMinutes)
        {
            _expected = Frame(companyId, sequence, status, voltageMillivolts, currentMilliamps, stateOfChargeCentipercent, timeToGoMinutes);
            RunCase(name, kind, hex, error, true);
        }

        /// <summary>An invalid case: decoding <paramref name="hex"/> fails with <paramref name="error"/>.</summary>
        public void Glance(string name, CaseKind kind, string hex, ProtocolError error)
        {
            RunCase(name, kind, hex, error, false);
        }

        /// <summary>A glance frame from the vector's fields.</summary>
        internal static GlanceFrame Frame(int companyId, int sequence, int status, int voltageMillivolts, int currentMilliamps, int stateOfChargeCentipercent, int timeToGoMinutes)
        {
            return new GlanceFrame(
                companyId: (ushort)companyId,
                sequence: (byte)sequence,
                status: (StatusFlags)status,
                voltageMillivolts: voltageMillivolts,
                currentMilliamps: currentMilliamps,
                stateOfChargeCentipercent: stateOfChargeCentipercent,
                timeToGoMinutes: timeToGoMinutes);
        }

        /// <summary>Compares every field of a glance frame.</summary>
        internal static string? Compare(string? failures, string prefix, GlanceFrame expected, GlanceFrame actual)
        {
            failures = Verify.Int(failures, prefix + "companyId", expected.CompanyId, actual.CompanyId);
            failures = Verify.Int(failures, prefix + "sequence", expected.Sequence, actual.Sequence);
            failures = Verify.Int(failures, prefix + "status", (int)expected.Status, (int)actual.Status);
            failures = Verify.Int(failures, prefix + "voltageMillivolts", expected.VoltageMillivolts, actual.VoltageMillivolts);
            failures = Verify.Int(failures, prefix + "currentMilliamps", expected.CurrentMilliamps, actual.CurrentMilliamps);
            failures = Verify.Int(failures, prefix + "stateOfChargeCentipercent", expected.StateOfChargeCentipercent, actual.StateOfChargeCentipercent);
            return Verify.Int(failures, prefix + "timeToGoMinutes", expected.TimeToGoMinutes, actual.TimeToGoMinutes);
        }

        /// <inheritdoc/>
        protected override bool TryEncodeValue(byte[] destination, int offset, out int bytesWritten)
        {
            return GlanceFrameCodec.TryEncode(_expected, destination, offset, out bytesWritten, out _);
        }

        /// <inheritdoc/>
        protected override bool TryDecodeValue(byte[] source, out ProtocolError error)
        {
            return GlanceFrameCodec.TryDecode(source, 0, source.Length, out _actual, out error);
        }

        /// <inheritdoc/>
        protected override string? CompareDecoded(string? failures)
        {
            return Compare(failures, string.Empty, _expected, _actual);
        }
    }
}
