using System;

namespace CydShunt.Firmware.VeDirect
{
    /// <summary>
    /// How the firmware presents itself on VE.Direct. The defaults make a Victron GX device see a SmartShunt
    /// 500A/50mV battery monitor. Every setter validates, so an instance is always usable; the text writer and the HEX
    /// responder read it on every block and request, so a change takes effect at once.
    /// </summary>
    public sealed class VeDirectSettings
    {
        /// <summary>Product id of the SmartShunt 500A/50mV, which GX devices know as a battery monitor.</summary>
        public const int SmartShunt500A50mVProductId = 0xA389;

        /// <summary>Longest serial number, custom name or model description accepted (the protocol's 32-byte text values).</summary>
        public const int MaximumTextLength = 32;

        private int _productId = SmartShunt500A50mVProductId;
        private string _serialNumber = "CYDSHUNT";
        private int _firmwareVersion = 0x0100;
        private string _customName = "CydShunt";
        private int _groupId;
        private string _modelDescription = "SmartShunt 500A/50mV";
        private int _monitorMode;

        /// <summary>Whether the VE.Direct port sends text blocks and answers HEX frames at all.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>Product id sent as <c>PID</c> and answered to the HEX product id command, 0x0001–0xFFFF.</summary>
        public int ProductId
        {
            get { return _productId; }
            set
            {
                if (value < 1 || value > 0xFFFF)
                {
                    throw new ArgumentOutOfRangeException("value", "ProductId must be 0x0001-0xFFFF.");
                }

                _productId = value;
            }
        }

        /// <summary>Serial number (HEX register 0x010A), 1–32 printable ASCII characters. Make it unique per device.</summary>
        public string SerialNumber
        {
            get { return _serialNumber; }
            set
            {
                CheckText(value, 1, false, "SerialNumber");
                _serialNumber = value;
            }
        }

        /// <summary>
        /// Firmware version in Victron's notation: four decimal digits packed as hex nibbles, 0x0000–0x3999
        /// (0x0416 is v4.16). Sent as <c>FW</c> ("0416") and, with the application type bits, as the HEX ping and
        /// application version.
        /// </summary>
        public int FirmwareVersion
        {
            get { return _firmwareVersion; }
            set
            {
                // The two top bits of the 16-bit HEX version carry the firmware type, so the major number stops at 39.
                if (value < 0 || value > 0x3999 || !IsPackedDecimal(value))
                {
                    throw new ArgumentOutOfRangeException("value", "FirmwareVersion must be packed decimal digits 0x0000-0x3999, e.g. 0x0416 for v4.16.");
                }

                _firmwareVersion = value;
            }
        }

        /// <summary>Custom name (HEX register 0x010C) a GX shows for the device, 0–32 printable ASCII characters.</summary>
        public string CustomName
        {
            get { return _customName; }
            set
            {
                CheckText(value, 0, false, "CustomName");
                _customName = value;
            }
        }

        /// <summary>Group id (HEX register 0x0104), 0–255.</summary>
        public int GroupId
        {
            get { return _groupId; }
            set
            {
                if (value < 0 || value > 0xFF)
                {
                    throw new ArgumentOutOfRangeException("value", "GroupId must be 0-255.");
                }

                _groupId = value;
            }
        }

        /// <summary>
        /// Model description sent as the (deprecated but still expected) <c>BMV</c> field, 1–32 printable ASCII
        /// characters without ':' (which starts a HEX frame on the wire).
        /// </summary>
        public string ModelDescription
        {
            get { return _modelDescription; }
            set
            {
                CheckText(value, 1, true, "ModelDescription");
                _modelDescription = value;
            }
        }

        /// <summary>DC monitor mode sent as <c>MON</c>; 0 is a battery monitor. −32768–32767.</summary>
        public int MonitorMode
        {
            get { return _monitorMode; }
            set
            {
                if (value < short.MinValue || value > short.MaxValue)
                {
                    throw new ArgumentOutOfRangeException("value", "MonitorMode must fit a signed 16-bit value.");
                }

                _monitorMode = value;
            }
        }

        /// <summary>
        /// The 16-bit version the HEX ping and application-version commands report: <see cref="FirmwareVersion"/>
        /// with the top bits 01, which mark a released application (0x4000 | version).
        /// </summary>
        public int HexApplicationVersion
        {
            get { return 0x4000 | _firmwareVersion; }
        }

        private static bool IsPackedDecimal(int value)
        {
            for (int shift = 0; shift < 16; shift += 4)
            {
                if (((value >> shift) & 0xF) > 9)
                {
                    return false;
                }
            }

            return true;
        }

        private static void CheckText(string value, int minimumLength, bool isTextField, string name)
        {
            if (value == null)
            {
                throw new ArgumentNullException("value", name + " must not be null.");
            }

            if (value.Length < minimumLength || value.Length > MaximumTextLength)
            {
                throw new ArgumentException(name + " must be " + minimumLength.ToString() + "-32 characters long.", "value");
            }

            if (!VeDirectAscii.IsPrintable(value))
            {
                throw new ArgumentException(name + " must hold printable ASCII characters only.", "value");
            }

            if (isTextField && value.IndexOf(':') >= 0)
            {
                throw new ArgumentException(name + " must not contain ':', which starts a HEX frame.", "value");
            }
        }
    }
}
