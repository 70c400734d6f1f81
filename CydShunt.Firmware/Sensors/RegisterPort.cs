using CydShunt.Firmware.Platform;

namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// Big-endian register access shared by the TI drivers: write = [pointer, MSB, LSB]; read = write [pointer], then
    /// read the register's 2, 3 or 5 bytes MSB first after a repeated START. Owns preallocated buffers so that
    /// steady-state reads do not allocate. Not thread-safe (one driver, one loop).
    /// </summary>
    internal sealed class RegisterPort
    {
        private readonly II2cDevice _device;
        private readonly byte[] _pointer = new byte[1];
        private readonly byte[] _write = new byte[3];
        private readonly byte[] _read = new byte[5];

        public RegisterPort(II2cDevice device)
        {
            if (device == null)
            {
                throw new System.ArgumentNullException("device");
            }

            _device = device;
        }

        /// <summary>Reads a register of <paramref name="byteCount"/> bytes (1..5) as an unsigned big-endian number.</summary>
        public bool TryRead(int address, int byteCount, out long value, out SensorError error)
        {
            _pointer[0] = (byte)address;
            I2cStatus status = _device.WriteRead(_pointer, 0, 1, _read, 0, byteCount);
            if (status != I2cStatus.Ok)
            {
                value = 0;
                error = FromStatus(status);
                return false;
            }

            long v = 0;
            for (int i = 0; i < byteCount; i++)
            {
                v = (v << 8) | _read[i];
            }

            value = v;
            error = SensorError.None;
            return true;
        }

        /// <summary>Reads a 16-bit register.</summary>
        public bool TryRead16(int address, out int value, out SensorError error)
        {
            long v;
            bool ok = TryRead(address, 2, out v, out error);
            value = (int)v;
            return ok;
        }

        /// <summary>Writes a 16-bit register.</summary>
        public bool TryWrite16(int address, int value, out SensorError error)
        {
            _write[0] = (byte)address;
            _write[1] = (byte)(value >> 8);
            _write[2] = (byte)value;
            I2cStatus status = _device.Write(_write, 0, 3);
            error = FromStatus(status);
            return status == I2cStatus.Ok;
        }

        /// <summary>Writes a 16-bit register and reads it back; <paramref name="readBackMask"/> selects the bits that must match.</summary>
        public bool TryWriteVerified16(int address, int value, int readBackMask, out SensorError error)
        {
            if (!TryWrite16(address, value, out error))
            {
                return false;
            }

            int readBack;
            if (!TryRead16(address, out readBack, out error))
            {
                return false;
            }

            if ((readBack & readBackMask) != (value & readBackMask))
            {
                error = SensorError.ConfigurationNotApplied;
                return false;
            }

            return true;
        }

        /// <summary>Maps a bus status to the driver error it means.</summary>
        public static SensorError FromStatus(I2cStatus status)
        {
            switch (status)
            {
                case I2cStatus.Ok:
                    return SensorError.None;
                case I2cStatus.AddressNotAcknowledged:
                    return SensorError.NoAcknowledge;
                case I2cStatus.PartialTransfer:
                    return SensorError.TransferIncomplete;
                case I2cStatus.ClockStretchTimeout:
                    return SensorError.BusTimeout;
                default:
                    return SensorError.BusError;
            }
        }
    }
}
