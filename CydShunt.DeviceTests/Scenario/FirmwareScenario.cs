using CydShunt.DeviceTests.SelfTest;
using CydShunt.Firmware.Application;
using CydShunt.Firmware.Ble;
using CydShunt.Firmware.Host;
using CydShunt.Firmware.Monitor;
using CydShunt.Firmware.Sensors;
using CydShunt.Firmware.Settings;
using CydShunt.Firmware.Storage;
using CydShunt.Protocol;

namespace CydShunt.DeviceTests.Scenario
{
    /// <summary>
    /// One scripted hour of the whole firmware logic: <see cref="ShuntFirmware"/> over a register-level INA228, storage in
    /// memory, a recording BLE port with one central and a recording VE.Direct port. The battery is driven by a fixed
    /// current profile (loads, an inverter, solar charging); a central connects, subscribes, reads Device Info, pairs-in
    /// as a bonded central, synchronises to 100 % and sets the capacity through the control point, leaves and comes back.
    /// Everything the firmware sends (advertisements, notifications, indications, read answers, VE.Direct bytes) goes
    /// into one digest, which must be the same on .NET and on nanoFramework: <see cref="ExpectedDigest"/>. A few
    /// physical checks (measured values against the simulated truth) make sure the hour did what it says.
    /// </summary>
    public static class FirmwareScenario
    {
        /// <summary>
        /// The digest of the hour. It changes whenever the firmware's output changes; a deliberate change updates it (the
        /// .NET test prints the new value), and the device must then print the same value.
        /// </summary>
        // Issue 12: VE.Direct TTG is -1, not ---, while the averaged current is not a discharge (0xA4D1F0BF), and H3 is 0
        // before the first charge cycle (0x0A984282).
        public const uint ExpectedDigest = 0x0A984282;

        /// <summary>Simulated duration.</summary>
        public const int DurationMilliseconds = 60 * 60 * 1000;

        /// <summary>How often the main loop calls <see cref="ShuntFirmware.Tick"/> (the ESP32 loop runs faster; this keeps the run short on the interpreter).</summary>
        public const int TickMilliseconds = 250;

        // 500 A / 50 mV shunt (the firmware's default): 0.1 mΩ, so 1 mA gives 100 nV.
        private const int ShuntNanovoltsPerMilliamp = 100;

        /// <summary>Runs the hour and records its checks in <paramref name="log"/>.</summary>
        /// <param name="log">The test log.</param>
        /// <returns>The digest.</returns>
        public static uint Run(TestLog log)
        {
            const string Group = "scenario";
            ScenarioDigest digest = new ScenarioDigest();
            ManualClock clock = new ManualClock();
            ScenarioIna228 chip = new ScenarioIna228();
            ScenarioSerialPort serial = new ScenarioSerialPort(digest);
            ScenarioStorage storage = new ScenarioStorage();
            RecordingBlePeripheral ble = new RecordingBlePeripheral(digest);
            ScenarioPasskeyDisplay display = new ScenarioPasskeyDisplay(digest);
            FirmwarePorts ports = new FirmwarePorts(clock, chip, serial, storage, ble, display, new ScenarioRandom(), new ScenarioDeviceRestart(digest));
            ShuntFirmware firmware = new ShuntFirmware(ports, new FirmwareIdentity(1, 0, 0, "HQ2612SIM01"));

            int currentMilliamps = CurrentAt(0);
            long trueMicroampMilliseconds = 0; // consumed charge since the synchronisation: ∫ I dt, never above full (0)
            long trueChargedMilliwattMilliseconds = 0; // ∫ V·I dt while charging / discharging, the independent energy count
            long trueDischargedMilliwattMilliseconds = 0;
            SetInputs(chip, currentMilliamps);
            BootReport report = firmware.Boot();
            log.Record(Group, "boot finds the INA228", report.Sensor == ShuntSensorType.Ina228 ? null : "sensor " + ((int)report.Sensor).ToString());

            BatterySettings battery = BatterySettings.CreatePreset(12, BatteryChemistry.Lithium);
            battery.CapacityAmpHours = 200;
            BatterySettingsError batteryError;
            SettingsSaveResult saved = firmware.ApplyBatterySettings(battery, out batteryError);
            log.Record(Group, "battery settings saved", saved == SettingsSaveResult.Saved ? null : "result " + ((int)saved).ToString() + ", error " + ((int)batteryError).ToString());

            bool synchronised = false;
            int steps = DurationMilliseconds / TickMilliseconds;
            for (int step = 1; step <= steps; step++)
            {
                long now = (long)step * TickMilliseconds;
                chip.Advance(TickMilliseconds);
                if (synchronised)
                {
                    trueMicroampMilliseconds += (long)currentMilliamps * 1000 * TickMilliseconds;
                    if (trueMicroampMilliseconds > 0)
                    {
                        trueMicroampMilliseconds = 0; // charging a full battery adds nothing
                    }
                }

                long milliwatts = (long)currentMilliamps * VoltageFor(currentMilliamps) / 1000;
                if (milliwatts > 0)
                {
                    trueChargedMilliwattMilliseconds += milliwatts * TickMilliseconds;
                }
                else
                {
                    trueDischargedMilliwattMilliseconds -= milliwatts * TickMilliseconds;
                }
                clock.MillisecondsSinceBoot = now;
                firmware.Tick();
                ble.ConfirmPendingIndication();
                Script(now, ble, ref synchronised, log);
                currentMilliamps = CurrentAt(now);
                SetInputs(chip, currentMilliamps);
            }

            IBatteryMonitorView monitor = firmware.Monitor;
            log.Record(Group, "voltage measured", Near("mV", VoltageFor(CurrentAt(DurationMilliseconds - TickMilliseconds)), monitor.VoltageMillivolts, 1));
            log.Record(Group, "current measured", Near("mA", CurrentAt(DurationMilliseconds - TickMilliseconds), monitor.CurrentMilliamps, 2));
            log.Record(Group, "synchronised by the control point", monitor.Synchronised ? null : "not synchronised");

            // Consumed charge: ∫ I dt since the synchronisation, held at 0 while charging a full battery. The monitor's
            // Peukert correction may count a discharge up to a few per cent deeper, never shallower.
            int trueConsumedMilliampHours = (int)(trueMicroampMilliseconds / 3600000000L);
            int consumed = monitor.ConsumedMilliampHours;
            int allowance = (-trueConsumedMilliampHours / 20) + 2;
            log.Record(Group, "consumed charge follows the current", consumed <= trueConsumedMilliampHours + 2 && consumed >= trueConsumedMilliampHours - allowance ? null : "true " + trueConsumedMilliampHours.ToString() + " mAh, monitor " + consumed.ToString() + " mAh");
            // Energy: the counters hold whole watt-hours, so each is within 1 Wh of the true integral.
            string? energy = Near("Wh charged", (int)(trueChargedMilliwattMilliseconds / 3600000000L), monitor.EnergyChargedWattHours, 1);
            string? discharged = Near("Wh discharged", (int)(trueDischargedMilliwattMilliseconds / 3600000000L), monitor.EnergyDischargedWattHours, 1);
            log.Record(Group, "energy counters follow V x I", energy == null ? discharged : discharged == null ? energy : energy + "; " + discharged);
            log.Record(Group, "notifications sent", ble.Notifications > 3000 ? null : ble.Notifications.ToString());
            log.Record(Group, "VE.Direct blocks sent", serial.BytesWritten > 100000 ? null : serial.BytesWritten.ToString() + " bytes");

            log.Write("scenario: " + ble.Starts.ToString() + " advertising starts, " + ble.Notifications.ToString() + " notifications, "
                + ble.Indications.ToString() + " indications, " + serial.BytesWritten.ToString() + " VE.Direct bytes, "
                + storage.BytesWritten.ToString() + " bytes saved, " + chip.Transfers.ToString() + " I2C transfers");
            log.Write("scenario digest " + digest.ToString());
            log.Record(Group, "digest", digest.Value == ExpectedDigest ? null : "expected " + ScenarioDigest.Hex8(ExpectedDigest) + ", got " + digest.ToString());
            return digest.Value;
        }

