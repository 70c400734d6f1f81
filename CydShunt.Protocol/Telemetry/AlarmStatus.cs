namespace CydShunt.Protocol
{
    /// <summary>The value of the alarms characteristic: status flags and active alarms.</summary>
    public struct AlarmStatus
    {
        /// <summary>Status flags (same meaning as in the snapshot and glance frame).</summary>
        public StatusFlags Status { get; set; }

        /// <summary>Active alarms.</summary>
        public AlarmFlags Alarms { get; set; }
    }
}
