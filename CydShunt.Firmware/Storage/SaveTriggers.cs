using System;

namespace CydShunt.Firmware.Storage
{
    /// <summary>Why the battery state is due to be saved (several may apply at once).</summary>
    [Flags]
    public enum SaveTriggers : byte
    {
        /// <summary>Not due.</summary>
        None = 0,

        /// <summary>The save period has passed since the last save.</summary>
        Periodic = 0x01,

        /// <summary>The state of charge moved by at least the configured step since the last save (or just became known).</summary>
        StateOfChargeChanged = 0x02,

        /// <summary>The monitor synchronised to 100 % (full charge detected).</summary>
        Synchronised = 0x04,

        /// <summary>The user reset the counters or the history.</summary>
        CountersReset = 0x08,

        /// <summary>Battery settings changed (the state is re-based on them).</summary>
        SettingsChanged = 0x10,

        /// <summary>Something else asked for a save, e.g. an orderly restart.</summary>
        Requested = 0x20,
    }
}