        // The central's script, by the minute.
        private static void Script(long now, RecordingBlePeripheral ble, ref bool synchronised, TestLog log)
        {
            const string Group = "scenario";
            if (now == Minutes(2))
            {
                ble.Connect(true);
                ble.Subscribe(CydShuntGattTable.LiveSnapshot, true);
                ble.Subscribe(CydShuntGattTable.Alarms, true);
                ble.Subscribe(CydShuntGattTable.BatteryLevel, true);
                ble.Subscribe(CydShuntGattTable.ControlPoint, true);
            }
            else if (now == Minutes(3))
            {
                log.Record(Group, "Device Info read", ble.Read(CydShuntGattTable.DeviceInfo) == 0 ? null : "ATT error");
            }
            else if (now == Minutes(4))
            {
                log.Record(Group, "synchronise written", Command(ble, ControlPointOpcode.SynchroniseStateOfCharge, 0));
                synchronised = true;
            }
            else if (now == Minutes(30))
            {
                log.Record(Group, "capacity written", Command(ble, ControlPointOpcode.SetBatteryCapacity, 220));
            }
            else if (now == Minutes(45))
            {
                ble.Disconnect();
            }
            else if (now == Minutes(50))
            {
                ble.Connect(false);
                ble.Subscribe(CydShuntGattTable.LiveSnapshot, true);
            }
        }

        private static string? Command(RecordingBlePeripheral ble, ControlPointOpcode opcode, int parameter)
        {
            byte[] request = new byte[ControlPointRequestCodec.MaximumSize];
            int length;
            ProtocolError error;
            if (!ControlPointRequestCodec.TryEncode(new ControlPointRequest(opcode, parameter), request, 0, out length, out error))
            {
                return "encode error " + ((int)error).ToString();
            }

            byte result = ble.Write(CydShuntGattTable.ControlPoint, request, length);
            return result == 0 ? null : "ATT error " + result.ToString();
        }

        // The load and charge profile in mA (positive = charging).
        private static int CurrentAt(long now)
        {
            long minute = now / 60000;
            if (minute < 5)
            {
                return -5200; // fridge, lights
            }

            if (minute < 15)
            {
                return -28000; // kettle through the inverter
            }

            if (minute < 25)
            {
                return -1500;
            }

            if (minute < 40)
            {
                return 35000; // sun
            }

            if (minute < 50)
            {
                return 12000; // clouds
            }

            return -800;
        }

        // A 12.8 V LiFePO4 bank with 10 mΩ of internal resistance.
        private static int VoltageFor(int currentMilliamps)
        {
            return 13200 + (currentMilliamps / 100);
        }

        private static void SetInputs(ScenarioIna228 chip, int currentMilliamps)
        {
            chip.ShuntNanovolts = (long)currentMilliamps * ShuntNanovoltsPerMilliamp;
            chip.BusMicrovolts = (long)VoltageFor(currentMilliamps) * 1000;
        }

        private static string? Near(string unit, int expected, int actual, int tolerance)
        {
            int difference = actual - expected;
            return difference <= tolerance && difference >= -tolerance ? null : "expected " + expected.ToString() + " " + unit + ", got " + actual.ToString() + " " + unit;
        }

        private static long Minutes(int minutes)
        {
            return minutes * 60000L;
        }
    }
}
