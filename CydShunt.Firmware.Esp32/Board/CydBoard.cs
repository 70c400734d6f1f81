using System.Device.I2c;

namespace CydShunt.Firmware.Esp32.Board
{
    /// <summary>
    /// The ESP32-2432S028R "Cheap Yellow Display" as this firmware wires it: every GPIO, bus and port number in one
    /// place, fixed at build time. Change the wiring here and nowhere else.
    /// </summary>
    /// <remarks>
    /// Connectors of the CYD used here: CN1 (3.3V, IO27, IO22, GND) carries the shunt sensor's I2C bus, as in the
    /// upstream CYD_SmartShunt project (<c>Wire.begin(22, 27)</c>) and the CYD documentation ("IO22 → SDA, IO27 → SCL").
    /// The VE.Direct UART reuses the RGB LED's green (IO16) and blue (IO17) pins, as upstream does.
    /// </remarks>
    public static class CydBoard
    {
        // ---- Shunt sensor (INA228 / INA226) on I2C, connector CN1 ----

        /// <summary>nanoFramework I2C bus of the shunt sensor (bus 1 = the ESP32's I2C_NUM_0).</summary>
        public const int SensorI2cBus = 1;

        /// <summary>
        /// SDA: GPIO22 on CN1. It has no pull-up on the board: the sensor breakout's pull-up (typically 10 kΩ to 3.3 V)
        /// is required.
        /// </summary>
        public const int SensorI2cSda = 22;

        /// <summary>SCL: GPIO27 on CN1, with a 10 kΩ pull-up on the board.</summary>
        public const int SensorI2cScl = 27;

        /// <summary>
        /// 7-bit address of the shunt sensor: A0 = A1 = GND on INA228/INA226 breakouts (<c>ShuntSettings.DefaultI2cAddress</c>).
        /// The firmware logic talks to exactly one device (<c>FirmwarePorts.ShuntSensor</c>), detected by its id
        /// registers at this address; a sensor strapped to another address needs this constant changed.
        /// </summary>
        public const int SensorI2cAddress = 0x40;

        /// <summary>
        /// I2C clock: 100 kHz. The sensor is read a few registers per second, and the slow edge rate tolerates the
        /// breakout's pull-up and flying leads on CN1 better than 400 kHz (nanoFramework's default).
        /// </summary>
        public const I2cBusSpeed SensorI2cSpeed = I2cBusSpeed.StandardMode;

        // ---- VE.Direct UART ----

        /// <summary>
        /// nanoFramework port of the VE.Direct link. COM1 (UART0) is the debug/deploy console, so COM2 (UART1).
        /// </summary>
        public const string VeDirectPort = "COM2";

        /// <summary>VE.Direct line speed (19200 8N1).</summary>
        public const int VeDirectBaudRate = 19200;

        /// <summary>
        /// VE.Direct TX: GPIO17, the RGB LED's blue cathode (active low). The LED stays wired, so it flickers while the
        /// shunt transmits.
        /// </summary>
        public const int VeDirectTx = 17;

        /// <summary>
        /// VE.Direct RX: GPIO16, the RGB LED's green cathode (active low). The LED and its resistor to 3.3 V stay on the
        /// line (a weak pull-up), so it glows with incoming traffic. The ESP32 is not 5 V tolerant.
        /// </summary>
        public const int VeDirectRx = 16;

        // ---- Internal flash ----

        /// <summary>Folder of the settings and state blobs: the internal littlefs drive of nanoFramework's ESP32 images.</summary>
        public const string StorageFolder = "I:\\";

        // ---- Display: ILI9341 on SPI bus 1 (the ESP32's HSPI pins) ----

        /// <summary>nanoFramework SPI bus of the display (pins assigned as SPI1_*).</summary>
        public const int DisplaySpiBus = 1;

        /// <summary>
        /// Display SPI clock. The ILI9341 datasheet's serial write cycle is 100 ns (10 MHz); CYD panels are routinely
        /// driven at 40 MHz for writes. Lower it here if a board shows noise.
        /// </summary>
        public const int DisplaySpiClockHertz = 40000000;

        /// <summary>
        /// MADCTL for landscape 320 x 240 with the USB connector on the right: MV (row/column exchange) and BGR (the
        /// panel's colour filter order). Mirror with MX/MY here if a board variant shows the image flipped.
        /// </summary>
        public const byte DisplayMemoryAccessControl = 0x28;

        /// <summary>Backlight PWM frequency: far above visible flicker, low enough for the LEDC's resolution.</summary>
        public const int DisplayBacklightPwmHertz = 5000;


        /// <summary>ILI9341 SPI clock (HSPI).</summary>
        public const int DisplaySck = 14;

        /// <summary>ILI9341 SPI MOSI.</summary>
        public const int DisplayMosi = 13;

        /// <summary>ILI9341 SPI MISO.</summary>
        public const int DisplayMiso = 12;

        /// <summary>ILI9341 chip select.</summary>
        public const int DisplayCs = 15;

        /// <summary>ILI9341 data/command.</summary>
        public const int DisplayDc = 2;

        /// <summary>Display backlight (active high).</summary>
        public const int DisplayBacklight = 21;

        // ---- Touch: XPT2046 on SPI bus 2 (VSPI through the GPIO matrix) ----

        /// <summary>nanoFramework SPI bus of the touch controller (pins assigned as SPI2_*).</summary>
        public const int TouchSpiBus = 2;

        /// <summary>Touch SPI clock: the XPT2046's DCLK is at most 2.5 MHz at 2.7 V (datasheet timing, tCH + tCL = 400 ns).</summary>
        public const int TouchSpiClockHertz = 2000000;

        /// <summary>XPT2046 touch SPI clock.</summary>
        public const int TouchClk = 25;

        /// <summary>XPT2046 touch MOSI.</summary>
        public const int TouchMosi = 32;

        /// <summary>XPT2046 touch MISO (input-only pin).</summary>
        public const int TouchMiso = 39;

        /// <summary>XPT2046 touch chip select.</summary>
        public const int TouchCs = 33;

        /// <summary>XPT2046 touch interrupt (input-only pin).</summary>
        public const int TouchIrq = 36;

        // ---- Firmware identity ----

        /// <summary>Firmware major version.</summary>
        public const byte FirmwareMajor = 1;

        /// <summary>Firmware minor version.</summary>
        public const byte FirmwareMinor = 0;

        /// <summary>Firmware patch version.</summary>
        public const byte FirmwarePatch = 0;
    }
}
