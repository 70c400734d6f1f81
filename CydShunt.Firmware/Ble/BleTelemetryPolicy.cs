using CydShunt.Protocol;

namespace CydShunt.Firmware.Ble
{
    /// <summary>Holds the timing and budget rules of the BLE telemetry service (see Ble/README.md for the reasons).</summary>
    public static class BleTelemetryPolicy
    {
        /// <summary>Notification interval after boot until configured, ms (spec/gatt.md).</summary>
        public const int DefaultNotificationIntervalMilliseconds = ControlPointRequestCodec.DefaultNotificationIntervalMilliseconds;

        /// <summary>Shortest notification interval, ms.</summary>
        public const int MinimumNotificationIntervalMilliseconds = ControlPointRequestCodec.MinimumNotificationIntervalMilliseconds;

        /// <summary>Longest notification interval, ms.</summary>
        public const int MaximumNotificationIntervalMilliseconds = ControlPointRequestCodec.MaximumNotificationIntervalMilliseconds;

        /// <summary>A central with no subscription and no request for this long is disconnected, ms (spec/connection-and-security.md).</summary>
        public const int IdleTimeoutMilliseconds = 60000;

        /// <summary>Default shortest time between two advertising restarts, ms (spec: "typically 1–2 s").</summary>
        public const int DefaultAdvertisingRefreshIntervalMilliseconds = 2000;

        /// <summary>Advertising is never refreshed more often than this, ms (spec: at most once per second).</summary>
        public const int MinimumAdvertisingRefreshIntervalMilliseconds = 1000;

        /// <summary>Longest configurable refresh interval, ms.</summary>
        public const int MaximumAdvertisingRefreshIntervalMilliseconds = 60000;

        /// <summary>
        /// GATT table builds allowed per boot. nanoFramework 1.1.x numbers characteristics with a counter that never
        /// resets and routes events by its low 8 bits: the automatic Device Information service takes 2 ids and every
        /// build of our table <see cref="CydShuntGattTable.CharacteristicCount"/> more, so (255 − 2) / 14 = 18 builds
        /// keep every id unique. A build happens at the first start and when "pairing required" is toggled.
        /// </summary>
        public const int MaximumGattTableBuildsPerBoot = (255 - 2) / CydShuntGattTable.CharacteristicCount;
    }
}
