using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>spec/vectors/device-info.json: <see cref="DeviceInfoCodec"/>.</summary>
    public sealed class DeviceInfoChecks : CodecChecks
    {
        private DeviceInfo _expected;
        private DeviceInfo _actual;

        /// <summary>Creates the checks.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public DeviceInfoChecks(TestLog log)
            : base(log, "device-info.json")
        {
        }

        /// <inheritdoc/>
        public override void RunCases()
        {
            DeviceInfoVectors.Run(this);
        }

        /// <summary>A case with a value (roundtrip, encode, decode). A capacity of NA (<see cref="Measurement.NotAvailable"/>) is "not configured".</summary>
        public void Info(
            string name,
            CaseKind kind,
            string hex,
            ProtocolError error,
            int protocolVersion,
            int firmwareMajor,
            int firmwareMinor,
            int firmwarePatch,
            int sensorType,
            int features,
            int capacityAmpHours,
            int nominalVoltage)
        {
            _expected = new DeviceInfo(
                protocolVersion: (byte)protocolVersion,
                firmwareMajor: (byte)firmwareMajor,
                firmwareMinor: (byte)firmwareMinor,
                firmwarePatch: (byte)firmwarePatch,
                sensorType: (SensorType)sensorType,
                features: (DeviceFeatures)features,
                capacityAmpHours: capacityAmpHours,
                nominalVoltage: (byte)nominalVoltage);
            RunCase(name, kind, hex, error, true);
        }

        /// <summary>An invalid case: decoding <paramref name="hex"/> fails with <paramref name="error"/>.</summary>
        public void Info(string name, CaseKind kind, string hex, ProtocolError error)
        {
            RunCase(name, kind, hex, error, false);
        }

        /// <inheritdoc/>
        protected override bool TryEncodeValue(byte[] destination, int offset, out int bytesWritten)
        {
            return DeviceInfoCodec.TryEncode(_expected, destination, offset, out bytesWritten, out _);
        }

        /// <inheritdoc/>
        protected override bool TryEncodeValueWithError(byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
        {
            return DeviceInfoCodec.TryEncode(_expected, destination, offset, out bytesWritten, out error);
        }

        /// <inheritdoc/>
        protected override bool TryDecodeValue(byte[] source, out ProtocolError error)
        {
            return DeviceInfoCodec.TryDecode(source, 0, source.Length, out _actual, out error);
        }

        /// <inheritdoc/>
        protected override string? CompareDecoded(string? failures)
        {
            failures = Verify.Int(failures, "protocolVersion", _expected.ProtocolVersion, _actual.ProtocolVersion);
            failures = Verify.Int(failures, "firmwareMajor", _expected.FirmwareMajor, _actual.FirmwareMajor);
            failures = Verify.Int(failures, "firmwareMinor", _expected.FirmwareMinor, _actual.FirmwareMinor);
            failures = Verify.Int(failures, "firmwarePatch", _expected.FirmwarePatch, _actual.FirmwarePatch);
            failures = Verify.Int(failures, "sensorType", (int)_expected.SensorType, (int)_actual.SensorType);
            failures = Verify.Int(failures, "features", (int)_expected.Features, (int)_actual.Features);
            failures = Verify.Int(failures, "capacityAmpHours", _expected.CapacityAmpHours, _actual.CapacityAmpHours);
            return Verify.Int(failures, "nominalVoltage", _expected.NominalVoltage, _actual.NominalVoltage);
        }
    }
}
