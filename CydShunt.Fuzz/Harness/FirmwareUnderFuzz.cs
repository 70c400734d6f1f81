using CydShunt.Firmware.Application;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Host.Sensors;
using CydShunt.Firmware.Host.Serial;
using CydShunt.Firmware.Host.Storage;

namespace CydShunt.Fuzz.Harness;

/// <summary>
/// The whole firmware on the host ports (simulated INA228 on the default 500 A / 50 mV shunt, in-memory serial port,
/// flash and BLE peripheral), as the simulator and the full-stack tests run it. One per input, so that no state
/// carries from one input to the next.
/// </summary>
public sealed class FirmwareUnderFuzz
{
    /// <summary>The tick the simulator and the device use.</summary>
    public const int TickMilliseconds = 100;

    public FirmwareUnderFuzz(InMemoryFlashStorage? flash = null)
    {
        Clock.MillisecondsSinceBoot = 5_000;
        Chip.RecordTraffic = false;
        Chip.BusMicrovolts = 13_200_000;
        Chip.ShuntNanovolts = -200_000;
        Flash = flash ?? new InMemoryFlashStorage();
        Peripheral = new HostBlePeripheral(Clock);
        Firmware = new ShuntFirmware(
            new FirmwarePorts(Clock, Chip, Serial, Flash, Peripheral, Display, new SeededRandomSource(), new RecordingDeviceRestart()),
            new FirmwareIdentity(1, 0, 0, "HQ2611FUZZ0"));
    }

    public ManualClock Clock { get; } = new();

    public SimulatedIna228 Chip { get; } = new();

    public InMemorySerialPort Serial { get; } = new();

    public InMemoryFlashStorage Flash { get; }

    public HostBlePeripheral Peripheral { get; }

    public RecordingPasskeyDisplay Display { get; } = new();

    public ShuntFirmware Firmware { get; }

    /// <summary>Lets <paramref name="milliseconds"/> pass, ticking the firmware every <see cref="TickMilliseconds"/>.</summary>
    public void Run(int milliseconds)
    {
        for (int t = 0; t < milliseconds; t += TickMilliseconds)
        {
            Chip.Advance(TickMilliseconds);
            Clock.Advance(TickMilliseconds);
            Firmware.Tick();
        }
    }
}
