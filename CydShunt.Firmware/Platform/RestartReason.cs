namespace CydShunt.Firmware.Platform
{
    /// <summary>Why the firmware restarts the device itself. The values are stored (restart note), so they never change meaning.</summary>
    public enum RestartReason : byte
    {
        /// <summary>No restart by the firmware (power-on, reset button, crash or a restart the firmware did not note).</summary>
        None = 0,

        /// <summary>
        /// The BLE service used up its GATT table builds for this boot (<c>BleTelemetryService.RebootRequired</c>): BLE is
        /// off until a restart, so the firmware restarts to bring it back with the stored settings.
        /// </summary>
        BleRecovery = 1,
    }
}
