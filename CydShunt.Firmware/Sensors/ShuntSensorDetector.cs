using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// Finds out which shunt monitor answers at an I2C address by its id registers. The INA228 keeps
    /// MANUFACTURER_ID/DEVICE_ID at 0x3E/0x3F, the INA226 at 0xFE/0xFF; both report manufacturer 0x5449 ("TI").
    /// A chip is only accepted when both its manufacturer id and its die id (bits 15:4 of the device id: 0x228 or
    /// 0x226) match at its own addresses, so whatever one chip returns for the other's (reserved) addresses cannot
    /// make it pass for the other.
    /// </summary>
    public static class ShuntSensorDetector
    {
        /// <summary>Manufacturer id of Texas Instruments ("TI").</summary>
        public const int TexasInstruments = 0x5449;

        /// <summary>Identifies the chip.</summary>
        /// <param name="device">The I2C device at the configured address.</param>
        /// <param name="type">The chip, or <see cref="ShuntSensorType.None"/>.</param>
        /// <param name="deviceId">The device-id register that decided (with the revision in bits 3:0), or 0.</param>
        /// <param name="error">
        /// <see cref="SensorError.NoAcknowledge"/> when nothing answers, a bus error, <see cref="SensorError.UnsupportedDevice"/>
        /// for another TI chip with id registers, or <see cref="SensorError.WrongManufacturer"/>.
        /// </param>
        /// <returns>Whether a supported chip was found.</returns>
        public static bool TryDetect(II2cDevice device, out ShuntSensorType type, out int deviceId, out SensorError error)
        {
            RegisterPort port = new RegisterPort(device);
            type = ShuntSensorType.None;
            deviceId = 0;

            int manufacturer228;
            int id228 = 0;
            if (!port.TryRead16((int)Ina228Register.ManufacturerId, out manufacturer228, out error))
            {
                return false;
            }

            if (manufacturer228 == TexasInstruments)
            {
                if (!port.TryRead16((int)Ina228Register.DeviceId, out id228, out error))
                {
                    return false;
                }

                if ((id228 >> 4) == Ina228.DieId)
                {
                    type = ShuntSensorType.Ina228;
                    deviceId = id228;
                    return true;
                }
            }

            int manufacturer226;
            int id226 = 0;
            if (!port.TryRead16((int)Ina226Register.ManufacturerId, out manufacturer226, out error))
            {
                return false;
            }

            if (manufacturer226 == TexasInstruments)
            {
                if (!port.TryRead16((int)Ina226Register.DieId, out id226, out error))
                {
                    return false;
                }

                if ((id226 >> 4) == Ina226.DieId)
                {
                    type = ShuntSensorType.Ina226;
                    deviceId = id226;
                    return true;
                }
            }

            if (manufacturer228 == TexasInstruments)
            {
                deviceId = id228;
                error = SensorError.UnsupportedDevice;
            }
            else if (manufacturer226 == TexasInstruments)
            {
                deviceId = id226;
                error = SensorError.UnsupportedDevice;
            }
            else
            {
                error = SensorError.WrongManufacturer;
            }

            return false;
        }

        /// <summary>Identifies the chip and creates its driver (not yet configured).</summary>
        /// <param name="device">The I2C device at the configured address.</param>
        /// <param name="sensor">The driver, or null.</param>
        /// <param name="error">Why detection failed.</param>
        /// <returns>Whether a supported chip was found.</returns>
        public static bool TryCreate(II2cDevice device, out IShuntSensor? sensor, out SensorError error)
        {
            ShuntSensorType type;
            int deviceId;
            sensor = null;
            if (!TryDetect(device, out type, out deviceId, out error))
            {
                return false;
            }

            if (type == ShuntSensorType.Ina228)
            {
                sensor = new Ina228(device);
            }
            else
            {
                sensor = new Ina226(device);
            }

            return true;
        }
    }
}
