using CydShunt.Protocol;
using System;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// The register set a GX device needs from a battery monitor: product id, group id, serial number and custom name
    /// from <see cref="VeDirectSettings"/>, battery settings from <see cref="Battery"/>. Every register is read-only
    /// here: a set answers "not supported" (configuration happens on the device or over BLE).
    /// </summary>
    public sealed class VeDirectSettingsRegisters : IVeDirectRegisterProvider
    {
        private readonly VeDirectSettings _settings;
        private VeDirectBatterySettings _battery = VeDirectBatterySettings.CreateUnavailable();

        /// <summary>Creates the register set over <paramref name="settings"/>; battery settings start unavailable.</summary>
        public VeDirectSettingsRegisters(VeDirectSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _settings = settings;
        }

        /// <summary>The battery settings served as registers 0x1000–0x1009; each available value must fit 0–65535.</summary>
        public VeDirectBatterySettings Battery
        {
            get { return _battery; }
            set
            {
                for (int id = VeDirectRegister.BatteryCapacity; id <= VeDirectRegister.LowStateOfChargeClear; id++)
                {
                    int v = value.GetRegisterValue(id);
                    if (v != Measurement.NotAvailable && (v < 0 || v > 0xFFFF))
                    {
                        throw new ArgumentOutOfRangeException("value", "Battery register values must be 0-65535 or NotAvailable.");
                    }
                }

                _battery = value;
            }
        }

        /// <inheritdoc />
        public int ReadRegister(int registerId, byte[] destination, int offset)
        {
            switch (registerId)
            {
                case VeDirectRegister.ProductId:
                    // un8 instance, un16 product id, un8 reserved: the 4-byte form the MPPT document calls consistent.
                    destination[offset] = 0x00;
                    destination[offset + 1] = (byte)_settings.ProductId;
                    destination[offset + 2] = (byte)(_settings.ProductId >> 8);
                    destination[offset + 3] = 0xFF;
                    return 4;
                case VeDirectRegister.GroupId:
                    destination[offset] = (byte)_settings.GroupId;
                    return 1;
                case VeDirectRegister.SerialNumber:
                    return WriteString(_settings.SerialNumber, destination, offset);
                case VeDirectRegister.CustomName:
                    return WriteString(_settings.CustomName, destination, offset);
            }

            int value = _battery.GetRegisterValue(registerId);
            if (value == Measurement.NotAvailable)
            {
                return -1;
            }

            destination[offset] = (byte)value;
            destination[offset + 1] = (byte)(value >> 8);
            return 2;
        }

        /// <inheritdoc />
        public int WriteRegister(int registerId, byte[] value, int offset, int count)
        {
            switch (registerId)
            {
                case VeDirectRegister.ProductId:
                case VeDirectRegister.GroupId:
                case VeDirectRegister.SerialNumber:
                case VeDirectRegister.CustomName:
                    return VeDirectHexFlags.NotSupported;
            }

            return _battery.GetRegisterValue(registerId) == Measurement.NotAvailable
                ? VeDirectHexFlags.UnknownId
                : VeDirectHexFlags.NotSupported;
        }

        // Strings go out as their characters and one NUL, the way Victron devices end string registers.
        private static int WriteString(string text, byte[] destination, int offset)
        {
            int end = VeDirectAscii.WriteText(text, destination, offset);
            destination[end] = 0;
            return end + 1 - offset;
        }
    }
}
