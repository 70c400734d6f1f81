using System;
using CydShunt.Protocol;

namespace CydShunt.Firmware.Platform
{
    /// <summary>
    /// One characteristic of a <see cref="BleGattTable"/>, with everything the ESP32 adapter passes to
    /// <c>GattLocalCharacteristicParameters</c>: properties, protection levels, user description (0x2901) and
    /// presentation format (0x2904). A CCCD (0x2902) is created by the stack for every notify/indicate characteristic.
    /// </summary>
    public sealed class BleCharacteristicDefinition
    {
        private readonly byte[]? _presentationFormat;

        /// <summary>Creates a definition.</summary>
        /// <param name="serviceIndex">Index of the owning service in <see cref="BleGattTable"/>.</param>
        /// <param name="uuid">Characteristic UUID.</param>
        /// <param name="properties">GATT properties (bit values equal nanoFramework's <c>GattCharacteristicProperties</c>).</param>
        /// <param name="readProtection">Security the stack enforces for reads.</param>
        /// <param name="writeProtection">Security the stack enforces for writes.</param>
        /// <param name="userDescription">0x2901 text, or <see langword="null"/> for none.</param>
        /// <param name="presentationFormat">The 7-byte 0x2904 value, or <see langword="null"/> for none.</param>
        /// <param name="maximumLength">Longest value in bytes.</param>
        public BleCharacteristicDefinition(
            int serviceIndex,
            Guid uuid,
            CharacteristicProperties properties,
            BleProtectionLevel readProtection,
            BleProtectionLevel writeProtection,
            string? userDescription,
            byte[]? presentationFormat,
            int maximumLength)
        {
            if (presentationFormat != null && presentationFormat.Length != ScalarFormat.PresentationFormatSize)
            {
                throw new ArgumentException("A presentation format value has exactly 7 bytes.", "presentationFormat");
            }

            ServiceIndex = serviceIndex;
            Uuid = uuid;
            Properties = properties;
            ReadProtection = readProtection;
            WriteProtection = writeProtection;
            UserDescription = userDescription;
            _presentationFormat = presentationFormat;
            MaximumLength = maximumLength;
        }

        /// <summary>Index of the owning service in the table.</summary>
        public int ServiceIndex { get; }

        /// <summary>Characteristic UUID.</summary>
        public Guid Uuid { get; }

        /// <summary>GATT properties.</summary>
        public CharacteristicProperties Properties { get; }

        /// <summary>Security the stack enforces for reads of the value.</summary>
        public BleProtectionLevel ReadProtection { get; }

        /// <summary>Security the stack enforces for writes of the value.</summary>
        public BleProtectionLevel WriteProtection { get; }

        /// <summary>0x2901 text, or <see langword="null"/>.</summary>
        public string? UserDescription { get; }

        /// <summary>Longest value in bytes.</summary>
        public int MaximumLength { get; }

        /// <summary>Whether the characteristic has a 0x2904 descriptor.</summary>
        public bool HasPresentationFormat
        {
            get { return _presentationFormat != null; }
        }

        /// <summary>Whether the stack adds a CCCD (0x2902): the characteristic notifies or indicates.</summary>
        public bool HasClientConfiguration
        {
            get { return (Properties & (CharacteristicProperties.Notify | CharacteristicProperties.Indicate)) != 0; }
        }

        /// <summary>0x2904 byte 0: format type (argument 1 of <c>CreateGattPresentationFormat</c>).</summary>
        public byte PresentationFormatType
        {
            get { return FormatByte(0); }
        }

        /// <summary>0x2904 byte 1: base-10 exponent (argument 2).</summary>
        public int PresentationExponent
        {
            get { return (sbyte)FormatByte(1); }
        }

        /// <summary>0x2904 bytes 2–3: SIG unit (argument 3).</summary>
        public ushort PresentationUnit
        {
            get { return (ushort)(FormatByte(2) | (FormatByte(3) << 8)); }
        }

        /// <summary>0x2904 byte 4: name space (argument 4).</summary>
        public byte PresentationNamespace
        {
            get { return FormatByte(4); }
        }

        /// <summary>0x2904 bytes 5–6: description (argument 5).</summary>
        public ushort PresentationDescription
        {
            get { return (ushort)(FormatByte(5) | (FormatByte(6) << 8)); }
        }

        /// <summary>Copies the 7-byte 0x2904 value.</summary>
        /// <param name="destination">At least 7 bytes from <paramref name="offset"/>.</param>
        /// <param name="offset">Where to write.</param>
        /// <returns><see langword="false"/> when the characteristic has no presentation format.</returns>
        public bool TryCopyPresentationFormat(byte[] destination, int offset)
        {
            if (_presentationFormat == null)
            {
                return false;
            }

            Array.Copy(_presentationFormat, 0, destination, offset, _presentationFormat.Length);
            return true;
        }

        private byte FormatByte(int index)
        {
            if (_presentationFormat == null)
            {
                throw new InvalidOperationException("The characteristic has no presentation format.");
            }

            return _presentationFormat[index];
        }
    }
}
