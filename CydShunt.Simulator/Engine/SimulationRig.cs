using System;
using System.IO;
using CydShunt.Firmware.Application;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Host.Ble;
using CydShunt.Firmware.Host.Display;
using CydShunt.Firmware.Ui;
using CydShunt.Firmware.Host.Sensors;
using CydShunt.Firmware.Host.Simulation;
using CydShunt.Firmware.Host.Storage;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Settings;
using CydShunt.Protocol;
using CydShunt.Firmware.Storage;

namespace CydShunt.Simulator;

/// <summary>
/// The firmware under test, wired to host ports, in a simulated world: <see cref="Step"/> moves the physics by
/// <see cref="StepMilliseconds"/>, lets the simulated INA228 convert, advances the firmware's clock, runs one
/// firmware tick and lets the BLE client read what went over the air.
/// </summary>
internal sealed class SimulationRig : IDisposable
{
    /// <summary>Simulated time per step, ms: the firmware asks for a tick at least every 100 ms.</summary>
    public const int StepMilliseconds = 100;

    /// <summary>The version the simulated firmware reports.</summary>
    public static readonly FirmwareIdentity Identity = new(1, 0, 0, "SIM0000001");

    private readonly TruthSample[] _truthBySequence = new TruthSample[256];
    private readonly bool[] _truthKnown = new bool[256];
    private readonly IVeDirectSink? _sink;
    private int _lastSequence = -1;
    private int _nextTap;

