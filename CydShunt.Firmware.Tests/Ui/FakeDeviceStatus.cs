using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Ui;

namespace CydShunt.Firmware.Tests.Ui;

/// <summary>Links and sensor state a test sets.</summary>
internal sealed class FakeDeviceStatus : IDeviceStatus
{
    public bool BleEnabled { get; set; } = true;
    public bool BleRunning { get; set; } = true;
    public bool BleConnected { get; set; }
    public bool VeDirectEnabled { get; set; } = true;
    public int VeDirectBlocksSent { get; set; }
    public int PairingsCompleted { get; set; }
    public bool LastPairingSucceeded { get; set; }
    public ShuntSensorType SensorType { get; set; } = ShuntSensorType.Ina228;
    public SensorError SensorError { get; set; } = SensorError.None;
}
