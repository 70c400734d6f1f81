using System;
using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>
    /// The checks of the codec vector files (1–8 of spec/vectors/README.md), the same as CydShunt.Protocol.Tests'
    /// MessageVectorTests: <c>roundtrip</c> and <c>encode</c> cases encode the value and compare the bytes with the hex (and
    /// that nothing around them was written), <c>roundtrip</c> and <c>decode</c> cases decode the hex and compare every
    /// field with error <see cref="ProtocolError.None"/>, <c>invalid</c> cases must be rejected with the named error, <c>encode-error</c> cases must be refused by the encoder with the named error.
    /// A subclass stores the case's value, then calls <see cref="RunCase"/>; it supplies the codec calls.
    /// </summary>
    public abstract class CodecChecks : VectorChecks
    {
        private const int BufferSize = 64;
        private const int EncodeOffset = 3;
        private const byte Sentinel = 0xA5;

        /// <summary>Creates the checks of one codec vector file.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        /// <param name="file">The vector file's name.</param>
        protected CodecChecks(TestLog log, string file)
            : base(log, file)
        {
        }

        /// <summary>Checks one case (the value the subclass stored, when it has one) and records it.</summary>
        /// <param name="name">The case's name.</param>
        /// <param name="kind">The case's kind.</param>
        /// <param name="hex">The case's bytes.</param>
        /// <param name="error">The error decoding must give: <see cref="ProtocolError.None"/> for value cases.</param>
        /// <param name="hasValue">Whether the case carries a value (every kind except <c>invalid</c>).</param>
        protected void RunCase(string name, CaseKind kind, string hex, ProtocolError error, bool hasValue)
        {
            string? failure;
            try
            {
                failure = Check(kind, hex, error, hasValue);
            }
            catch (Exception exception)
            {
                failure = Describe(exception);
            }

            Finish(name, failure);
        }

        /// <summary>Encodes the stored value.</summary>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten">How many bytes were written.</param>
        /// <returns>The encoder's result.</returns>
        protected abstract bool TryEncodeValue(byte[] destination, int offset, out int bytesWritten);

        /// <summary>Encodes the stored value, reporting why it was refused (the encoders with error paths override this).</summary>
        /// <param name="destination">The buffer.</param>
        /// <param name="offset">Where to write.</param>
        /// <param name="bytesWritten">How many bytes were written.</param>
        /// <param name="error">Why the value was refused.</param>
        /// <returns>The encoder's result.</returns>
        protected virtual bool TryEncodeValueWithError(byte[] destination, int offset, out int bytesWritten, out ProtocolError error)
        {
            error = ProtocolError.None;
            return TryEncodeValue(destination, offset, out bytesWritten);
        }

        /// <summary>Decodes <paramref name="source"/> as a whole and keeps the decoded value for <see cref="CompareDecoded"/>.</summary>
        /// <param name="source">The bytes.</param>
        /// <param name="error">The decoder's error.</param>
        /// <returns>The decoder's result.</returns>
        protected abstract bool TryDecodeValue(byte[] source, out ProtocolError error);

        /// <summary>Compares every field of the decoded value with the stored one.</summary>
        /// <param name="failures">Failures so far.</param>
        /// <returns>The failures.</returns>
        protected abstract string? CompareDecoded(string? failures);

        /// <summary>Further checks of an <c>invalid</c> case after decoding (the control point's indicated result).</summary>
        /// <param name="failures">Failures so far.</param>
        /// <param name="error">The decoder's error.</param>
        /// <returns>The failures.</returns>
        protected virtual string? CompareRejected(string? failures, ProtocolError error)
        {
            return failures;
        }

        private string? Check(CaseKind kind, string hex, ProtocolError error, bool hasValue)
        {
            if (kind == CaseKind.Invalid)
            {
                byte[] invalid = Hex.Parse(hex);
                bool accepted = TryDecodeValue(invalid, out ProtocolError rejection);
                string? f = Verify.Result(null, "TryDecode", false, accepted);
                f = Verify.Error(f, "decode error", error, rejection);
                return CompareRejected(f, rejection);
            }

            if (kind == CaseKind.EncodeError && hasValue)
            {
                byte[] untouched = new byte[BufferSize];
                for (int i = 0; i < untouched.Length; i++)
                {
                    untouched[i] = Sentinel;
                }

                bool encoded = TryEncodeValueWithError(untouched, EncodeOffset, out int written, out ProtocolError refusal);
                string? f = Verify.Result(null, "TryEncode", false, encoded);
                f = Verify.Error(f, "encode error", error, refusal);
                f = Verify.Int(f, "bytes written", 0, written);
                return Untouched(f, untouched, EncodeOffset, 0);
            }

            if (!hasValue || !(Encodes(kind) || Decodes(kind)))
            {
                return UnexpectedKind(kind);
            }

            string? failures = null;
            if (Encodes(kind))
            {
                byte[] buffer = new byte[BufferSize];
                for (int i = 0; i < buffer.Length; i++)
                {
                    buffer[i] = Sentinel;
                }

                bool encoded = TryEncodeValue(buffer, EncodeOffset, out int written);
                failures = Verify.Result(failures, "TryEncode", true, encoded);
                if (encoded)
                {
                    failures = Verify.Bytes(failures, "encoded bytes", hex, buffer, EncodeOffset, written);
                    failures = Untouched(failures, buffer, EncodeOffset, written);
                }
            }

            if (Decodes(kind))
            {
                byte[] bytes = Hex.Parse(hex);
                bool decoded = TryDecodeValue(bytes, out ProtocolError actual);
                failures = Verify.Error(failures, "decode error", error, actual);
                failures = Verify.Result(failures, "TryDecode", true, decoded);
                failures = CompareDecoded(failures);
            }

            return failures;
        }

        private static string? Untouched(string? failures, byte[] buffer, int start, int length)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                if ((i < start || i >= start + length) && buffer[i] != Sentinel)
                {
                    return Verify.Add(failures, "encoder wrote byte " + i.ToString() + " outside its " + length.ToString() + " bytes at offset " + start.ToString());
                }
            }

            return failures;
        }
    }
}