    /// <summary>Builds the world, the ports and the firmware; call <see cref="Boot"/> next.</summary>
    public SimulationRig(SimulatorSettings settings, IVeDirectSink? sink)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        _sink = sink;
        DayProfile profile = DayProfile.Create(settings.Profile, settings.Seed)
            ?? throw new ArgumentException("Unknown profile '" + settings.Profile + "'.", nameof(settings));
        World = new PhysicalWorld(
            settings.Battery,
            profile,
            settings.InitialStateOfCharge,
            (long)settings.StartTimeOfDay.TotalMilliseconds,
            ShuntSettings.DefaultRatedCurrentAmps,
            ShuntSettings.DefaultRatedMillivolts);
        Clock = new ManualClock();
        Chip = settings.Sensor == "ina226" ? new SimulatedIna226 { RecordTraffic = false } : new SimulatedIna228 { RecordTraffic = false };
        Peripheral = new HostBlePeripheral(Clock);
        VeDirect = new VeDirectTap(sink) { Clock = Clock };
        Storage = settings.StorageFolder == null ? new InMemoryFlashStorage() : InFolder("--storage", settings.StorageFolder, f => new FileStorage(f));
        PasskeyDisplay = new RecordingPasskeyDisplay();
        DeviceRestart = new RecordingDeviceRestart { OnRestart = _ => RestartedAt ??= Clock.MillisecondsSinceBoot };
        Screen = new EmulatedScreen();
        Snapshots = settings.ScreenSnapshotFolder == null ? null : InFolder("--screen-snapshots", settings.ScreenSnapshotFolder, f => new ScreenSnapshotWriter(f, settings.ScreenSnapshotInterval));
        Firmware = new ShuntFirmware(
            new FirmwarePorts(Clock, Chip, VeDirect, Storage, Peripheral, new PasskeyFanOut(Screen.UserInterface, PasskeyDisplay), new SeededRandomSource(settings.Seed), DeviceRestart),
            Identity);
        Client = new SimulatedBleClient(Peripheral, settings.BleStayConnected);
    }

    /// <summary>The CYD's screen: the firmware's user interface drawn through its ILI9341 driver into the panel emulator.</summary>
    public EmulatedScreen Screen { get; }

    /// <summary>Writes screen snapshots when <see cref="SimulatorSettings.ScreenSnapshotFolder"/> is set.</summary>
    public ScreenSnapshotWriter? Snapshots { get; }

    /// <summary>SPI bytes the display took to initialise and draw the first screen.</summary>
    public long ScreenBootBytes { get; private set; }

    /// <summary>The most SPI bytes one step (100 ms) sent to the display after boot.</summary>
    public long ScreenPeakStepBytes { get; private set; }

    /// <summary>The run's settings.</summary>
    public SimulatorSettings Settings { get; }

    /// <summary>Battery, loads, sun.</summary>
    public PhysicalWorld World { get; }

    /// <summary>The firmware's clock (ms since boot = simulated time since the start).</summary>
    public ManualClock Clock { get; }

    /// <summary>The shunt sensor on the firmware's I2C bus (a <see cref="SimulatedIna228"/> or <see cref="SimulatedIna226"/>).</summary>
    public SimulatedRegisterChip Chip { get; }

    /// <summary>The BLE stack the firmware talks to.</summary>
    public HostBlePeripheral Peripheral { get; }

    /// <summary>The VE.Direct UART.</summary>
    public VeDirectTap VeDirect { get; }

    /// <summary>The firmware's flash.</summary>
    public IPersistentStorage Storage { get; }

    /// <summary>What the screen would show while pairing.</summary>
    public RecordingPasskeyDisplay PasskeyDisplay { get; }

    /// <summary>
    /// The device restart the firmware asks for (BLE recovery). The simulated device does not reboot: the firmware
    /// idles from then on, and the dashboard says so.
    /// </summary>
    public RecordingDeviceRestart DeviceRestart { get; }

    /// <summary>When the firmware asked for a restart, ms since boot, or null.</summary>
    public long? RestartedAt { get; private set; }

    /// <summary>The firmware under test.</summary>
    public ShuntFirmware Firmware { get; }

    /// <summary>The phone app.</summary>
    public SimulatedBleClient Client { get; }

    /// <summary>What happened at boot.</summary>
    public BootReport? BootReport { get; private set; }

    /// <summary>Simulated time since the start, ms.</summary>
    public long ElapsedMilliseconds => Clock.MillisecondsSinceBoot;

    /// <summary>The truth now.</summary>
    public TruthSample Truth => new(
        Clock.MillisecondsSinceBoot,
        World.Volts * 1000,
        World.CurrentAmps * 1000,
        World.Volts * World.CurrentAmps * 1000,
        World.Battery.StateOfCharge * 10000);

    /// <summary>
    /// Boots the firmware and configures it for the simulated bank, as its owner would on the settings screen: preset
    /// for the chemistry and voltage, the capacity, and for lithium a charged voltage 0.2 V (per 12 V) below the
    /// charger's absorption voltage so that the monitor synchronises at the end of absorption.
    /// </summary>
    public BootReport Boot()
    {
        BootReport = Firmware.Boot();
        BatteryPreset bank = Settings.Battery;
        BatterySettings battery = BatterySettings.CreatePreset(bank.NominalVolts, bank.Chemistry);
        battery.CapacityAmpHours = bank.CapacityAmpHours;
        if (bank.Chemistry == BatteryChemistry.Lithium)
        {
            battery.ChargedVoltageMillivolts = (int)Math.Round(bank.CellsInSeries * bank.AbsorptionCellVolts * 1000) - (200 * bank.NominalVolts / 12);
        }

        battery.LowSocAlarmEnabled = true;
        SettingsSaveResult saved = Firmware.ApplyBatterySettings(battery, out BatterySettingsError error);
        if (saved == SettingsSaveResult.Rejected)
        {
            throw new InvalidOperationException("The firmware refused the simulated battery's settings: " + BatterySettingsErrorText.Describe(error) + ".");
        }

        if (saved is not (SettingsSaveResult.Saved or SettingsSaveResult.Unchanged))
        {
            throw new IOException("The firmware could not store the battery settings (" + saved + "): " + (Firmware.LastStorageFailure ?? "no detail").TrimEnd('.') + ".");
        }

        Screen.UserInterface.AttachFirmware(Firmware, Identity, BootReport);
        Screen.UserInterface.Update(Clock.MillisecondsSinceBoot);
        ScreenBootBytes = Screen.Panel.TotalBytes;
        Screen.Panel.ResetCounters(); // from here on the counters are the running screen's traffic
        return BootReport;
    }

    /// <summary>One step of <see cref="StepMilliseconds"/>.</summary>
    public void Step()
    {
        World.Step(StepMilliseconds);
        World.DriveSensor(Chip, StepMilliseconds);
        Clock.Advance(StepMilliseconds);
        Firmware.Tick();
        while (_nextTap < Settings.Taps.Count && Settings.Taps[_nextTap].At.TotalMilliseconds <= Clock.MillisecondsSinceBoot)
        {
            ScriptedTap tap = Settings.Taps[_nextTap++];
            Screen.UserInterface.Tap(tap.X, tap.Y);
        }

        long before = Screen.Panel.TotalBytes;
        Screen.UserInterface.Update(Clock.MillisecondsSinceBoot);
        ScreenPeakStepBytes = Math.Max(ScreenPeakStepBytes, Screen.Panel.TotalBytes - before);
        Snapshots?.OnStep(Screen, Clock.MillisecondsSinceBoot);

        LiveSnapshot snapshot = Firmware.Snapshot;
        if (snapshot.Sequence != _lastSequence)
        {
            // A new sample: remember what the world was when the firmware measured it, to judge what clients decode.
            _lastSequence = snapshot.Sequence;
            _truthBySequence[snapshot.Sequence] = Truth;
            _truthKnown[snapshot.Sequence] = true;
        }

        Client.Tick(Clock.MillisecondsSinceBoot);
    }

    /// <summary>The truth when the firmware took the sample with <paramref name="sequence"/> (the last 256 samples).</summary>
    public TruthSample? TruthAtSample(byte sequence) => _truthKnown[sequence] ? _truthBySequence[sequence] : null;

    /// <inheritdoc/>
    public void Dispose() => _sink?.Dispose();

    /// <summary>Opens what lives in a folder from the options; a failure (no permission, a missing device) names the option.</summary>
    private static T InFolder<T>(string option, string folder, Func<string, T> open)
    {
        try
        {
            return open(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(option + " " + folder + ": " + e.Message, e);
        }
    }
}
