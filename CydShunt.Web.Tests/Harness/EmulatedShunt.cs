using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CydShunt.Firmware.Application;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Host.Sensors;
using CydShunt.Firmware.Host.Serial;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Storage;
using CydShunt.Protocol;

namespace CydShunt.Web.Tests.Harness;

/// <summary>
/// Our firmware on host ports — a register-level INA228 on the default 500 A / 50 mV shunt, flash, a serial port and
/// the host BLE peripheral — running in real time: every 100 ms of wall time it moves the sensor and the firmware's
/// clock by 100 ms and ticks the firmware. The BLE side is a <see cref="HostBleCentral"/> that stands for the browser.
/// Every member locks: the pump and the DevTools events come on different threads.
/// </summary>
public sealed class EmulatedShunt : IAsyncDisposable
{
    /// <summary>Firmware tick period, ms (the firmware asks for a tick at least every 100 ms).</summary>
    public const int TickMilliseconds = 100;

    /// <summary>The identity the firmware reports (Device Info firmware version).</summary>
    public static readonly FirmwareIdentity Identity = new(1, 4, 2, "WEB0000014");

    // 500 A / 50 mV shunt: 0.1 mΩ, so 1 mA gives 100 nV.
    private const long ShuntNanovoltsPerMilliamp = 100;

    private readonly object _gate = new();
    private const long BootMilliseconds = 5_000;

    private readonly ManualClock _clock = new() { MillisecondsSinceBoot = BootMilliseconds };
    private readonly SimulatedIna228 _chip = new() { RecordTraffic = false };
    private readonly HostBlePeripheral _peripheral;
    private readonly RecordingPasskeyDisplay _display = new();
    private readonly ShuntFirmware _firmware;
    private readonly Dictionary<byte, LiveSnapshot> _servedBySequence = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private readonly Dictionary<int, int> _pushedAtWrite = [];
    private HostBleCentral? _central;
    private bool _paused;

    /// <summary>Boots the firmware for a 12 V lithium bank of <paramref name="capacityAmpHours"/> and starts the pump.</summary>
    /// <param name="capacityAmpHours">Configured battery capacity.</param>
    /// <param name="currentMilliamps">Battery current (+ = charging).</param>
    /// <param name="voltageMillivolts">Battery voltage.</param>
    public EmulatedShunt(int capacityAmpHours, int currentMilliamps, int voltageMillivolts)
    {
        _peripheral = new HostBlePeripheral(_clock);
        _firmware = new ShuntFirmware(
            new FirmwarePorts(_clock, _chip, new InMemorySerialPort(), new InMemoryFlashStorage(), _peripheral, _display, new SeededRandomSource(), new RecordingDeviceRestart()),
            Identity);
        _firmware.Boot();
        BatterySettings battery = BatterySettings.CreatePreset(12, BatteryChemistry.Lithium);
        battery.CapacityAmpHours = capacityAmpHours;
        SettingsSaveResult saved = _firmware.ApplyBatterySettings(battery, out BatterySettingsError error);
        if (saved is not (SettingsSaveResult.Saved or SettingsSaveResult.Unchanged))
        {
            throw new InvalidOperationException("The firmware refused the battery settings: " + saved + " " + error);
        }

        SetBattery(currentMilliamps, voltageMillivolts);
        Run(2_000); // the first measurements
        _pump = PumpAsync(_stop.Token);
    }

    /// <summary>The GATT table the firmware registered.</summary>
    public BleGattTable Table
    {
        get
        {
            lock (_gate)
            {
                return _peripheral.BuiltTable ?? throw new InvalidOperationException("The firmware built no GATT table.");
            }
        }
    }

    /// <summary>The GAP device name the firmware set.</summary>
    public string DeviceName
    {
        get
        {
            lock (_gate)
            {
                return _peripheral.GapDeviceName ?? throw new InvalidOperationException("The BLE stack is not started.");
            }
        }
    }

    /// <summary>
    /// Whether the browser's link is paired with the passkey (stands for the OS pairing dialog, which the DevTools
    /// protocol cannot drive): on each connection the central then pairs, or encrypts with its bond.
    /// </summary>
    public bool PairOnConnect { get; set; }

    /// <summary>Whether the browser is connected.</summary>
    public bool IsConnected
    {
        get
        {
            lock (_gate)
            {
                return _central is { IsConnected: true };
            }
        }
    }

    /// <summary>The firmware's latest snapshot (model values, before encoding).</summary>
    public LiveSnapshot Snapshot
    {
        get
        {
            lock (_gate)
            {
                return _firmware.Snapshot;
            }
        }
    }

    /// <summary>Simulated time since boot, ms.</summary>
    public long ElapsedMilliseconds
    {
        get
        {
            lock (_gate)
            {
                return _clock.MillisecondsSinceBoot - BootMilliseconds;
            }
        }
    }

    /// <summary>The firmware's configured battery capacity, Ah.</summary>
    public int CapacityAmpHours
    {
        get
        {
            lock (_gate)
            {
                return _firmware.BatterySettings.CapacityAmpHours;
            }
        }
    }

