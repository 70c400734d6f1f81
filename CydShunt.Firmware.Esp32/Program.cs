using System;
using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Spi;
using System.Threading;
using CydShunt.Firmware.Application;
using CydShunt.Firmware.Display.Fonts;
using CydShunt.Firmware.Display.Ili9341;
using CydShunt.Firmware.Esp32.Board;
using CydShunt.Firmware.Platform.Esp32;
using CydShunt.Firmware.Storage;
using CydShunt.Firmware.Touch;
using CydShunt.Firmware.Touch.Xpt2046;
using CydShunt.Firmware.Ui;
using CydShunt.Firmware.Ui.Backlight;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;

namespace CydShunt.Firmware.Esp32
{
    /// <summary>
    /// The application on the CYD: assigns the pins, creates the ESP32 adapters, boots the firmware, prints the boot
    /// report and runs the main loop. Any exception that reaches this level is reported on the debug output and the
    /// device restarts; it never hangs silently.
    /// </summary>
    public static class Program
    {
        // The firmware wants a tick at least every 100 ms; 20 ms keeps VE.Direct HEX replies and BLE notification
        // timing prompt. VE.Direct bytes go out on the serial adapter's own thread, so a block does not hold the loop.
        private const int LoopSleepMilliseconds = 20;

        // Long enough to read the message in the Output window before the reset clears the session.
        private const int RestartDelayMilliseconds = 2000;

        // Boot-loop guard without persistent state: a crash within the first minute after reset (typically at boot)
        // waits 30 s before restarting, which caps a boot loop at about two resets a minute (flash writes, BLE
        // restarts) and leaves a window in which Visual Studio can attach and deploy a fix.
        private const long BootLoopWindowMilliseconds = 60000;
        private const int BootLoopRestartDelayMilliseconds = 30000;

        // The screen's records (touch calibration 25 bytes, display settings 4 bytes); the store's buffer only needs to hold them.
        private const int ScreenSettingsPayloadCapacity = 64;

        /// <summary>Entry point.</summary>
        public static void Main()
        {
            try
            {
                Run();
            }
            catch (Exception exception)
            {
                Restart("unhandled exception: " + SafeDescribe(exception), true);
            }

            // Run only leaves by an exception; should it ever return, restart rather than idle.
            Restart("the main loop ended", true);
        }

