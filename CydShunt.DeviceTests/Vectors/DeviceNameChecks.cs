using System;
using CydShunt.DeviceTests.SelfTest;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Vectors
{
    /// <summary>
    /// spec/vectors/device-name.json through <see cref="DeviceName.TryCreate(byte[], int, int, out DeviceName, out ProtocolError)"/>,
    /// the overload the firmware uses: the text's UTF-8 bytes (given as hex, because nanoFramework's strings end at a NUL
    /// and index characters outside the Basic Multilingual Plane wrongly) at an offset inside a larger buffer. A valid
    /// name must give back its text, its bytes, the advertised local-name type and the local-name AD structure that
    /// <see cref="AdvertisingBuilder.TryBuildStructures(AdvertisingFormat, ushort, LiveSnapshot, DeviceName, byte[], int, out int)"/> places after Flags and the service UUID; an invalid one the
    /// named error.
    /// </summary>
    public sealed class DeviceNameChecks : VectorChecks
    {
        private const int Margin = 3;
        private const byte Sentinel = 0xA5;

        // In the CydShunt format's ordered AD-structure list the name follows Flags (3 bytes) and the service UUID (18).
        private const int NameStructureOffset = 21;

        /// <summary>Creates the checks.</summary>
        /// <param name="log">Receives every case's verdict.</param>
        public DeviceNameChecks(TestLog log)
            : base(log, "device-name.json")
        {
        }

        /// <inheritdoc/>
        public override void RunCases()
        {
            DeviceNameVectors.Run(this);
        }

        /// <summary>A valid name.</summary>
        /// <param name="name">The case's name.</param>
        /// <param name="kind"><see cref="CaseKind.Valid"/>.</param>
        /// <param name="text">The name's text.</param>
        /// <param name="utf8Hex">The text's UTF-8 bytes: the input, and the name's bytes.</param>
        /// <param name="error"><see cref="ProtocolError.None"/>.</param>
        /// <param name="advertised">The local-name type in the scan response.</param>
        /// <param name="advertisedHex">The local-name AD structure: length, type, advertised bytes.</param>
        public void Name(string name, CaseKind kind, string text, string utf8Hex, ProtocolError error, AdvertisedName advertised, string advertisedHex)
        {
            string? failure;
            try
            {
                failure = kind == CaseKind.Valid ? CheckValid(text, utf8Hex, error, advertised, advertisedHex) : UnexpectedKind(kind);
            }
            catch (Exception exception)
            {
                failure = Describe(exception);
            }

            Finish(name, failure);
        }

        /// <summary>An invalid name: validating its bytes fails with <paramref name="error"/>.</summary>
        /// <param name="name">The case's name.</param>
        /// <param name="kind"><see cref="CaseKind.Invalid"/>.</param>
        /// <param name="text">The text (for reading only: the bytes are the input).</param>
        /// <param name="utf8Hex">The text's UTF-8 bytes.</param>
        /// <param name="error">The expected error.</param>
        public void Name(string name, CaseKind kind, string text, string utf8Hex, ProtocolError error)
        {
            string? failure;
            try
            {
                failure = kind == CaseKind.Invalid ? CheckInvalid(utf8Hex, error) : UnexpectedKind(kind);
            }
            catch (Exception exception)
            {
                failure = Describe(exception);
            }

            Finish(name, failure);
        }

        /// <summary>Creates a name from its UTF-8 bytes given as hex (also used by the advertising checks).</summary>
        /// <param name="utf8Hex">The bytes.</param>
        /// <param name="name">The name, or <see langword="null"/>.</param>
        /// <param name="error">The validation's error.</param>
        /// <returns>Whether the bytes are a valid name.</returns>
        internal static bool TryCreate(string utf8Hex, out DeviceName? name, out ProtocolError error)
        {
            byte[] utf8 = Hex.Parse(utf8Hex);
            byte[] buffer = new byte[utf8.Length + (2 * Margin)];
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = Sentinel;
            }

            Array.Copy(utf8, 0, buffer, Margin, utf8.Length);
            return DeviceName.TryCreate(buffer, Margin, utf8.Length, out name, out error);
        }

        private static string? CheckValid(string text, string utf8Hex, ProtocolError error, AdvertisedName advertised, string advertisedHex)
        {
            bool ok = TryCreate(utf8Hex, out DeviceName? created, out ProtocolError actual);
            string? failures = Verify.Result(null, "TryCreate", true, ok);
            failures = Verify.Error(failures, "error", error, actual);
            if (created == null)
            {
                return Verify.Add(failures, "no name");
            }

            failures = Verify.Text(failures, "text", text, created.Text);
            byte[] utf8 = new byte[created.Length];
            failures = Verify.Result(failures, "TryCopyTo", true, created.TryCopyTo(utf8, 0, out _));
            failures = Verify.Bytes(failures, "utf8", utf8Hex, utf8, 0, utf8.Length);
            failures = Verify.Bool(failures, "shortened in advertising", advertised == AdvertisedName.Shortened, created.IsShortenedInAdvertising);

            byte[] structures = new byte[AdvertisingBuilder.MaximumStructuresLength];
            bool built = AdvertisingBuilder.TryBuildStructures(AdvertisingFormat.CydShunt, 0xFFFF, default(LiveSnapshot), created, structures, 0, out int written);
            failures = Verify.Result(failures, "TryBuildStructures", true, built);
            if (!built || written <= NameStructureOffset || written < NameStructureOffset + structures[NameStructureOffset] + 1)
            {
                return Verify.Add(failures, "no local-name structure at byte " + NameStructureOffset.ToString() + " of " + written.ToString() + " structure bytes");
            }

            return Verify.Bytes(failures, "advertised", advertisedHex, structures, NameStructureOffset, structures[NameStructureOffset] + 1);
        }

        private static string? CheckInvalid(string utf8Hex, ProtocolError error)
        {
            bool ok = TryCreate(utf8Hex, out DeviceName? created, out ProtocolError actual);
            string? failures = Verify.Result(null, "TryCreate", false, ok);
            failures = Verify.Error(failures, "error", error, actual);
            return Verify.Bool(failures, "name is null", true, created == null);
        }
    }
}