    /// <summary>Battery current in mA (+ = charging) and voltage in mV the shunt sees from now on.</summary>
    public void SetBattery(int currentMilliamps, int voltageMillivolts)
    {
        lock (_gate)
        {
            _chip.ShuntNanovolts = currentMilliamps * ShuntNanovoltsPerMilliamp;
            _chip.BusMicrovolts = voltageMillivolts * 1000L;
        }
    }

    /// <summary>Lets simulated time pass at once (ticks the firmware every 100 ms), paused or not.</summary>
    public void Run(long milliseconds)
    {
        lock (_gate)
        {
            for (long t = 0; t < milliseconds; t += TickMilliseconds)
            {
                Step();
            }
        }
    }

    /// <summary>Stops or resumes the firmware's measurement loop (its BLE stack keeps answering).</summary>
    public void Pause(bool paused)
    {
        lock (_gate)
        {
            _paused = paused;
        }
    }

    /// <summary>The model snapshot the firmware had when it answered a read with <paramref name="sequence"/>.</summary>
    public LiveSnapshot? ServedSnapshot(byte sequence)
    {
        lock (_gate)
        {
            return _servedBySequence.TryGetValue(sequence, out LiveSnapshot s) ? s : null;
        }
    }

    /// <summary>The browser connects: a GATT connection request reached the device.</summary>
    /// <returns>Whether the firmware's stack accepted the connection.</returns>
    public bool Connect()
    {
        lock (_gate)
        {
            _central ??= new HostBleCentral(_peripheral);
            if (_central.IsConnected)
            {
                return true;
            }

            if (!_peripheral.TryConnect(_central))
            {
                return false;
            }

            if (PairOnConnect)
            {
                if (_central.HasBond && _central.EncryptWithBond())
                {
                    return true;
                }

                _central.BeginPairing();
                _firmware.Tick(); // the firmware puts the passkey on its screen
                int passkey = _display.Shown ?? throw new InvalidOperationException("The firmware showed no passkey.");
                if (!_central.EnterPasskey(passkey))
                {
                    throw new InvalidOperationException("Pairing with the displayed passkey failed.");
                }
            }

            return true;
        }
    }

    /// <summary>The link drops (the device side of a DevTools-simulated disconnection).</summary>
    public void Disconnect()
    {
        lock (_gate)
        {
            if (_central is { IsConnected: true })
            {
                _central.Disconnect();
            }
        }
    }

    /// <summary>An ATT read of characteristic <paramref name="index"/>.</summary>
    public AttResult Read(int index)
    {
        lock (_gate)
        {
            AttResult result = Central().Read(index);
            if (index == CydShuntGattTable.LiveSnapshot && result.IsSuccess)
            {
                _servedBySequence[result.Value[0]] = _firmware.Snapshot;
            }

            return result;
        }
    }

    /// <summary>An ATT write request.</summary>
    public AttResult Write(int index, byte[] value)
    {
        lock (_gate)
        {
            HostBleCentral central = Central();
            _pushedAtWrite[index] = Pushed(central, index);
            return central.Write(index, value);
        }
    }

    /// <summary>A CCCD write.</summary>
    public AttResult WriteCccd(int index, ushort value)
    {
        lock (_gate)
        {
            return Central().WriteCccd(index, value);
        }
    }

    /// <summary>A descriptor read.</summary>
    public AttResult ReadDescriptor(int index, ushort descriptor)
    {
        lock (_gate)
        {
            return Central().ReadDescriptor(index, descriptor);
        }
    }

    /// <summary>
    /// The value the firmware pushed on <paramref name="index"/> (indication or notification: what the browser would
    /// have received unprompted) since the last write to it; waits up to <paramref name="timeout"/>, null when none came.
    /// </summary>
    public byte[]? WaitForPushedSinceLastWrite(int index, TimeSpan timeout)
    {
        DateTime end = DateTime.UtcNow + timeout;
        while (true)
        {
            lock (_gate)
            {
                HostBleCentral central = Central();
                if (Pushed(central, index) > _pushedAtWrite.GetValueOrDefault(index))
                {
                    return central.Indications.Last(index) ?? central.Notifications.Last(index);
                }
            }

            if (DateTime.UtcNow > end)
            {
                return null;
            }

            Thread.Sleep(20);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pump;
        _stop.Dispose();
    }

    private static int Pushed(HostBleCentral central, int index) => central.Indications.CountFor(index) + central.Notifications.CountFor(index);

    private HostBleCentral Central() => _central is { IsConnected: true } c ? c : throw new InvalidOperationException("No central is connected.");

    private void Step()
    {
        _chip.Advance(TickMilliseconds);
        _clock.Advance(TickMilliseconds);
        _firmware.Tick();
    }

    private async Task PumpAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(TickMilliseconds));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                lock (_gate)
                {
                    if (!_paused)
                    {
                        Step();
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // disposed
        }
    }
}
