namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// Restarts the device. The firmware calls it only at a safe moment: the battery state and any settings are stored
    /// first. On the ESP32 it reboots the chip (<c>nanoFramework.Runtime.Native.Power.RebootDevice</c>) and does not
    /// return; a host implementation records the call and returns, and the firmware then does nothing more until it is
    /// booted again.
    /// </summary>
    public interface IDeviceRestart
    {
        /// <summary>Restarts the device.</summary>
        /// <param name="reason">Why, for the debug output; the boot report of the next boot reads it from the restart note.</param>
        void Restart(RestartReason reason);
    }
}
