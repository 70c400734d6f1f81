using System;
using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>spec/vectors/scalars.json: the <see cref="ScalarFormat"/> of each scalar characteristic.</summary>
    public sealed class ScalarsChecks : CodecChecks
    {
        private GattCharacteristic? _characteristic;
        private int _expected;
        private int _actual;

        /// <summary>Creates the checks.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public ScalarsChecks(TestLog log)
            : base(log, "scalars.json")
        {
        }

        /// <inheritdoc/>
        public override void RunCases()
        {
            ScalarsVectors.Run(this);
        }

        /// <summary>A case with a value (roundtrip, encode, decode). NA is <see cref="Measurement.NotAvailable"/>.</summary>
        public void Scalar(string name, CaseKind kind, GattCharacteristic characteristic, string hex, ProtocolError error, int value)
        {
            _characteristic = characteristic;
            _expected = value;
            RunCase(name, kind, hex, error, true);
        }

        /// <summary>An invalid case: decoding <paramref name="hex"/> fails with <paramref name="error"/>.</summary>
        public void Scalar(string name, CaseKind kind, GattCharacteristic characteristic, string hex, ProtocolError error)
        {
            _characteristic = characteristic;
            RunCase(name, kind, hex, error, false);
        }

        /// <inheritdoc/>
        protected override bool TryEncodeValue(byte[] destination, int offset, out int bytesWritten)
        {
            return Format().TryEncode(_expected, destination, offset, out bytesWritten, out _);
        }

        /// <inheritdoc/>
        protected override bool TryDecodeValue(byte[] source, out ProtocolError error)
        {
            return Format().TryDecode(source, 0, source.Length, out _actual, out error);
        }

        /// <inheritdoc/>
        protected override string? CompareDecoded(string? failures)
        {
            return Verify.Int(failures, "value", _expected, _actual);
        }

        private ScalarFormat Format()
        {
            if (_characteristic == null)
            {
                throw new InvalidOperationException("no characteristic (a static field of CydShuntGatt read as null)");
            }

            ScalarFormat? format = _characteristic.Format;
            if (format == null)
            {
                throw new InvalidOperationException("characteristic " + _characteristic.UserDescription + " has no scalar format");
            }

            return format;
        }
    }
}
