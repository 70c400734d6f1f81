using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>spec/vectors/control-point-response.json: <see cref="ControlPointResponseCodec"/>.</summary>
    public sealed class ControlPointResponseChecks : CodecChecks
    {
        private ControlPointResponse _expected;
        private ControlPointResponse _actual;

        /// <summary>Creates the checks.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public ControlPointResponseChecks(TestLog log)
            : base(log, "control-point-response.json")
        {
        }

        /// <inheritdoc/>
        public override void RunCases()
        {
            ControlPointResponseVectors.Run(this);
        }

        /// <summary>A case with a value (roundtrip, encode, decode).</summary>
        public void Response(string name, CaseKind kind, string hex, ProtocolError error, ControlPointOpcode requestOpcode, ControlPointResult resultCode)
        {
            _expected = new ControlPointResponse(requestOpcode, resultCode);
            RunCase(name, kind, hex, error, true);
        }

        /// <summary>An invalid case: decoding <paramref name="hex"/> fails with <paramref name="error"/>.</summary>
        public void Response(string name, CaseKind kind, string hex, ProtocolError error)
        {
            RunCase(name, kind, hex, error, false);
        }

        /// <inheritdoc/>
        protected override bool TryEncodeValue(byte[] destination, int offset, out int bytesWritten)
        {
            return ControlPointResponseCodec.TryEncode(_expected, destination, offset, out bytesWritten, out _);
        }

        /// <inheritdoc/>
        protected override bool TryDecodeValue(byte[] source, out ProtocolError error)
        {
            return ControlPointResponseCodec.TryDecode(source, 0, source.Length, out _actual, out error);
        }

        /// <inheritdoc/>
        protected override string? CompareDecoded(string? failures)
        {
            failures = Verify.Int(failures, "requestOpcode", (int)_expected.RequestOpcode, (int)_actual.RequestOpcode);
            return Verify.Int(failures, "resultCode", (int)_expected.Result, (int)_actual.Result);
        }
    }
}
