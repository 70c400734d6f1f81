using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Decides when the next round of notifications is due: the first subscriber of a link is served at the next tick,
    /// then one round per interval at a fixed rate (spec/gatt.md "Notifications", Ble/README.md "Notification timing").
    /// Not thread-safe: see the locking rule in <see cref="BleTelemetryService"/>.
    /// </summary>
    internal sealed class NotificationScheduler
    {
        private int _intervalMilliseconds = BleTelemetryPolicy.DefaultNotificationIntervalMilliseconds;
        private long _nextAt;
        private long _lastAt;
        private bool _notifiedOnThisLink;

        /// <summary>The notification interval, ms.</summary>
        public int IntervalMilliseconds
        {
            get { return _intervalMilliseconds; }
        }

        /// <summary>Sets the interval; the next round is due one new interval after the last one.</summary>
        /// <param name="milliseconds">200..10000, already validated.</param>
        public void SetInterval(int milliseconds)
        {
            _intervalMilliseconds = milliseconds;
            long next = _lastAt + milliseconds;
            _nextAt = next;
        }

        /// <summary>Sets the interval as <see cref="SetInterval"/> does; a round that is then overdue goes out at the next tick, not earlier.</summary>
        /// <param name="milliseconds">200..10000, already validated.</param>
        /// <param name="now">Milliseconds since boot.</param>
        public void SetIntervalAt(int milliseconds, long now)
        {
            SetInterval(milliseconds);
            if (_nextAt < now)
            {
                _nextAt = now;
            }
        }

        /// <summary>A new link starts (or the old one ended): its first subscriber is served at once.</summary>
        public void StartLink()
        {
            _notifiedOnThisLink = false;
        }

        /// <summary>The first notifying characteristic of the link was subscribed.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        public void FirstSubscription(long now)
        {
            // A first subscriber gets the current values at the next tick, then every interval. The interval holds per
            // connection whatever the CCCD does: turning a subscription off and on again waits for it.
            long earliest = _lastAt + _intervalMilliseconds;
            _nextAt = _notifiedOnThisLink && earliest > now ? earliest : now;
        }

        /// <summary>Starts a round when one is due and schedules the next; a late tick sends once and re-anchors.</summary>
        /// <param name="now">Milliseconds since boot.</param>
        /// <returns>Whether a round is due now.</returns>
        public bool TryStartRound(long now)
        {
            if (now < _nextAt)
            {
                return false;
            }

            _lastAt = now;
            _notifiedOnThisLink = true;
            _nextAt = FixedRate.Next(_nextAt, now, _intervalMilliseconds);
            return true;
        }
    }
}
