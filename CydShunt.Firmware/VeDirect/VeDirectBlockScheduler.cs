using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// Decides when a text block is due: one block per second, alternating main and history, the first one (a main
    /// block) at the first poll. Due times advance by exactly one interval so the rate does not drift with the poll
    /// period; after a stall of more than one interval the schedule restarts from now instead of sending a burst.
    /// </summary>
    public sealed class VeDirectBlockScheduler
    {
        /// <summary>Time between the starts of two consecutive blocks.</summary>
        public const int BlockIntervalMilliseconds = 1000;

        private bool _started;
        private long _nextDue;
        private VeDirectBlockKind _next = VeDirectBlockKind.Main;

        /// <summary>Returns the block to send now, or <see cref="VeDirectBlockKind.None"/>; a returned block counts as sent.</summary>
        public VeDirectBlockKind Poll(long nowMilliseconds)
        {
            if (_started && nowMilliseconds < _nextDue)
            {
                return VeDirectBlockKind.None;
            }

            _nextDue = _started ? FixedRate.Next(_nextDue, nowMilliseconds, BlockIntervalMilliseconds) : nowMilliseconds + BlockIntervalMilliseconds;
            _started = true;
            VeDirectBlockKind due = _next;
            _next = due == VeDirectBlockKind.Main ? VeDirectBlockKind.History : VeDirectBlockKind.Main;
            return due;
        }

        /// <summary>Starts over: the next poll sends a main block.</summary>
        public void Reset()
        {
            _started = false;
            _next = VeDirectBlockKind.Main;
        }
    }
}
