using CydShunt.Firmware.Storage;

namespace CydShunt.Firmware.Sensors
{
    /// <summary>
    /// The persisted form of <see cref="ShuntSettings"/> (record kind SettingsShunt), version 2, little-endian:
    /// <c>[0] version = 2, [1..2] rated current A (u16), [3..4] rated mV (u16), [5..8] correction ppm (i32),
    /// [9] I2C address, [10] flags (bit 0 invert current), [11..14] zero offset µA (i32)</c>. Version 1 is the same
    /// without the offset (11 bytes); it still loads, with no offset. Trailing bytes are ignored.
    /// </summary>
    public sealed partial class ShuntSettings
    {
        /// <summary>Version of the layout written by <see cref="WriteTo"/>.</summary>
        public const byte PayloadVersion = 2;

        /// <summary>Version of the layout before the zero offset; still read.</summary>
        public const byte PayloadVersionWithoutZeroOffset = 1;

        /// <summary>Bytes written by <see cref="WriteTo"/>.</summary>
        public const int SerializedSize = 15;

        /// <summary>Bytes of a version 1 payload.</summary>
        public const int SerializedSizeWithoutZeroOffset = 11;

        private const byte InvertCurrentFlag = 0x01;

        /// <summary>Writes the settings; they must be valid.</summary>
        /// <param name="buffer">Destination with at least <see cref="SerializedSize"/> bytes from <paramref name="offset"/>.</param>
        /// <param name="offset">Where to write.</param>
        /// <returns><see cref="SerializedSize"/>.</returns>
        /// <exception cref="System.ArgumentException">The settings are invalid or the buffer is too small.</exception>
        public int WriteTo(byte[] buffer, int offset)
        {
            ShuntSettingsError error;
            if (!TryValidate(out error))
            {
                throw new System.ArgumentException("Invalid shunt settings: " + ShuntSettingsErrorText.Describe(error));
            }

            if (buffer == null || offset < 0 || buffer.Length - offset < SerializedSize)
            {
                throw new System.ArgumentException("The buffer is too small for shunt settings.");
            }

            buffer[offset] = PayloadVersion;
            PayloadBytes.WriteInt16(buffer, offset + 1, RatedCurrentAmps);
            PayloadBytes.WriteInt16(buffer, offset + 3, RatedMillivolts);
            PayloadBytes.WriteInt32(buffer, offset + 5, CorrectionPpm);
            buffer[offset + 9] = (byte)I2cAddress;
            buffer[offset + 10] = InvertCurrent ? InvertCurrentFlag : (byte)0;
            PayloadBytes.WriteInt32(buffer, offset + 11, ZeroOffsetMicroamps);
            return SerializedSize;
        }

        /// <summary>Reads and validates stored settings.</summary>
        /// <param name="buffer">The payload.</param>
        /// <param name="offset">Where it starts.</param>
        /// <param name="count">Its length.</param>
        /// <param name="settings">The settings on success.</param>
        /// <param name="error">Why the payload was rejected.</param>
        /// <returns>Whether the payload holds valid settings.</returns>
        public static bool TryReadFrom(byte[] buffer, int offset, int count, out ShuntSettings? settings, out ShuntSettingsError error)
        {
            settings = null;
            if (buffer == null || offset < 0 || count < 1 || count > buffer.Length - offset)
            {
                error = ShuntSettingsError.PayloadTooShort;
                return false;
            }

            byte version = buffer[offset];
            if (version != PayloadVersion && version != PayloadVersionWithoutZeroOffset)
            {
                error = ShuntSettingsError.PayloadVersionUnknown;
                return false;
            }

            if (count < (version == PayloadVersion ? SerializedSize : SerializedSizeWithoutZeroOffset))
            {
                error = ShuntSettingsError.PayloadTooShort;
                return false;
            }

            ShuntSettings read = new ShuntSettings();
            read.RatedCurrentAmps = PayloadBytes.ReadUInt16(buffer, offset + 1);
            read.RatedMillivolts = PayloadBytes.ReadUInt16(buffer, offset + 3);
            read.CorrectionPpm = PayloadBytes.ReadInt32(buffer, offset + 5);
            read.I2cAddress = buffer[offset + 9];
            read.InvertCurrent = (buffer[offset + 10] & InvertCurrentFlag) != 0;
            read.ZeroOffsetMicroamps = version == PayloadVersion ? PayloadBytes.ReadInt32(buffer, offset + 11) : 0;
            if (!read.TryValidate(out error))
            {
                return false;
            }

            settings = read;
            return true;
        }
    }
}
