namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Decides when a connected central has been idle long enough to be disconnected (spec/connection-and-security.md,
    /// <see cref="BleTelemetryPolicy.IdleTimeoutMilliseconds"/>). Not thread-safe: see the locking rule in
    /// <see cref="BleTelemetryService"/>.
    /// </summary>
    internal sealed class IdleTimeout
    {
        private long _lastActivityAt;

        /// <summary>Records a connection change, read, write, subscription change or pairing step.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        public void RecordActivity(long now)
        {
            _lastActivityAt = now;
        }

        /// <summary>Whether the central should be disconnected.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        /// <param name="keptAlive">A subscription that is served keeps the link (<see cref="Subscriptions.KeepLinkAlive"/>).</param>
        /// <returns><see langword="true"/> after the idle timeout with no activity and nothing that keeps the link.</returns>
        public bool HasExpired(long now, bool keptAlive)
        {
            return !keptAlive && now - _lastActivityAt >= BleTelemetryPolicy.IdleTimeoutMilliseconds;
        }
    }
}
