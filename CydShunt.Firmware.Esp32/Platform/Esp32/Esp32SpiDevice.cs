using System;
using System.Device.Spi;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// <see cref="ISpiDevice"/> over nanoFramework's <c>System.Device.Spi.SpiDevice</c>. The bus pins must be assigned
    /// (<c>Configuration.SetPinFunction(..., SPIn_MOSI/MISO/CLOCK)</c>) before this is constructed; chip select is
    /// driven by the native driver around every call.
    /// </summary>
    public sealed class Esp32SpiDevice : ISpiDevice
    {
        private readonly SpiDevice _device;

        /// <summary>Opens a device on a bus.</summary>
        /// <param name="busId">nanoFramework bus id (1 or 2 on the ESP32).</param>
        /// <param name="chipSelect">The chip-select GPIO, active low.</param>
        /// <param name="clockHertz">SCK frequency.</param>
        /// <param name="mode">Clock polarity and phase (mode 0 for the ILI9341 and the XPT2046).</param>
        public Esp32SpiDevice(int busId, int chipSelect, int clockHertz, SpiMode mode)
        {
            var settings = new SpiConnectionSettings(busId, chipSelect);
            settings.ClockFrequency = clockHertz;
            settings.Mode = mode;
            settings.DataBitLength = 8;
            _device = SpiDevice.Create(settings);
        }

        /// <inheritdoc/>
        public void Write(byte[] buffer, int offset, int count)
        {
            _device.Write(new SpanByte(buffer, offset, count));
        }

        /// <inheritdoc/>
        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int count)
        {
            _device.TransferFullDuplex(new SpanByte(writeBuffer, writeOffset, count), new SpanByte(readBuffer, readOffset, count));
        }
    }
}
