namespace CydShunt.Firmware.Application
{
    /// <summary>Holds what the firmware says about itself over BLE (Device Info) and VE.Direct (FW, SER#).</summary>
    public sealed class FirmwareIdentity
    {
        /// <summary>Creates an identity.</summary>
        /// <param name="major">Firmware major version (0–39: VE.Direct packs the version as decimal digits and keeps the top bits).</param>
        /// <param name="minor">Firmware minor version (0–99).</param>
        /// <param name="patch">Firmware patch version.</param>
        /// <param name="serialNumber">Serial number for VE.Direct (e.g. derived from the ESP32's MAC address).</param>
        public FirmwareIdentity(byte major, byte minor, byte patch, string serialNumber)
        {
            if (major > 39 || minor > 99)
            {
                throw new System.ArgumentOutOfRangeException("major", "Firmware major version is 0-39 (VE.Direct keeps two bits for the firmware type), minor 0-99.");
            }

            Major = major;
            Minor = minor;
            Patch = patch;
            SerialNumber = serialNumber ?? throw new System.ArgumentNullException("serialNumber");
        }

        /// <summary>Firmware major version.</summary>
        public byte Major { get; }

        /// <summary>Firmware minor version.</summary>
        public byte Minor { get; }

        /// <summary>Firmware patch version.</summary>
        public byte Patch { get; }

        /// <summary>Serial number.</summary>
        public string SerialNumber { get; }

        /// <summary>The version as VE.Direct's FW field packs it: 0x0123 = v1.23.</summary>
        public int VeDirectFirmwareVersion
        {
            get { return (ToBcd(Major) << 8) | ToBcd(Minor); }
        }

        private static int ToBcd(int value)
        {
            return ((value / 10) << 4) | (value % 10);
        }
    }
}
