using CydShunt.Protocol.Primitives;

namespace CydShunt.Protocol
{
    /// <summary>The value of the alarms characteristic: status flags and active alarms.</summary>
    public struct AlarmStatus
    {
        /// <summary>Creates a value with every field given.</summary>
        /// <param name="status">Status flags.</param>
        /// <param name="alarms">Active alarms.</param>
        public AlarmStatus(StatusFlags status, AlarmFlags alarms)
        {
            Status = status;
            Alarms = alarms;
        }

        /// <summary>Status flags (same meaning as in the snapshot and glance frame).</summary>
        public StatusFlags Status { get; }

        /// <summary>Active alarms.</summary>
        public AlarmFlags Alarms { get; }

        /// <summary>The fields with their units, e.g. for logs and the debugger; "n/a" marks an unavailable quantity.</summary>
        /// <returns>The text.</returns>
        public override string ToString()
        {
            return "AlarmStatus { Status = " + ValueText.Status(Status) + ", Alarms = " + ValueText.Alarms(Alarms) + " }";
        }
    }
}
