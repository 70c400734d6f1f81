using System;
using System.Collections.Generic;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Tests.Fakes.Ble;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Tests.Ble;

/// <summary>A telemetry service wired to the fakes, configured and started like the firmware does at boot.</summary>
internal sealed class BleRig
{
    public const int TickMilliseconds = 50;

    public BleRig(bool pairingRequired = false, AdvertisingFormat format = AdvertisingFormat.CydShunt, bool configure = true)
    {
        Clock.MillisecondsSinceBoot = 10_000;
        Peripheral = new HostBlePeripheral(Clock);
        Service = new BleTelemetryService(Peripheral, Clock, Actions, Display, new SeededRandomSource(), Persist);
        if (configure)
        {
            Configure(pairingRequired: pairingRequired, format: format);
            Service.Tick();
        }
    }

    public ManualClock Clock { get; } = new();

    public HostBlePeripheral Peripheral { get; }

    public RecordingPasskeyDisplay Display { get; } = new();

    public FakeControlPointActions Actions { get; } = new();

    public BleTelemetryService Service { get; }

    public List<int> PersistedIntervals { get; } = [];

    public bool PersistSucceeds { get; set; } = true;

    /// <summary>The worked example of spec/gatt.md ("Live snapshot").</summary>
    public static LiveSnapshot ExampleSnapshot => new LiveSnapshot(
        sequence: 42,
        status: StatusFlags.Synchronised | StatusFlags.Discharging,
        voltageMillivolts: 13245,
        currentMilliamps: -5234,
        powerMilliwatts: -69300,
        stateOfChargeCentipercent: 8750,
        temperatureCentidegrees: 2150,
        timeToGoMinutes: 754,
        consumedMilliampHours: -12340);

    public void Configure(
        bool enabled = true,
        string name = DeviceName.DefaultText,
        AdvertisingFormat format = AdvertisingFormat.CydShunt,
        ushort companyId = 0xFFFF,
        bool pairingRequired = false,
        int intervalMilliseconds = 1000)
    {
        Service.Configure(enabled, DeviceName.Create(name), format, companyId, pairingRequired, intervalMilliseconds);
    }

    /// <summary>Advances time in ticks of <paramref name="step"/> ms, calling Tick after each.</summary>
    public void Run(long milliseconds, int step = TickMilliseconds)
    {
        for (long t = 0; t < milliseconds; t += step)
        {
            Clock.Advance(step);
            Service.Tick();
        }
    }

    /// <summary>Connects a new central and pairs it with the passkey shown on the screen.</summary>
    public HostBleCentral ConnectPaired()
    {
        HostBleCentral central = Peripheral.Connect();
        Pair(central);
        return central;
    }

    public void Pair(HostBleCentral central)
    {
        central.BeginPairing();
        Service.Tick();
        int passkey = Display.Shown ?? throw new InvalidOperationException("No passkey on screen.");
        if (!central.EnterPasskey(passkey))
        {
            throw new InvalidOperationException("Pairing failed.");
        }

        Service.Tick();
    }

    /// <summary>A paired central with control-point indications enabled.</summary>
    public HostBleCentral ControlCentral()
    {
        HostBleCentral central = ConnectPaired();
        if (!central.EnableIndications(CydShuntGattTable.ControlPoint).IsSuccess)
        {
            throw new InvalidOperationException("Could not enable indications.");
        }

        return central;
    }

    private bool Persist(int intervalMilliseconds)
    {
        if (PersistSucceeds)
        {
            PersistedIntervals.Add(intervalMilliseconds);
        }

        return PersistSucceeds;
    }
}
