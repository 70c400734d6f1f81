using System;
using System.Device.I2c;

namespace CydShunt.Firmware.Platform.Esp32
{
    /// <summary>
    /// <see cref="II2cDevice"/> over nanoFramework's <c>System.Device.I2c.I2cDevice</c>, bound to one 7-bit address.
    /// The bus pins must be assigned (<c>Configuration.SetPinFunction(..., I2C1_DATA/I2C1_CLOCK)</c>) before this is
    /// constructed, because the native driver is installed by the constructor.
    /// </summary>
    /// <remarks>
    /// ESP32 native behaviour (nf-interpreter <c>targets/ESP32/_nanoCLR/System.Device.I2c/sys_dev_i2c_native_System_Device_I2c_I2cDevice.cpp</c>):
    /// bus id n is the ESP32's I2C_NUM_(n−1); a transfer is one command link with a 1 s timeout; on success the status is
    /// <c>FullTransfer</c> with <c>BytesTransferred</c> = bytes written + bytes read; <c>ESP_FAIL</c> (any missing ACK,
    /// address or data) is reported as <c>SlaveAddressNotAcknowledged</c>, <c>ESP_ERR_TIMEOUT</c> as
    /// <c>ClockStretchTimeout</c>, anything else as <c>UnknownError</c>. The native call allocates its result object;
    /// the spans here do not allocate.
    /// </remarks>
    public sealed class Esp32I2cDevice : II2cDevice
    {
        private readonly I2cDevice _device;

        /// <summary>Opens the device at <paramref name="address"/> on <paramref name="busId"/>.</summary>
        /// <param name="busId">nanoFramework bus id (1 or 2).</param>
        /// <param name="address">7-bit address.</param>
        /// <param name="busSpeed">Bus clock.</param>
        public Esp32I2cDevice(int busId, int address, I2cBusSpeed busSpeed)
        {
            _device = new I2cDevice(new I2cConnectionSettings(busId, address, busSpeed));
        }

        /// <inheritdoc/>
        public I2cStatus Write(byte[] buffer, int offset, int count)
        {
            try
            {
                I2cTransferResult result = _device.Write(new SpanByte(buffer, offset, count));
                return Map(result, count);
            }
            catch (Exception)
            {
                // The port must not throw for bus trouble; a native failure (e.g. out of internal RAM) is a bus error.
                return I2cStatus.BusError;
            }
        }

        /// <inheritdoc/>
        public I2cStatus WriteRead(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            try
            {
                I2cTransferResult result = _device.WriteRead(new SpanByte(writeBuffer, writeOffset, writeCount), new SpanByte(readBuffer, readOffset, readCount));
                return Map(result, writeCount + readCount);
            }
            catch (Exception)
            {
                return I2cStatus.BusError;
            }
        }

        private static I2cStatus Map(I2cTransferResult result, int expectedBytes)
        {
            switch (result.Status)
            {
                case I2cTransferStatus.FullTransfer:
                    // Other nanoFramework targets can report a full transfer that moved fewer bytes.
                    return result.BytesTransferred < (uint)expectedBytes ? I2cStatus.PartialTransfer : I2cStatus.Ok;
                case I2cTransferStatus.SlaveAddressNotAcknowledged:
                    return I2cStatus.AddressNotAcknowledged;
                case I2cTransferStatus.PartialTransfer:
                    return I2cStatus.PartialTransfer;
                case I2cTransferStatus.ClockStretchTimeout:
                    return I2cStatus.ClockStretchTimeout;
                default:
                    return I2cStatus.BusError;
            }
        }
    }
}
