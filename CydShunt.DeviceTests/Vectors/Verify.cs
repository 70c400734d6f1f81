using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>
    /// Field comparisons for the vector checks. Each takes the failures found so far (<see langword="null"/> = none) and
    /// returns them with this field's mismatch appended as "field: expected E, actual A", so one case reports every wrong
    /// field. Nothing is allocated while the values agree. Enumerations are printed as numbers: nanoFramework's
    /// Enum.ToString returns the number anyway, so both runtimes print the same.
    /// </summary>
    public static class Verify
    {
        /// <summary>Appends <paramref name="failure"/> to <paramref name="failures"/>.</summary>
        /// <param name="failures">Failures so far, or <see langword="null"/>.</param>
        /// <param name="failure">A new failure.</param>
        /// <returns>Both, separated by "; ".</returns>
        public static string Add(string? failures, string failure)
        {
            return failures == null ? failure : failures + "; " + failure;
        }

        /// <summary>Compares two integers of a model field (<see cref="Measurement.NotAvailable"/> prints as NA).</summary>
        /// <param name="failures">Failures so far.</param>
        /// <param name="field">The field's name.</param>
        /// <param name="expected">The vector's value.</param>
        /// <param name="actual">The library's value.</param>
        /// <returns>The failures.</returns>
        public static string? Int(string? failures, string field, int expected, int actual)
        {
            if (expected == actual)
            {
                return failures;
            }

            return Add(failures, field + ": expected " + Number(expected) + ", actual " + Number(actual));
        }

        /// <summary>Compares two flags.</summary>
        /// <param name="failures">Failures so far.</param>
        /// <param name="field">What the flag says.</param>
        /// <param name="expected">The vector's value.</param>
        /// <param name="actual">The library's value.</param>
        /// <returns>The failures.</returns>
        public static string? Bool(string? failures, string field, bool expected, bool actual)
        {
            if (expected == actual)
            {
                return failures;
            }

            return Add(failures, field + ": expected " + (expected ? "true" : "false") + ", actual " + (actual ? "true" : "false"));
        }

        /// <summary>Compares an error kind.</summary>
        /// <param name="failures">Failures so far.</param>
        /// <param name="field">Which error (e.g. "decode error").</param>
        /// <param name="expected">The vector's error.</param>
        /// <param name="actual">The library's error.</param>
        /// <returns>The failures.</returns>
        public static string? Error(string? failures, string field, ProtocolError expected, ProtocolError actual)
        {
            if (expected == actual)
            {
                return failures;
            }

            return Add(failures, field + ": expected " + ((int)expected).ToString() + ", actual " + ((int)actual).ToString());
        }

        /// <summary>Compares two texts, either of which may be missing.</summary>
        /// <param name="failures">Failures so far.</param>
        /// <param name="field">The field's name.</param>
        /// <param name="expected">The vector's text, or <see langword="null"/> for none.</param>
        /// <param name="actual">The library's text, or <see langword="null"/>.</param>
        /// <returns>The failures.</returns>
        public static string? Text(string? failures, string field, string? expected, string? actual)
        {
            if (expected == null ? actual == null : actual != null && string.Equals(expected, actual))
            {
                return failures;
            }

            return Add(failures, field + ": expected " + Quote(expected) + ", actual " + Quote(actual));
        }

        /// <summary>Compares bytes with the hexadecimal the vector gives.</summary>
        /// <param name="failures">Failures so far.</param>
        /// <param name="field">The field's name.</param>
        /// <param name="expectedHex">The vector's bytes.</param>
        /// <param name="actual">The buffer.</param>
        /// <param name="offset">Where the bytes start.</param>
        /// <param name="count">How many bytes the library produced.</param>
        /// <returns>The failures.</returns>
        public static string? Bytes(string? failures, string field, string expectedHex, byte[] actual, int offset, int count)
        {
            if (Hex.Matches(expectedHex, actual, offset, count))
            {
                return failures;
            }

            return Add(failures, field + ": expected " + expectedHex + ", actual " + Hex.Format(actual, offset, count));
        }

        /// <summary>A failed call that should have succeeded, or succeeded when it should have failed.</summary>
        /// <param name="failures">Failures so far.</param>
        /// <param name="call">The call, e.g. "TryEncode".</param>
        /// <param name="expected">The result it should have returned.</param>
        /// <param name="actual">The result it returned.</param>
        /// <returns>The failures.</returns>
        public static string? Result(string? failures, string call, bool expected, bool actual)
        {
            return Bool(failures, call + " result", expected, actual);
        }

        private static string Number(int value)
        {
            return value == Measurement.NotAvailable ? "NA" : value.ToString();
        }

        private static string Quote(string? text)
        {
            return text == null ? "null" : "\"" + text + "\"";
        }
    }
}
