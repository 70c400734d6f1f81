namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Persists a notification interval a central set with control-point opcode 0x04. Called on the main loop before the
    /// service applies the interval.
    /// </summary>
    /// <param name="intervalMilliseconds">200..10000, already validated.</param>
    /// <returns>Whether the interval was stored; <see langword="false"/> leaves the interval unchanged and indicates OperationFailed.</returns>
    public delegate bool NotificationIntervalChangedHandler(int intervalMilliseconds);
}
