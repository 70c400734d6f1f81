using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>
    /// spec/vectors/control-point-request.json: <see cref="ControlPointRequestCodec"/>. An invalid request also names the
    /// request opcode echoed in the device's response (checked here) and the result it indicates (device policy, checked
    /// by CydShunt.Firmware.Tests' ControlPointErrorResultTests against the same vectors).
    /// </summary>
    public sealed class ControlPointRequestChecks : CodecChecks
    {
        private ControlPointRequest _expected;
        private ControlPointRequest _actual;
        private ControlPointOpcode _expectedRequestOpcode;

        /// <summary>Creates the checks.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public ControlPointRequestChecks(TestLog log)
            : base(log, "control-point-request.json")
        {
        }

        /// <inheritdoc/>
        public override void RunCases()
        {
            ControlPointRequestVectors.Run(this);
        }

        /// <summary>A case with a value (roundtrip, encode, decode); <paramref name="parameter"/> is NA (<see cref="Measurement.NotAvailable"/>) for opcodes without one.</summary>
        public void Request(string name, CaseKind kind, string hex, ProtocolError error, ControlPointOpcode opcode, int parameter)
        {
            _expected = new ControlPointRequest(opcode, parameter);
            RunCase(name, kind, hex, error, true);
        }

        /// <summary>An invalid case: decoding fails with <paramref name="error"/>, indicated as <paramref name="resultCode"/> for <paramref name="requestOpcode"/>.</summary>
        public void Request(string name, CaseKind kind, string hex, ProtocolError error, ControlPointResult resultCode, ControlPointOpcode requestOpcode)
        {
            _expectedRequestOpcode = requestOpcode;
            RunCase(name, kind, hex, error, false);
        }

        /// <inheritdoc/>
        protected override bool TryEncodeValue(byte[] destination, int offset, out int bytesWritten)
        {
            return ControlPointRequestCodec.TryEncode(_expected, destination, offset, out bytesWritten, out _);
        }

        /// <inheritdoc/>
        protected override bool TryEncodeValueWithError(byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
        {
            return ControlPointRequestCodec.TryEncode(_expected, destination, offset, out bytesWritten, out error);
        }

        /// <inheritdoc/>
        protected override bool TryDecodeValue(byte[] source, out ProtocolError error)
        {
            return ControlPointRequestCodec.TryDecode(source, 0, source.Length, out _actual, out error);
        }

        /// <inheritdoc/>
        protected override string? CompareDecoded(string? failures)
        {
            failures = Verify.Int(failures, "opcode", (int)_expected.Opcode, (int)_actual.Opcode);
            return Verify.Int(failures, "parameter", _expected.Parameter, _actual.Parameter);
        }

        /// <inheritdoc/>
        protected override string? CompareRejected(string? failures, ProtocolError error)
        {
            return Verify.Int(failures, "requestOpcode", (int)_expectedRequestOpcode, (int)_actual.Opcode);
        }
    }
}
