using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Application
{
    /// <summary>
    /// Reads and writes the restart note (record kind <see cref="RecordKind.RestartNote"/>): why the firmware restarted the device, written
    /// just before the restart so that the next boot can say so (boot report, About page). Payload: version (1), reason.
    /// </summary>
    internal static class RestartNote
    {
        /// <summary>Payload length, bytes.</summary>
        public const int Length = 2;

        private const byte Version = 1;

        /// <summary>Writes the note for <paramref name="reason"/> at <paramref name="offset"/>.</summary>
        /// <returns>The payload length.</returns>
        public static int WriteTo(RestartReason reason, byte[] buffer, int offset)
        {
            buffer[offset] = Version;
            buffer[offset + 1] = (byte)reason;
            return Length;
        }

        /// <summary>Reads a note; false for a wrong length, an unknown version or an unknown reason.</summary>
        public static bool TryRead(byte[] buffer, int offset, int count, out RestartReason reason, out bool versionKnown)
        {
            reason = RestartReason.None;
            versionKnown = count >= 1 && buffer[offset] == Version;
            if (!versionKnown || count != Length || buffer[offset + 1] != (byte)RestartReason.BleRecovery)
            {
                return false;
            }

            reason = RestartReason.BleRecovery;
            return true;
        }
    }
}
