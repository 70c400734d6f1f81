using CydShunt.Protocol;

namespace CydShunt.Firmware.Ble
{
    /// <summary>
    /// Performs the device-state changes a paired central may request through the control point (spec/gatt.md). Implemented by
    /// the battery monitor; called on the main loop from <see cref="BleTelemetryService.Tick"/>, never from a BLE event.
    /// Each returns <see cref="ControlPointResult.Success"/> or <see cref="ControlPointResult.OperationFailed"/>
    /// (e.g. storage failure), which the service indicates to the central.
    /// </summary>
    public interface IControlPointActions
    {
        /// <summary>Energy charged and energy discharged := 0.</summary>
        /// <returns>The result to indicate.</returns>
        ControlPointResult ResetEnergyCounters();

        /// <summary>SOC := 100.00 %, consumed charge := 0, Synchronised flag set.</summary>
        /// <returns>The result to indicate.</returns>
        ControlPointResult SynchroniseStateOfCharge();

        /// <summary>Battery capacity := <paramref name="ampHours"/> (persisted).</summary>
        /// <param name="ampHours">1..65534, already validated.</param>
        /// <returns>The result to indicate.</returns>
        ControlPointResult SetBatteryCapacity(int ampHours);
    }
}