        private static void Run()
        {
            DebugOutput.WriteLine("CydShunt firmware " + Version() + " starting on " + SystemInfo.TargetName + " (" + SystemInfo.Platform + "), nanoFramework " + SystemInfo.Version.ToString());

            // Pins first: the I2C driver and the UART take their pins when the device is created / the port opened.
            Configuration.SetPinFunction(CydBoard.SensorI2cSda, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(CydBoard.SensorI2cScl, DeviceFunction.I2C1_CLOCK);
            Configuration.SetPinFunction(CydBoard.VeDirectTx, DeviceFunction.COM2_TX);
            Configuration.SetPinFunction(CydBoard.VeDirectRx, DeviceFunction.COM2_RX);
            Configuration.SetPinFunction(CydBoard.DisplaySck, DeviceFunction.SPI1_CLOCK);
            Configuration.SetPinFunction(CydBoard.DisplayMosi, DeviceFunction.SPI1_MOSI);
            Configuration.SetPinFunction(CydBoard.DisplayMiso, DeviceFunction.SPI1_MISO);
            Configuration.SetPinFunction(CydBoard.DisplayBacklight, DeviceFunction.PWM1);
            Configuration.SetPinFunction(CydBoard.TouchClk, DeviceFunction.SPI2_CLOCK);
            Configuration.SetPinFunction(CydBoard.TouchMosi, DeviceFunction.SPI2_MOSI);
            Configuration.SetPinFunction(CydBoard.TouchMiso, DeviceFunction.SPI2_MISO);

            Esp32Clock clock = new Esp32Clock();
            Esp32RandomSource random = new Esp32RandomSource();
            FilePersistentStorage storage = new FilePersistentStorage(CydBoard.StorageFolder);
            Esp32I2cDevice sensor = new Esp32I2cDevice(CydBoard.SensorI2cBus, CydBoard.SensorI2cAddress, CydBoard.SensorI2cSpeed);
            Esp32SerialPort veDirect = new Esp32SerialPort(CydBoard.VeDirectPort, CydBoard.VeDirectBaudRate);
            Esp32BlePeripheral ble = new Esp32BlePeripheral();

            // The screen comes up first, so the passkey of a pairing during boot has somewhere to appear.
            GpioController gpio = new GpioController();
            Esp32PwmOutput backlight = new Esp32PwmOutput(CydBoard.DisplayBacklight, CydBoard.DisplayBacklightPwmHertz);
            Ili9341 display = new Ili9341(
                new Esp32SpiDevice(CydBoard.DisplaySpiBus, CydBoard.DisplayCs, CydBoard.DisplaySpiClockHertz, SpiMode.Mode0),
                new Esp32GpioOutput(gpio, CydBoard.DisplayDc),
                backlight,
                new Esp32Delay(),
                (MemoryAccessControl)CydBoard.DisplayMemoryAccessControl);
            display.Initialise();
            display.SetBacklight(1000);
            ShuntUserInterface screen = new ShuntUserInterface(display, new UiFonts(Font6x13.Create(), Font10x20.Create()));
            ScreenPasskeyDisplay passkeyDisplay = new ScreenPasskeyDisplay(screen);

            string? serialProblem;
            string serialNumber = DeviceSerialNumber.GetOrCreate(storage, random, out serialProblem);
            if (serialProblem != null)
            {
                DebugOutput.WriteLine("Serial number: " + serialProblem);
            }
            FirmwarePorts ports = new FirmwarePorts(clock, sensor, veDirect, storage, ble, passkeyDisplay, random, new Esp32DeviceRestart());
            FirmwareIdentity identity = new FirmwareIdentity(CydBoard.FirmwareMajor, CydBoard.FirmwareMinor, CydBoard.FirmwarePatch, serialNumber);
            ShuntFirmware firmware = new ShuntFirmware(ports, identity);

            BootReport report = firmware.Boot();
            WriteBootReport(report, serialNumber, clock.MillisecondsSinceBoot);
            screen.AttachFirmware(firmware, identity, report);

            // Touch and backlight: the calibration (record kind 6) and the display settings (kind 7) are records of their
            // own in the same crash-safe store. The backlight timeout then drives the PWM the display driver lit.
            Xpt2046 touchController = new Xpt2046(
                new Esp32SpiDevice(CydBoard.TouchSpiBus, CydBoard.TouchCs, CydBoard.TouchSpiClockHertz, SpiMode.Mode0),
                new Esp32GpioInput(gpio, CydBoard.TouchIrq));
            touchController.EnablePenInterrupt();
            SettingsRepository screenSettings = new SettingsRepository(new RecordStore(storage, ScreenSettingsPayloadCapacity));
            TouchCalibrationStore calibrationStore = new TouchCalibrationStore(screenSettings);
            RecordLoadResult calibrationLoad;
            TouchCalibration calibration = calibrationStore.Load(out calibrationLoad);
            DebugOutput.WriteLine("Touch calibration:    " + (calibration.IsCalibrated ? "calibrated" : "not calibrated (defaults)"));
            TouchInput touch = new TouchInput(touchController, calibration, clock, screen);
            screen.AttachTouch(touch, calibrationStore, new DisplaySettingsStore(screenSettings), backlight); // uncalibrated: opens the calibration page

            while (true)
            {
                firmware.Tick();
                touch.Poll();
                screen.Update(clock.MillisecondsSinceBoot);

                // A restart the BLE service needs is the firmware's to make (after saving the battery state): its
                // Tick calls Esp32DeviceRestart.
                Thread.Sleep(LoopSleepMilliseconds);
            }
        }

        private static void WriteBootReport(BootReport report, string serialNumber, long bootMilliseconds)
        {
            DebugOutput.WriteLine("---- CydShunt boot report ----");
            DebugOutput.WriteLine("Firmware:             " + Version() + ", serial number " + serialNumber);
            DebugOutput.WriteLine("Shunt sensor bus:     I2C" + CydBoard.SensorI2cBus.ToString() + " SDA GPIO" + CydBoard.SensorI2cSda.ToString()
                + " SCL GPIO" + CydBoard.SensorI2cScl.ToString() + ", address 0x" + CydBoard.SensorI2cAddress.ToString("X2") + ", " + SpeedText(CydBoard.SensorI2cSpeed));
            DebugOutput.WriteLine("VE.Direct:            " + CydBoard.VeDirectPort + " " + CydBoard.VeDirectBaudRate.ToString() + " 8N1, TX GPIO"
                + CydBoard.VeDirectTx.ToString() + " RX GPIO" + CydBoard.VeDirectRx.ToString());
            DebugOutput.WriteLine("Storage:              " + CydBoard.StorageFolder);
            string[] lines = BootReportText.Lines(report);
            for (int i = 0; i < lines.Length; i++)
            {
                DebugOutput.WriteLine(lines[i]);
            }
            DebugOutput.WriteLine("Booted after:         " + bootMilliseconds.ToString() + " ms; free managed memory "
                + nanoFramework.Runtime.Native.GC.Run(false).ToString() + " bytes");
            DebugOutput.WriteLine("------------------------------");
        }

        private static string Version()
        {
            return CydBoard.FirmwareMajor.ToString() + "." + CydBoard.FirmwareMinor.ToString() + "." + CydBoard.FirmwarePatch.ToString();
        }

        private static string SpeedText(I2cBusSpeed speed)
        {
            switch (speed)
            {
                case I2cBusSpeed.StandardMode:
                    return "100 kHz";
                case I2cBusSpeed.FastMode:
                    return "400 kHz";
                default:
                    return "1 MHz";
            }
        }

        private static void Restart(string reason, bool failure)
        {
            long uptime = 0;
            try
            {
                uptime = Environment.TickCount64;
            }
            catch (Exception)
            {
                // Keep going: the restart matters more than the uptime.
            }

            int delay = failure && uptime < BootLoopWindowMilliseconds ? BootLoopRestartDelayMilliseconds : RestartDelayMilliseconds;
            try
            {
                DebugOutput.WriteLine((failure ? "FATAL: " : "Restart: ") + reason);
                DebugOutput.WriteLine("Restarting in " + (delay / 1000).ToString() + " s (up " + uptime.ToString() + " ms"
                    + (delay == BootLoopRestartDelayMilliseconds ? ", early failure: slow restart against a boot loop)" : ")"));
            }
            catch (Exception)
            {
                // Out of memory or a broken debug channel must not stop the restart.
            }

            Thread.Sleep(delay);
            Power.RebootDevice();

            // RebootDevice does not return; if it ever did, do not fall back into a half-initialised firmware.
            while (true)
            {
                Thread.Sleep(1000);
            }
        }

        private static string SafeDescribe(Exception exception)
        {
            try
            {
                return DebugOutput.Describe(exception);
            }
            catch (Exception)
            {
                return "(exception could not be described)";
            }
        }
    }
}
