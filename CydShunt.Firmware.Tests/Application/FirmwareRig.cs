using System;
using CydShunt.Firmware.Application;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Host.Sensors;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Host.Serial;

namespace CydShunt.Firmware.Tests.Application;

/// <summary>
/// The whole firmware on the host: a register-level INA228 on a 500 A / 50 mV shunt (the default shunt settings), a
/// serial port, flash, and the BLE peripheral, all fakes; <see cref="Run"/> moves the physical world and the clock.
/// </summary>
public sealed class FirmwareRig
{
    public const int TickMilliseconds = 100;

    // 500 A / 50 mV shunt: 0.1 mΩ, so 1 mA gives 100 nV.
    private const long ShuntNanovoltsPerMilliamp = 100;

    public FirmwareRig(InMemoryFlashStorage? flash = null, ISerialPort? serial = null)
    {
        Clock.MillisecondsSinceBoot = 5_000;
        Chip.RecordTraffic = false;
        Flash = flash ?? new InMemoryFlashStorage();
        Serial = serial ?? new InMemorySerialPort();
        Peripheral = new HostBlePeripheral(Clock);
        Firmware = new ShuntFirmware(
            new FirmwarePorts(Clock, Chip, Serial, Flash, Peripheral, Display, new SeededRandomSource(), Restart),
            new FirmwareIdentity(1, 2, 3, "HQ2611ABCDE"));
    }

    public ManualClock Clock { get; } = new();

    public SimulatedIna228 Chip { get; } = new();

    public InMemoryFlashStorage Flash { get; }

    public ISerialPort Serial { get; }

    public HostBlePeripheral Peripheral { get; }

    public RecordingPasskeyDisplay Display { get; } = new();

    public RecordingDeviceRestart Restart { get; } = new();

    public ShuntFirmware Firmware { get; }

    /// <summary>Battery current in mA (+ = charging) and voltage in mV the shunt sees from now on.</summary>
    public void SetBattery(int currentMilliamps, int voltageMillivolts)
    {
        Chip.ShuntNanovolts = currentMilliamps * ShuntNanovoltsPerMilliamp;
        Chip.BusMicrovolts = voltageMillivolts * 1000L;
    }

    /// <summary>Lets <paramref name="milliseconds"/> pass in steps of <see cref="TickMilliseconds"/>, ticking the firmware each step.</summary>
    public void Run(long milliseconds, Action? afterTick = null)
    {
        for (long t = 0; t < milliseconds; t += TickMilliseconds)
        {
            Chip.Advance(TickMilliseconds);
            Clock.Advance(TickMilliseconds);
            Firmware.Tick();
            afterTick?.Invoke();
        }
    }
}
