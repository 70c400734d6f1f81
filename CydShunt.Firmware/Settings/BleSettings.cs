using CydShunt.Firmware.Storage;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Settings
{
    /// <summary>
    /// BLE settings a client can change over the control point (today: the notification interval), persisted as record
    /// kind SettingsBle. Layout version 1: <c>[0] version = 1, [1..2] notification interval ms (u16)</c>; trailing bytes
    /// are ignored.
    /// </summary>
    public sealed class BleSettings
    {
        /// <summary>Version of the layout written by <see cref="WriteTo"/>.</summary>
        public const byte PayloadVersion = 1;

        /// <summary>Bytes written by <see cref="WriteTo"/>.</summary>
        public const int SerializedSize = 3;

        /// <summary>Notification interval in milliseconds, 200–10000 (default 1000).</summary>
        public int NotificationIntervalMilliseconds { get; set; } = ControlPointRequestCodec.DefaultNotificationIntervalMilliseconds;

        /// <summary>Whether the interval is within the protocol's range.</summary>
        /// <returns><see langword="true"/> when valid.</returns>
        public bool IsValid()
        {
            return NotificationIntervalMilliseconds >= ControlPointRequestCodec.MinimumNotificationIntervalMilliseconds
                && NotificationIntervalMilliseconds <= ControlPointRequestCodec.MaximumNotificationIntervalMilliseconds;
        }

        /// <summary>Writes the settings.</summary>
        /// <param name="buffer">Destination with at least <see cref="SerializedSize"/> bytes from <paramref name="offset"/>.</param>
        /// <param name="offset">Where to write.</param>
        /// <returns><see cref="SerializedSize"/>.</returns>
        public int WriteTo(byte[] buffer, int offset)
        {
            if (!IsValid() || buffer == null || offset < 0 || buffer.Length - offset < SerializedSize)
            {
                throw new System.ArgumentException("Invalid BLE settings or buffer too small.");
            }

            buffer[offset] = PayloadVersion;
            PayloadBytes.WriteInt16(buffer, offset + 1, NotificationIntervalMilliseconds);
            return SerializedSize;
        }

        /// <summary>Reads stored settings.</summary>
        /// <param name="buffer">The payload.</param>
        /// <param name="offset">Where it starts.</param>
        /// <param name="count">Its length.</param>
        /// <param name="settings">The settings when valid.</param>
        /// <param name="versionKnown">Whether the payload's version is known (for the store's verdict).</param>
        /// <returns>Whether the payload holds valid settings.</returns>
        public static bool TryReadFrom(byte[] buffer, int offset, int count, out BleSettings? settings, out bool versionKnown)
        {
            settings = null;
            versionKnown = buffer != null && offset >= 0 && count >= 1 && count <= buffer.Length - offset && buffer[offset] == PayloadVersion;
            if (!versionKnown || count < SerializedSize)
            {
                return false;
            }

            BleSettings read = new BleSettings();
            read.NotificationIntervalMilliseconds = PayloadBytes.ReadUInt16(buffer!, offset + 1);
            if (!read.IsValid())
            {
                return false;
            }

            settings = read;
            return true;
        }
    }
}
