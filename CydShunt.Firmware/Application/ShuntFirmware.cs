using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Platform;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.VeDirect;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Application
{
    /// <summary>
    /// Composes the firmware: loads settings and state, builds and wires the parts, applies settings changes, and on
    /// every tick runs the sample step (<see cref="ShuntSensorChannel"/> → battery monitor → <see cref="TelemetryPublisher"/>),
    /// VE.Direct, BLE and <see cref="BatteryStateSaver"/> or <see cref="BleRecoveryRestart"/>. The main loop (ESP32 <c>Program</c>, the PC simulator, tests) calls <see cref="Boot"/> once and then
    /// <see cref="Tick"/> at least every 100 ms. Single-threaded: every call comes from that loop. In steady state a
    /// tick allocates nothing (a saved state or a changed setting allocates once, by design).
    /// </summary>
    public sealed class ShuntFirmware : IControlPointActions
    {
        /// <summary>Milliseconds between sensor samples (one measurement, one snapshot sequence number).</summary>
        public const int SampleIntervalMilliseconds = 1000;

        /// <summary>Milliseconds between attempts to find or reconfigure a sensor that does not answer.</summary>
        public const int SensorRetryIntervalMilliseconds = 5000;

        // Largest payload of any record kind (battery state, 157 bytes) with room for growth.
        private const int StorePayloadCapacity = 256;

        private readonly FirmwarePorts _ports;
        private readonly FirmwareIdentity _identity;
        private readonly RecordStore _store;
        private readonly SettingsRepository _repository;
        private readonly byte[] _payload = new byte[StorePayloadCapacity];
        private readonly BatteryStateSaver _stateSaver;
        private readonly BleRecoveryRestart _bleRecovery;
        private readonly ShuntSensorChannel _sensor;
        private readonly TelemetryPublisher _publisher = new TelemetryPublisher();

        private BatteryMonitor? _monitor;
        private BleTelemetryService? _ble;
        private VeDirectLink? _veDirect;
        private VeDirectSettings? _veDirectSettings;
        private VeDirectSettingsRegisters? _veDirectRegisters;
        private BatterySettings _batterySettings = new BatterySettings();
        private ShuntSettings _shuntSettings = new ShuntSettings();
        private IntegrationSettings _integration = new IntegrationSettings();
        private BleSettings _bleSettings = new BleSettings();
        private long _nextSampleAt;

        /// <summary>Creates the firmware over its ports; nothing happens until <see cref="Boot"/>.</summary>
        /// <param name="ports">The hardware.</param>
        /// <param name="identity">Firmware version and serial number.</param>
        public ShuntFirmware(FirmwarePorts ports, FirmwareIdentity identity)
        {
            _ports = ports ?? throw new System.ArgumentNullException("ports");
            _identity = identity ?? throw new System.ArgumentNullException("identity");
            _store = new RecordStore(ports.Storage, StorePayloadCapacity);
            _repository = new SettingsRepository(_store);
            _stateSaver = new BatteryStateSaver(_store, new SaveScheduler(ports.Clock), _payload);
            _bleRecovery = new BleRecoveryRestart(_store, _stateSaver, ports.Restart, _payload);
            _sensor = new ShuntSensorChannel(ports.ShuntSensor);
        }

        /// <summary>The battery monitor (after <see cref="Boot"/>).</summary>
        public IBatteryMonitorView Monitor
        {
            get { EnsureBooted(); return _monitor!; }
        }

        /// <summary>The latest measurement as the BLE live snapshot carries it.</summary>
        public LiveSnapshot Snapshot
        {
            get { return _publisher.Snapshot; }
        }

        /// <summary>The BLE telemetry service (after <see cref="Boot"/>).</summary>
        public BleTelemetryService Ble
        {
            get { EnsureBooted(); return _ble!; }
        }

        /// <summary>The VE.Direct link (after <see cref="Boot"/>).</summary>
        public VeDirectLink VeDirect
        {
            get { EnsureBooted(); return _veDirect!; }
        }

        /// <summary>The detected sensor, or <see cref="ShuntSensorType.None"/>.</summary>
        public ShuntSensorType SensorType
        {
            get { return _sensor.Type; }
        }

        /// <summary>Why the last sample had no measurement, or <see cref="SensorError.None"/>.</summary>
        public SensorError SensorError
        {
            get { return _sensor.Error; }
        }

        /// <summary>A copy of the battery settings in force.</summary>
        public BatterySettings BatterySettings
        {
            get { return _batterySettings.Clone(); }
        }

        /// <summary>A copy of the integration settings in force.</summary>
        public IntegrationSettings IntegrationSettings
        {
            get { return _integration.Clone(); }
        }

        /// <summary>The last storage failure in words (which slot, what the flash said), or <c>null</c>.</summary>
        public string? LastStorageFailure
        {
            get { return _store.LastFailure; }
        }

        /// <summary>A copy of the shunt settings in force.</summary>
        public ShuntSettings ShuntSettings
        {
            get { return _shuntSettings.Clone(); }
        }

        /// <summary>Whether BLE is switched on in the settings (read without copying them: the screen asks every refresh).</summary>
        public bool BleEnabled
        {
            get { return _integration.BleEnabled; }
        }

        /// <summary>
        /// Whether the BLE service needs a restart (<see cref="BleTelemetryService.RebootRequired"/>) and the firmware is
        /// waiting for the battery state to be stored before it restarts the device.
        /// </summary>
        public bool RestartPending
        {
            get { return _bleRecovery.Pending; }
        }

        /// <summary>
        /// Whether the firmware has called <see cref="IDeviceRestart.Restart"/>. On the ESP32 that call does not return; on a
        /// host the firmware then stays idle (<see cref="Tick"/> does nothing) until it is booted again.
        /// </summary>
        public bool RestartRequested
        {
            get { return _bleRecovery.Requested; }
        }

        /// <summary>Whether VE.Direct output is switched on in the settings (read without copying them).</summary>
        public bool VeDirectEnabled
        {
            get { return _integration.VeDirectEnabled; }
        }

        /// <summary>Loads settings and state, finds the sensor and starts VE.Direct and BLE.</summary>
        /// <returns>What happened.</returns>
        public BootReport Boot()
        {
            if (_monitor != null)
            {
                throw new System.InvalidOperationException("The firmware is already booted.");
            }

            RecordLoadResult batteryLoad = _repository.Load(RecordKind.SettingsBattery, StorageValidators.BatterySettings);
            BatterySettings? battery;
            BatterySettingsError batteryError;
            if (batteryLoad.HasPayload && BatterySettings.TryReadFrom(batteryLoad.Payload!, 0, batteryLoad.Payload!.Length, out battery, out batteryError) && battery != null)
            {
                _batterySettings = battery;
            }

            RecordLoadResult shuntLoad = _repository.Load(RecordKind.SettingsShunt, StorageValidators.ShuntSettings);
            ShuntSettings? shunt;
            ShuntSettingsError shuntError;
            if (shuntLoad.HasPayload && ShuntSettings.TryReadFrom(shuntLoad.Payload!, 0, shuntLoad.Payload!.Length, out shunt, out shuntError) && shunt != null)
            {
                _shuntSettings = shunt;
            }

            RecordLoadResult integrationLoad;
            _integration = _repository.LoadIntegration(out integrationLoad);

            RecordLoadResult bleLoad = _repository.Load(RecordKind.SettingsBle, StorageValidators.BleSettings);
            BleSettings? ble;
            bool versionKnown;
            if (bleLoad.HasPayload && BleSettings.TryReadFrom(bleLoad.Payload!, 0, bleLoad.Payload!.Length, out ble, out versionKnown) && ble != null)
            {
                _bleSettings = ble;
            }

            _monitor = new BatteryMonitor(_batterySettings);
            RecordLoadResult stateLoad = _store.Load(RecordKind.BatteryState, StorageValidators.BatteryState);
            BatteryState? saved;
            BatteryStateError stateError;
            if (stateLoad.HasPayload && BatteryState.TryReadFrom(stateLoad.Payload!, 0, stateLoad.Payload!.Length, out saved, out stateError) && saved != null)
            {
                _monitor.RestoreState(saved);
            }

            _stateSaver.Restored(_monitor);

            RestartReason previousRestart = BleRecoveryRestart.TakeNote(_store);
            _sensor.TryStart(_ports.Clock.MillisecondsSinceBoot, _shuntSettings);

            _veDirectSettings = new VeDirectSettings();
            _veDirectSettings.Enabled = _integration.VeDirectEnabled;
            _veDirectSettings.SerialNumber = _identity.SerialNumber;
            _veDirectSettings.FirmwareVersion = _identity.VeDirectFirmwareVersion;
            _veDirectRegisters = new VeDirectSettingsRegisters(_veDirectSettings);
            _veDirectRegisters.Battery = TelemetryMapper.ToVeDirectBattery(_batterySettings);
            // Live values and history come from the same instances the text blocks are written from.
            VeDirectMonitorRegisters registers = new VeDirectMonitorRegisters(_veDirectRegisters, _publisher.VeDirectMain, _publisher.VeDirectHistory);
            _veDirect = new VeDirectLink(_ports.VeDirect, _ports.Clock, _veDirectSettings, registers);

            _ble = new BleTelemetryService(_ports.Ble, _ports.Clock, this, _ports.PasskeyDisplay, _ports.Random, PersistNotificationInterval);
            _ble.SetDeviceInfo(BuildDeviceInfo());
            ConfigureBle();

            _nextSampleAt = _ports.Clock.MillisecondsSinceBoot;
            return new BootReport(
                batteryLoad.Status,
                shuntLoad.Status,
                integrationLoad.Status,
                bleLoad.Status,
                stateLoad.Status,
                _repository.AnySettingsReset,
                _sensor.Type,
                _sensor.Error,
                previousRestart);
        }

        /// <summary>Runs due work: a sample once per <see cref="SampleIntervalMilliseconds"/>, VE.Direct, BLE, saving.</summary>
        public void Tick()
        {
            EnsureBooted();
            if (_bleRecovery.Requested)
            {
                // Only on a host, whose restart port returns: the device would be rebooting now.
                return;
            }

            BatteryMonitor monitor = _monitor!;
            long now = _ports.Clock.MillisecondsSinceBoot;
            if (now >= _nextSampleAt)
            {
                _nextSampleAt = FixedRate.Next(_nextSampleAt, now, SampleIntervalMilliseconds);

                Sample(monitor, now);
            }

            _veDirect!.Tick();
            _ble!.Tick();
            if (_ble.RebootRequired)
            {
                _bleRecovery.RestartWhenStateIsSaved(monitor);
            }
            else
            {
                _stateSaver.SaveIfDue(monitor);
            }
        }

        /// <summary>Validates, persists and applies new battery settings; invalid settings change nothing.</summary>
        /// <param name="settings">The new settings.</param>
        /// <param name="error">Why they were rejected.</param>
        /// <returns>What happened to the stored copy.</returns>
        public SettingsSaveResult ApplyBatterySettings(BatterySettings settings, out BatterySettingsError error)
        {
            if (settings == null)
            {
                throw new System.ArgumentNullException("settings");
            }

            EnsureBooted();
            BatteryMonitor monitor = _monitor!;
            error = settings.Validate();
            if (error != BatterySettingsError.None)
            {
                return SettingsSaveResult.Rejected;
            }

            int length = settings.WriteTo(_payload, 0);
            int reason;
            SettingsSaveResult result = _repository.Save(RecordKind.SettingsBattery, _payload, 0, length, StorageValidators.BatterySettings, out reason);
            if (result == SettingsSaveResult.Saved || result == SettingsSaveResult.Unchanged)
            {
                _batterySettings = settings.Clone();
                error = monitor.ApplySettings(_batterySettings);
                _veDirectRegisters!.Battery = TelemetryMapper.ToVeDirectBattery(_batterySettings);
                _ble!.SetDeviceInfo(BuildDeviceInfo());
            }

            return result;
        }

        /// <summary>Validates, persists and applies new shunt settings (the sensor is reconfigured); invalid settings change nothing.</summary>
        /// <param name="settings">The new settings.</param>
        /// <param name="error">Why they were rejected.</param>
        /// <returns>What happened to the stored copy.</returns>
        public SettingsSaveResult ApplyShuntSettings(ShuntSettings settings, out ShuntSettingsError error)
        {
            if (settings == null)
            {
                throw new System.ArgumentNullException("settings");
            }

            EnsureBooted();
            if (!settings.TryValidate(out error))
            {
                return SettingsSaveResult.Rejected;
            }

            // Valid in general is not enough: the detected chip must be able to measure this shunt, or the stored
            // settings would leave the sensor unconfigured after the next boot.
            if (_sensor.IsFound && ShuntCalibration.Validate(_sensor.Type, settings.RatedCurrentAmps, settings.RatedMillivolts, settings.CorrectionPpm) != CalibrationError.None)
            {
                error = ShuntSettingsError.NotSupportedBySensor;
                return SettingsSaveResult.Rejected;
            }

            int length = settings.WriteTo(_payload, 0);
            int reason;
            SettingsSaveResult result = _repository.Save(RecordKind.SettingsShunt, _payload, 0, length, StorageValidators.ShuntSettings, out reason);
            if (result == SettingsSaveResult.Saved || result == SettingsSaveResult.Unchanged)
            {
                ShuntSettings? copy;
                ShuntSettings.TryReadFrom(_payload, 0, length, out copy, out error);
                if (ChangesTheReading(_shuntSettings, copy!))
                {
                    // The last raw reading was scaled by the old settings: it is no ground to zero the new ones.
                    _sensor.ForgetRawCurrent();
                }

                _shuntSettings = copy!;
                _sensor.Configure(_shuntSettings);
            }

            return result;
        }

        /// <summary>Validates, persists and applies new integration settings (VE.Direct on/off, BLE); invalid settings change nothing.</summary>
        /// <param name="settings">The new settings.</param>
        /// <param name="error">Why they were rejected.</param>
        /// <returns>What happened to the stored copy.</returns>
        public SettingsSaveResult ApplyIntegrationSettings(IntegrationSettings settings, out IntegrationSettingsError error)
        {
            if (settings == null)
            {
                throw new System.ArgumentNullException("settings");
            }

            EnsureBooted();
            SettingsSaveResult result = _repository.SaveIntegration(settings, out error);
            if (result == SettingsSaveResult.Saved || result == SettingsSaveResult.Unchanged)
            {
                _integration = settings.Clone();
                _veDirectSettings!.Enabled = _integration.VeDirectEnabled;
                _ble!.SetDeviceInfo(BuildDeviceInfo());
                ConfigureBle();
            }

            return result;
        }

        /// <summary>
        /// Forgets every bonded central (the Integration page's "clear bonds"): phones must pair again, with the passkey
        /// on the screen, before they may write the control point. Needs BLE running (nanoFramework's bond store is
        /// reachable only then).
        /// </summary>
        /// <returns><see langword="false"/> when BLE is not running or the stack refused; nothing changed then.</returns>
        public bool ClearBonds()
        {
            EnsureBooted();
            return _ble!.IsRunning && _ports.Ble.ClearBonds();
        }

        /// <summary>
        /// Known-load calibration: with a known current flowing (measured with a trusted meter), the shunt's correction
        /// becomes correction × reference / measured, validated, persisted and applied like any shunt setting.
        /// </summary>
        /// <param name="referenceMilliamps">The known current's magnitude in mA; its sign is taken from the reading.</param>
        /// <param name="calibrationError">Why no correction could be computed (<see cref="CalibrationError.None"/> otherwise).</param>
        /// <param name="error">Why the corrected settings were refused.</param>
        /// <returns>What happened to the stored copy; <see cref="SettingsSaveResult.Rejected"/> when nothing changed.</returns>
        public SettingsSaveResult CalibrateToKnownLoad(int referenceMilliamps, out CalibrationError calibrationError, out ShuntSettingsError error)
        {
            EnsureBooted();
            error = ShuntSettingsError.None;
            ShuntCalibration? calibration;
            if (!ShuntCalibration.TryCreate(_sensor.Type, _shuntSettings, out calibration, out calibrationError))
            {
                return SettingsSaveResult.Rejected;
            }

            int measured = _monitor!.CurrentMilliamps;
            if (measured == Measurement.NotAvailable)
            {
                measured = 0;
            }

            long reference = referenceMilliamps < 0 ? -(long)referenceMilliamps : referenceMilliamps;
            if (measured < 0)
            {
                reference = -reference;
            }

            int correction;
            if (!calibration!.TryComputeCorrection(reference * 1000, (long)measured * 1000, out correction, out calibrationError))
            {
                return SettingsSaveResult.Rejected;
            }

            ShuntSettings changed = _shuntSettings.Clone();

            // The offset is subtracted after the chip's gain, so it scales with the gain: with offset × new / old the
            // corrected reading becomes (new / old) × the present corrected reading, which is what the ratio above assumes.
            // Clamped to the bound: a gain change of up to 10 % must not make the offset itself invalid.
            long offset = (long)_shuntSettings.ZeroOffsetMicroamps * correction / _shuntSettings.CorrectionPpm;
            long bound = changed.MaxZeroOffsetMicroamps;
            changed.ZeroOffsetMicroamps = (int)(offset > bound ? bound : offset < -bound ? -bound : offset);
            changed.CorrectionPpm = correction;
            return ApplyShuntSettings(changed, out error);
        }

        /// <summary>
        /// Zero-offset calibration: with no load and no charger connected, the present raw reading (before the monitor's
        /// zero-current threshold) becomes the shunt's zero offset, validated, persisted and applied like any shunt
        /// setting; from the next sample on the monitor sees the reading minus the offset.
        /// </summary>
        /// <param name="error">
        /// Why nothing changed: <see cref="ShuntSettingsError.ZeroingWithoutReading"/> without a reading since the sensor
        /// was configured, <see cref="ShuntSettingsError.ZeroingLoadFlowing"/> when the reading is beyond
        /// <see cref="ShuntSettings.MaxZeroOffsetMicroamps"/>, or why the settings were refused.
        /// </param>
        /// <returns>What happened to the stored copy; <see cref="SettingsSaveResult.Rejected"/> when nothing changed.</returns>
        public SettingsSaveResult ZeroCurrentNow(out ShuntSettingsError error)
        {
            EnsureBooted();
            if (!_sensor.HasRawCurrent)
            {
                error = ShuntSettingsError.ZeroingWithoutReading;
                return SettingsSaveResult.Rejected;
            }

            // The reading is already inverted when InvertCurrent is set; the offset is kept in the shunt's own direction.
            long offset = _shuntSettings.InvertCurrent ? -(long)_sensor.RawCurrentMicroamps : _sensor.RawCurrentMicroamps;
            long bound = _shuntSettings.MaxZeroOffsetMicroamps;
            if (offset > bound || offset < -bound)
            {
                error = ShuntSettingsError.ZeroingLoadFlowing;
                return SettingsSaveResult.Rejected;
            }

            ShuntSettings changed = _shuntSettings.Clone();
            changed.ZeroOffsetMicroamps = (int)offset;
            return ApplyShuntSettings(changed, out error);
        }

        /// <summary>Clears the history (H1–H18 counters and extremes) and stores the state.</summary>
        /// <returns>The result, as the control point would report it.</returns>
        public ControlPointResult ResetHistory()
        {
            EnsureBooted();
            _monitor!.ResetHistory();
            _stateSaver.Request(SaveTriggers.CountersReset);
            return ControlPointResult.Success;
        }

        /// <inheritdoc />
        public ControlPointResult ResetEnergyCounters()
        {
            EnsureBooted();
            _monitor!.ResetEnergyCounters();
            _stateSaver.Request(SaveTriggers.CountersReset);
            return ControlPointResult.Success;
        }

        /// <inheritdoc />
        public ControlPointResult SynchroniseStateOfCharge()
        {
            EnsureBooted();
            _monitor!.SynchroniseToFull();
            _stateSaver.Request(SaveTriggers.Synchronised);
            return ControlPointResult.Success;
        }

        /// <inheritdoc />
        public ControlPointResult SetBatteryCapacity(int ampHours)
        {
            BatterySettings changed = _batterySettings.Clone();
            changed.CapacityAmpHours = ampHours;
            BatterySettingsError error;
            SettingsSaveResult result = ApplyBatterySettings(changed, out error);
            if (result == SettingsSaveResult.Rejected)
            {
                return ControlPointResult.InvalidParameter;
            }

            return result == SettingsSaveResult.Saved || result == SettingsSaveResult.Unchanged ? ControlPointResult.Success : ControlPointResult.OperationFailed;
        }

        private void Sample(BatteryMonitor monitor, long now)
        {
            if (_sensor.IsStartDue(now) && _sensor.TryStart(now, _shuntSettings))
            {
                // A sensor found after boot changes Device Info's sensor type.
                _ble!.SetDeviceInfo(BuildDeviceInfo());
            }

            int voltageMicrovolts;
            int currentMicroamps;
            if (_sensor.TryRead(_shuntSettings, out voltageMicrovolts, out currentMicroamps))
            {
                // The INA228's die temperature is not the battery's: the monitor gets no battery temperature.
                monitor.Update(now, voltageMicrovolts, currentMicroamps, Measurement.NotAvailable);
            }
            else
            {
                monitor.ReportSensorFault(now);
            }

            _stateSaver.WatchSynchronisation(monitor);
            _publisher.Publish(monitor, _ble!, _veDirect!);
        }

        private static bool ChangesTheReading(ShuntSettings before, ShuntSettings after)
        {
            return before.RatedCurrentAmps != after.RatedCurrentAmps
                || before.RatedMillivolts != after.RatedMillivolts
                || before.CorrectionPpm != after.CorrectionPpm
                || before.InvertCurrent != after.InvertCurrent
                || before.I2cAddress != after.I2cAddress;
        }

        private void ConfigureBle()
        {
            _ble!.Configure(
                _integration.BleEnabled,
                _integration.ToDeviceName(),
                _integration.AdvertisingFormat,
                _integration.CompanyId,
                _integration.PairingRequired,
                _bleSettings.NotificationIntervalMilliseconds);
        }

        private DeviceInfo BuildDeviceInfo()
        {
            return DeviceInfoFactory.Create(_identity, _sensor.Type, _batterySettings);
        }

        private bool PersistNotificationInterval(int intervalMilliseconds)
        {
            BleSettings changed = new BleSettings();
            changed.NotificationIntervalMilliseconds = intervalMilliseconds;
            if (!changed.IsValid())
            {
                return false;
            }

            int length = changed.WriteTo(_payload, 0);
            int reason;
            SettingsSaveResult result = _repository.Save(RecordKind.SettingsBle, _payload, 0, length, StorageValidators.BleSettings, out reason);
            if (result != SettingsSaveResult.Saved && result != SettingsSaveResult.Unchanged)
            {
                return false;
            }

            _bleSettings = changed;
            return true;
        }

        // Everything below is created by Boot(); using the firmware before that is a programming error.
        private void EnsureBooted()
        {
            if (_monitor == null)
            {
                throw new System.InvalidOperationException("Call Boot() first.");
            }
        }
    }
}
