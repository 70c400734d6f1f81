using System;

namespace CydShunt.Firmware.Tests.Support;

/// <summary>
/// The start of an exact zero-allocation window on the current thread. A garbage collection during a window was seen to
/// charge the thread with the unused rest of its allocation context: +8,008 bytes at a random point of a loop that
/// allocates nothing (the cause of the BLE allocation test's occasional 1,296-byte failures; see CHANGELOG.md).
/// Collecting first leaves the thread without a partly used context, so a window that allocates
/// nothing has nothing to be charged for, and any real allocation is still counted to the byte.
/// </summary>
internal static class ThreadAllocations
{
    /// <summary>Collects garbage, then reads the thread's allocated-bytes counter.</summary>
    /// <returns>The counter at the start of the window.</returns>
    public static long Begin()
    {
        GC.Collect();
        return GC.GetAllocatedBytesForCurrentThread();
    }
}
